import Foundation
import RedflagPrimitives

/// Normalises email addresses and classifies their domains as disposable, free mail, privacy relay
/// or organisation.
///
/// Disposable domains come from PyPI `disposable-email-domains` (CC0), shipped as
/// `Resources/disposable-email-domains.txt`; free-mail and relay lists are Redflag's own. A subdomain of
/// a listed domain counts as listed. Precedence: privacy relay, then free mail, then disposable.
public struct EmailClassifier: Sendable {
    /// Source label of the bundled disposable list, for evidence.
    public static let disposableSourceLabel = "disposable-email-domains"

    /// Disposable domains in use.
    public private(set) var disposableDomains: Set<String>
    /// Free-mail domains in use.
    public private(set) var freeMailDomains: Set<String>
    /// Privacy-relay domains in use.
    public private(set) var privacyRelayDomains: Set<String>

    /// A classifier over the bundled lists.
    public init() throws(EmailListError) {
        try self.init(disposableDomains: Self.bundledDisposable.get())
    }

    /// A classifier over given lists (lower-case domains); free-mail and relay default to Redflag's own.
    public init(
        disposableDomains: Set<String>, freeMailDomains: Set<String> = EmailProviders.freeMail,
        privacyRelayDomains: Set<String> = EmailProviders.privacyRelays
    ) {
        self.disposableDomains = disposableDomains
        self.freeMailDomains = freeMailDomains
        self.privacyRelayDomains = privacyRelayDomains
    }

    /// Adds domains from a user file (one a line, `#` comments) to the disposable set.
    public mutating func addDisposableDomains(contentsOf url: URL) throws(EmailListError) {
        disposableDomains.formUnion(try Self.readDomainList(url))
    }

    /// The category of a (lower-case) domain, looking at the domain and each parent domain.
    public func category(ofDomain domain: String) -> EmailDomainCategory {
        let domain = domain.lowercased()
        if Self.matches(domain, privacyRelayDomains) { return .privacyRelay }
        if freeMailDomains.contains(EmailProviders.aliases[domain] ?? domain) { return .freeMail }
        if Self.matches(domain, disposableDomains) { return .disposable }
        return .organisation
    }

    /// Splits, normalises and classifies an address.
    public func parse(_ text: String) throws(EmailAddressError) -> EmailAddress {
        // Most addresses start and end with a printable ASCII byte: nothing to trim, no Foundation scan.
        let printable = { (byte: UInt8?) in byte.map { $0 > 0x20 && $0 < 0x7F } ?? false }
        let nothingToTrim = printable(text.utf8.first) && printable(text.utf8.last)
        var trimmed = (nothingToTrim ? text : text.trimmingCharacters(in: .whitespacesAndNewlines)).lowercased()
        if trimmed.hasPrefix("mailto:") { trimmed.removeFirst(7) }
        if trimmed.hasPrefix("<"), trimmed.hasSuffix(">") { trimmed = String(trimmed.dropFirst().dropLast()) }
        guard !trimmed.isEmpty else { throw EmailAddressError(input: text, reason: .empty) }
        // Plain ASCII (nearly every address) is checked byte by byte; a byte offset is then a character offset.
        let ascii = trimmed.utf8.allSatisfy { $0 < 0x80 }
        let isBadByte = { (byte: UInt8) in (byte >= 0x09 && byte <= 0x0D) || byte == 0x20 || byte == UInt8(ascii: "<") || byte == UInt8(ascii: ">") || byte == UInt8(ascii: ",") }
        if ascii, let bad = trimmed.utf8.firstIndex(where: isBadByte) {
            throw EmailAddressError(input: text, reason: .invalidCharacter, offset: trimmed.utf8.distance(from: trimmed.startIndex, to: bad))
        }
        if !ascii, let bad = trimmed.firstIndex(where: { $0.isWhitespace || $0 == "<" || $0 == ">" || $0 == "," }) {
            throw EmailAddressError(input: text, reason: .invalidCharacter, offset: trimmed.distance(from: trimmed.startIndex, to: bad))
        }
        guard let at = ascii ? trimmed.utf8.lastIndex(of: UInt8(ascii: "@")) : trimmed.lastIndex(of: "@") else {
            throw EmailAddressError(input: text, reason: .missingAt)
        }
        let local = String(trimmed[..<at])
        var domain = String(trimmed[trimmed.index(after: at)...])
        if domain.hasSuffix(".") { domain.removeLast() }
        guard !local.isEmpty else { throw EmailAddressError(input: text, reason: .emptyLocalPart) }
        let labels = ascii ? domain.split(atASCII: ".", omittingEmptySubsequences: false) : domain.split(separator: ".", omittingEmptySubsequences: false)
        let isDomainByte = { (byte: UInt8) in
            (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z")) || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9"))
                || byte == UInt8(ascii: "-") || byte == UInt8(ascii: ".")
        }
        guard labels.count >= 2, labels.allSatisfy({ !$0.isEmpty && !$0.hasPrefix("-") && !$0.hasSuffix("-") }),
            ascii ? domain.utf8.allSatisfy(isDomainByte) : domain.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "-" || $0 == "." })
        else { throw EmailAddressError(input: text, reason: .invalidDomain) }
        domain = EmailProviders.aliases[domain] ?? domain

        var mailbox = local
        var tag: String?
        if EmailProviders.plusAddressing.contains(domain), let plus = mailbox.firstIndex(of: "+"), plus != mailbox.startIndex {
            tag = String(mailbox[mailbox.index(after: plus)...])
            mailbox = String(mailbox[..<plus])
        }
        if domain == "gmail.com" { mailbox.removeAll { $0 == "." } }
        return EmailAddress(
            localPart: local, domain: domain, canonical: "\(mailbox)@\(domain)", category: category(ofDomain: domain), tag: tag)
    }

    private static func matches(_ domain: String, _ set: Set<String>) -> Bool {
        // An ASCII domain's dots are found byte by byte; other text by characters (a dot followed by a
        // combining mark is not a label boundary there).
        let ascii = domain.utf8.allSatisfy { $0 < 0x80 }
        let dot = UInt8(ascii: ".")
        var candidate = Substring(domain)
        while true {
            if set.contains(String(candidate)) { return true }
            guard let found = ascii ? candidate.utf8.firstIndex(of: dot) : candidate.firstIndex(of: ".") else { return false }
            candidate = candidate[candidate.index(after: found)...]
            if !(ascii ? candidate.utf8.contains(dot) : candidate.contains(".")) { return false }
        }
    }

    private static let bundledDisposable: Result<Set<String>, EmailListError> = {
        guard let url = Bundle.module.url(forResource: "disposable-email-domains", withExtension: "txt", subdirectory: "Resources") else {
            return .failure(EmailListError(file: "disposable-email-domains.txt", line: 0, reason: "missing from the bundle"))
        }
        return Result { () throws(EmailListError) in try readDomainList(url) }
    }()

    /// Reads a domain list: one domain a line, `#` starts a comment, blank lines and surrounding spaces
    /// or tabs ignored; a line with a space inside, an `@` or no dot is an error naming the line.
    static func readDomainList(_ url: URL) throws(EmailListError) -> Set<String> {
        guard let data = FileManager.default.contents(atPath: url.path) else {
            throw EmailListError(file: url.path, line: 0, reason: "cannot read")
        }
        let bytes = [UInt8](data)
        let isBlank = { (byte: UInt8) in byte == 0x20 || byte == 0x09 || byte == 0x0D }
        var domains: Set<String> = []
        var (lineNumber, lineStart) = (0, 0)
        while lineStart < bytes.count {
            lineNumber += 1
            let lineEnd = bytes[lineStart...].firstIndex(of: 0x0A) ?? bytes.count
            defer { lineStart = lineEnd + 1 }
            var (start, end) = (lineStart, bytes[lineStart..<lineEnd].firstIndex(of: UInt8(ascii: "#")) ?? lineEnd)
            while end > start, isBlank(bytes[end - 1]) { end -= 1 }
            while start < end, isBlank(bytes[start]) { start += 1 }
            guard start < end else { continue }
            let content = bytes[start..<end]
            let text = String(decoding: content, as: UTF8.self)
            let malformed = content.allSatisfy { $0 < 0x80 }
                ? content.contains { ($0 >= 0x09 && $0 <= 0x0D) || $0 == 0x20 || $0 == UInt8(ascii: "@") }
                : text.contains { $0.isWhitespace || $0 == "@" }
            guard content.contains(UInt8(ascii: ".")), !malformed else {
                throw EmailListError(file: url.path, line: lineNumber, reason: "not a domain: \(text)")
            }
            domains.insert(text.lowercased())
        }
        return domains
    }
}

/// A domain list file that could not be read, naming the file and line.
public struct EmailListError: Error, Sendable, Hashable, CustomStringConvertible {
    public var file: String
    public var line: Int
    public var reason: String
    public var description: String { line > 0 ? "\(file):\(line): \(reason)" : "\(file): \(reason)" }
}
