import Foundation
import RedflagPrimitives

/// Reads phone numbers as people write them (`+1 512 555 0147`, `(512) 555-0147` with a US hint,
/// `0044 20 7946 0958`) and classifies them with libphonenumber's metadata.
///
/// Parsing follows libphonenumber's rules for calling-code extraction, national-prefix stripping,
/// region choice among regions sharing a calling code, and line type; formatting-only features
/// (as-you-type, carrier codes, vanity letters) are left out.
public struct PhoneNumberParser: Sendable {
    /// The numbering plans in use.
    public let table: PhoneMetadataTable

    /// A parser over the bundled libphonenumber table.
    public init() throws(PhoneMetadataError) {
        table = try PhoneMetadataTable.bundled()
    }

    public init(table: PhoneMetadataTable) {
        self.table = table
    }

    /// Parses `text`; `defaultRegion` says which country a number without `+` or `00` belongs to.
    public func parse(_ text: String, defaultRegion: CountryCode? = nil) throws(PhoneNumberError) -> PhoneNumber {
        let (callingCode, national, candidates) = try nationalNumber(text, defaultRegion: defaultRegion)
        let region = Self.region(of: national, among: candidates)
        let lineType = region?.lineType(of: national) ?? .unknown
        let distinguishesMobile = region.map { !$0.sameMobileAndFixedLinePattern && $0.hasRange(for: .mobile) } ?? false
        return PhoneNumber(
            callingCode: callingCode, nationalNumber: national, regionCode: region?.regionCode, lineType: lineType,
            canDistinguishMobile: distinguishesMobile,
            canDistinguishVoIP: distinguishesMobile && (region?.hasRange(for: .voip) ?? false))
    }

    /// The E.164 form of `text` (what ``parse(_:defaultRegion:)`` gives as ``PhoneNumber/e164``),
    /// without matching the number against the region's ranges: enough to compare two numbers.
    public func e164(_ text: String, defaultRegion: CountryCode? = nil) throws(PhoneNumberError) -> String {
        let (callingCode, national, _) = try nationalNumber(text, defaultRegion: defaultRegion)
        return "+\(callingCode)\(national)"
    }

    /// The calling code, the national significant number and the regions that share the code.
    private func nationalNumber(_ text: String, defaultRegion: CountryCode?) throws(PhoneNumberError)
        -> (callingCode: Int, national: String, candidates: [PhoneRegionMetadata])
    {
        let withoutScheme = text.lowercased().hasPrefix("tel:") ? String(text.dropFirst(4)) : text
        let (digits, hasPlus) = try Self.digits(of: withoutScheme)
        guard !digits.isEmpty else { throw PhoneNumberError(input: text, reason: .empty) }
        let hint = defaultRegion.flatMap { table.metadata(for: $0) }

        var callingCode: Int
        var national: String
        if hasPlus {
            (callingCode, national) = try extractCallingCode(digits, input: text)
        } else if let hint, let match = hint.internationalPrefix?.matchPrefix(digits), match.range.length > 0 {
            (callingCode, national) = try extractCallingCode(String(digits.dropFirst(match.range.length)), input: text)
        } else if digits.hasPrefix("00") {
            (callingCode, national) = try extractCallingCode(String(digits.dropFirst(2)), input: text)
        } else if let hint {
            callingCode = hint.callingCode
            national = digits
        } else {
            throw PhoneNumberError(input: text, reason: .missingRegion)
        }

        let candidates = table.regions(forCallingCode: callingCode)
        let plan = hint.flatMap { $0.callingCode == callingCode ? $0 : nil } ?? candidates.first
        if let plan { national = Self.stripNationalPrefix(national, plan: plan) }
        guard national.count >= 2 else { throw PhoneNumberError(input: text, reason: .tooShort) }
        guard national.count <= 17 else { throw PhoneNumberError(input: text, reason: .tooLong) }
        return (callingCode, national, candidates)
    }

    /// The digits (any script) and whether a `+` led them; separators are dropped, an extension
    /// (`ext`, `x`, `#`, `;`) ends the number.
    static func digits(of text: String) throws(PhoneNumberError) -> (String, Bool) {
        if let plain = asciiDigits(of: text) { return plain }
        return try characterDigits(of: text)
    }

    /// ``digits(of:)`` for the usual number written in ASCII, byte by byte; nil for anything the
    /// character-by-character reading must decide (non-ASCII text, a carriage return, which joins a
    /// following line feed into one character, or an invalid character, whose error it words).
    static func asciiDigits(of text: String) -> (String, Bool)? {
        var text = text
        return text.withUTF8 { bytes -> (String, Bool)? in
            var digits: [UInt8] = []
            digits.reserveCapacity(bytes.count)
            var hasPlus = false
            for byte in bytes {
                switch byte {
                case UInt8(ascii: "0")...UInt8(ascii: "9"): digits.append(byte)
                case UInt8(ascii: "+"):
                    guard digits.isEmpty, !hasPlus else { return nil }
                    hasPlus = true
                case UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "("), UInt8(ascii: ")"), UInt8(ascii: "/"),
                    UInt8(ascii: "["), UInt8(ascii: "]"), UInt8(ascii: "~"), UInt8(ascii: " "), 0x09...0x0C:
                    continue
                case UInt8(ascii: "e"), UInt8(ascii: "E"), UInt8(ascii: "x"), UInt8(ascii: "X"), UInt8(ascii: "#"),
                    UInt8(ascii: ";"), UInt8(ascii: ","):
                    guard !digits.isEmpty else { return nil }
                    return (String(decoding: digits, as: UTF8.self), hasPlus)
                default: return nil
                }
            }
            return (String(decoding: digits, as: UTF8.self), hasPlus)
        }
    }

    /// ``digits(of:)`` character by character: digits of any script, Unicode separators and spaces.
    static func characterDigits(of text: String) throws(PhoneNumberError) -> (String, Bool) {
        var digits = ""
        var hasPlus = false
        for (offset, character) in text.enumerated() {
            if let value = character.wholeNumberValue, character.isNumber, value < 10 {
                digits.append(Character(String(value)))
            } else if character == "+" || character == "＋" {
                guard digits.isEmpty, !hasPlus else { throw PhoneNumberError(input: text, reason: .invalidCharacter, offset: offset) }
                hasPlus = true
            } else if separators.contains(character) || character.isWhitespace {
                continue
            } else if !digits.isEmpty, extensionMarks.contains(character.lowercased().first ?? character) {
                break
            } else {
                throw PhoneNumberError(input: text, reason: .invalidCharacter, offset: offset)
            }
        }
        return (digits, hasPlus)
    }

    private static let separators: Set<Character> = ["-", ".", "(", ")", "/", "[", "]", "‐", "‑", "–", "—", "~", "\u{00A0}"]
    private static let extensionMarks: Set<Character> = ["e", "x", "#", ";", ","]

    private func extractCallingCode(_ digits: String, input: String) throws(PhoneNumberError) -> (Int, String) {
        guard !digits.isEmpty, digits.first != "0" else { throw PhoneNumberError(input: input, reason: .unknownCallingCode) }
        for length in 1...3 where digits.count > length {
            if let code = Int(digits.prefix(length)), !table.regions(forCallingCode: code).isEmpty {
                return (code, String(digits.dropFirst(length)))
            }
        }
        throw PhoneNumberError(input: input, reason: .unknownCallingCode)
    }

    /// libphonenumber's `maybeStripNationalPrefixAndCarrierCode`, keeping the result only when it is
    /// still a plausible length.
    static func stripNationalPrefix(_ number: String, plan: PhoneRegionMetadata) -> String {
        guard let prefixPattern = plan.nationalPrefixForParsing, let match = prefixPattern.matchPrefix(number) else { return number }
        let viableBefore = plan.general.pattern.matchesWhole(number)
        let stripped: String
        let lastGroup = match.numberOfRanges - 1
        if let rule = plan.nationalPrefixTransformRule, lastGroup > 0, match.range(at: lastGroup).location != NSNotFound,
            match.range(at: lastGroup).length > 0
        {
            stripped = prefixPattern.replacePrefix(in: number, with: rule)
        } else {
            stripped = String(number.dropFirst(match.range.length))
        }
        if viableBefore && !plan.general.pattern.matchesWhole(stripped) { return number }
        switch plan.lengthCheck(stripped.count) {
        case .tooShort?: return number
        default: return stripped
        }
    }

    /// libphonenumber's `getRegionCodeForNumberFromRegionList`.
    static func region(of national: String, among candidates: [PhoneRegionMetadata]) -> PhoneRegionMetadata? {
        if candidates.count == 1 { return candidates[0] }
        for candidate in candidates {
            if let leading = candidate.leadingDigits {
                if leading.matchesStart(national) { return candidate }
            } else if candidate.lineType(of: national) != .unknown {
                return candidate
            }
        }
        return nil
    }
}
