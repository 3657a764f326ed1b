import Foundation
import RedflagEnrichment
import RedflagPrimitives

/// Country facts the rules need: where a country is, and which time zones it spans.
public protocol CountryGeography: Sendable {
    /// A representative point of the country (its main time zone's city), for travel speed.
    func coordinate(of country: CountryCode) -> Coordinate?
    /// IANA zone names of the country.
    func timeZones(of country: CountryCode) -> [String]
}

/// Geography that knows nothing: travel checks fall back to city coordinates from IP data.
public struct NoGeography: CountryGeography {
    public init() {}
    public func coordinate(of country: CountryCode) -> Coordinate? { nil }
    public func timeZones(of country: CountryCode) -> [String] { [] }
}

/// What the contact-point checks need to know about an email address or phone number.
public protocol ContactClassifier: Sendable {
    /// Whether the email's domain is a disposable (throw-away) mail service.
    func isDisposableEmail(_ email: String) -> Bool
    /// Country and whether the number is VoIP/virtual, when the number can be parsed.
    func phoneFacts(_ phone: String, defaultCountry: CountryCode?) -> PhoneFacts?
    /// One form per mailbox (case, Gmail dots and `+tags` folded), for linking accounts.
    func canonicalEmail(_ email: String) -> String
    /// One form per number (E.164 where it parses), for linking accounts.
    func canonicalPhone(_ phone: String, defaultCountry: CountryCode?) -> String
}

/// The parts of a parsed phone number the rules read.
public struct PhoneFacts: Sendable, Hashable {
    public var country: CountryCode?
    /// The number is VoIP, personal/virtual or otherwise not tied to a subscriber line.
    public var isVirtual: Bool
    /// A label for evidence (`voip`, `mobile`, `fixed_line_or_mobile`).
    public var lineType: String
    public init(country: CountryCode?, isVirtual: Bool, lineType: String) {
        self.country = country
        self.isVirtual = isVirtual
        self.lineType = lineType
    }
}

/// A classifier that knows no lists: nothing is disposable, no phone is parsed.
public struct NoContactClassifier: ContactClassifier {
    public init() {}
    public func isDisposableEmail(_ email: String) -> Bool { false }
    public func phoneFacts(_ phone: String, defaultCountry: CountryCode?) -> PhoneFacts? { nil }
    public func canonicalEmail(_ email: String) -> String { email.trimmingCharacters(in: .whitespaces).lowercased() }
    public func canonicalPhone(_ phone: String, defaultCountry: CountryCode?) -> String { Normalize.phoneDigits(phone) }
}
