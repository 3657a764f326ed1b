import Foundation

/// One region's numbering plan from libphonenumber: prefixes and the number patterns of each line type.
public struct PhoneRegionMetadata: Sendable {
    /// A pattern plus the national-number lengths it allows (empty: any length).
    struct NumberRange: Sendable {
        var lengths: Set<Int>
        var pattern: AnchoredPattern

        func matches(_ number: String) -> Bool {
            (lengths.isEmpty || lengths.contains(number.count)) && pattern.matchesWhole(number)
        }
    }

    /// `US`, `GB`, or `001` for a non-geographic calling code.
    public let regionCode: String
    public let callingCode: Int
    /// Whether this region is the one libphonenumber picks first for its calling code (US for +1).
    public let isMainCountryForCode: Bool
    /// The national (trunk) prefix, `0` in most of Europe, `1` in NANPA.
    public let nationalPrefix: String?
    /// Whether mobile and fixed-line ranges are one and the same (NANPA).
    public let sameMobileAndFixedLinePattern: Bool
    let nationalPrefixForParsing: PrefixRewrite?
    let nationalPrefixTransformRule: String?
    let leadingDigits: AnchoredPattern?
    let internationalPrefix: PrefixRewrite?
    let general: NumberRange
    let ranges: [PhoneLineType: NumberRange]

    /// Whether the plan has a range of its own for `type`.
    public func hasRange(for type: PhoneLineType) -> Bool { ranges[type] != nil }

    /// libphonenumber's `getNumberType` for a national significant number of this region.
    func lineType(of number: String) -> PhoneLineType {
        guard general.matches(number) else { return .unknown }
        for type in [PhoneLineType.premiumRate, .tollFree, .sharedCost, .voip, .personalNumber, .pager, .uan, .voicemail] {
            if ranges[type]?.matches(number) == true { return type }
        }
        if ranges[.fixedLine]?.matches(number) == true {
            if sameMobileAndFixedLinePattern || ranges[.mobile]?.matches(number) == true { return .fixedLineOrMobile }
            return .fixedLine
        }
        if !sameMobileAndFixedLinePattern, ranges[.mobile]?.matches(number) == true { return .mobile }
        return .unknown
    }

    /// Whether the general pattern's lengths allow `count` digits, or why not.
    func lengthCheck(_ count: Int) -> PhoneNumberError.Reason? {
        guard !general.lengths.isEmpty, !general.lengths.contains(count) else { return nil }
        if count < general.lengths.min()! { return .tooShort }
        if count > general.lengths.max()! { return .tooLong }
        return .tooShort
    }
}

/// A pattern anchored for whole-string or for prefix tests. Most of libphonenumber's patterns are
/// matched as a ``DigitPattern``; ICU compiles only the rest, so loading the table stays cheap.
struct AnchoredPattern: Sendable {
    /// How the pattern is anchored: whole national numbers, or the start of one (leading digits).
    enum Anchoring { case whole, prefix }

    private let digits: DigitPattern?
    private let regex: PrefixRewrite?

    /// Throws when ICU rejects the pattern. A pattern ``DigitPattern`` reads needs no check: its syntax
    /// is a subset of ICU's.
    init(_ pattern: String, anchoring: Anchoring) throws {
        digits = DigitPattern(pattern)
        regex = digits == nil ? try PrefixRewrite(anchoring == .whole ? "(?:\(pattern))$" : pattern) : nil
    }

    /// Whether the whole of `text` matches (for `.whole` patterns).
    func matchesWhole(_ text: String) -> Bool { digits?.matchesWhole(text) ?? (regex?.matchPrefix(text) != nil) }

    /// Whether some start of `text` matches (for `.prefix` patterns).
    func matchesStart(_ text: String) -> Bool { digits?.matchesPrefix(text) ?? (regex?.matchPrefix(text) != nil) }
}

/// An ICU regular expression compiled once and matched at the start of a text, for the prefixes a
/// parser strips or rewrites (national and international dialling prefixes), where the match's
/// length and groups matter.
struct PrefixRewrite: @unchecked Sendable {
    // NSRegularExpression is immutable after creation and documented thread-safe.
    private let regex: NSRegularExpression

    init(_ pattern: String) throws {
        regex = try NSRegularExpression(pattern: "^(?:\(pattern))")
    }

    /// The match at the start of `text`, if any.
    func matchPrefix(_ text: String) -> NSTextCheckingResult? {
        regex.firstMatch(in: text, options: [.anchored], range: NSRange(location: 0, length: text.utf16.count))
    }

    /// `text` with the prefix match replaced by `template` (`$1` refers to groups).
    func replacePrefix(in text: String, with template: String) -> String {
        regex.stringByReplacingMatches(
            in: text, options: [.anchored], range: NSRange(location: 0, length: text.utf16.count), withTemplate: template)
    }
}
