/// The kind of line a phone number belongs to, as libphonenumber's number ranges tell it.
public enum PhoneLineType: String, Sendable, Hashable, Codable, CaseIterable {
    case fixedLine
    case mobile
    /// The numbering plan does not separate mobile from fixed lines (all NANPA regions: US, CA, …),
    /// or the number lies in a range used for both.
    case fixedLineOrMobile
    case tollFree
    case premiumRate
    /// Cost shared between caller and recipient (UK 084x, FR 08 1x).
    case sharedCost
    /// Internet telephony ranges (UK 056). Where a plan has none, VoIP numbers look like fixed lines.
    case voip
    /// Follow-me numbers (UK 070).
    case personalNumber
    case pager
    /// "Universal access numbers": company numbers routed anywhere.
    case uan
    case voicemail
    /// Valid length and digits, but in no known range of the region (or no region matched).
    case unknown
}
