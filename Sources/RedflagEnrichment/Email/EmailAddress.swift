/// What kind of mailbox provider an email domain belongs to.
public enum EmailDomainCategory: String, Sendable, Hashable, Codable, CaseIterable {
    /// Throw-away inboxes (mailinator, guerrillamail, …): anyone can read or create them in seconds.
    case disposable
    /// Free webmail anyone can sign up for (gmail, outlook, qq.com, mail.ru, …).
    case freeMail
    /// Forwarding aliases that hide the real inbox (Hide My Email, DuckDuckGo, Firefox Relay, SimpleLogin, addy.io).
    case privacyRelay
    /// Anything else: most likely an employer's or the person's own domain.
    case organisation
}

/// An email address split, normalised and classified.
public struct EmailAddress: Hashable, Sendable, CustomStringConvertible {
    /// The local part as written (trimmed, lower-cased).
    public var localPart: String
    /// The domain, lower-cased, without a trailing dot; `googlemail.com` becomes `gmail.com`.
    public var domain: String
    /// The mailbox the provider actually delivers to: `+tag` removed where the provider supports
    /// sub-addressing, and dots removed for Gmail. Two addresses with the same canonical form reach one inbox.
    public var canonical: String
    /// The domain's provider kind.
    public var category: EmailDomainCategory
    /// The tag that was removed (`jobs` in `jane+jobs@gmail.com`), if any.
    public var tag: String?

    public init(localPart: String, domain: String, canonical: String, category: EmailDomainCategory, tag: String?) {
        self.localPart = localPart
        self.domain = domain
        self.canonical = canonical
        self.category = category
        self.tag = tag
    }

    /// `local@domain`, lower-cased but otherwise as written.
    public var normalized: String { "\(localPart)@\(domain)" }

    public var description: String { canonical }
}

/// Why text is not an email address; `offset` is the character offset of the problem, when there is one.
public struct EmailAddressError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The failure classes.
    public enum Reason: String, Sendable, Hashable {
        case empty
        case missingAt
        case emptyLocalPart
        case invalidDomain
        case invalidCharacter
    }

    public var input: String
    public var reason: Reason
    public var offset: Int?

    public init(input: String, reason: Reason, offset: Int? = nil) {
        self.input = input
        self.reason = reason
        self.offset = offset
    }

    public var description: String {
        "not an email address \"\(input)\": \(reason.rawValue)" + (offset.map { " at offset \($0)" } ?? "")
    }
}
