import RedflagPrimitives

/// A parsed phone number: calling code, national number, region and line type.
public struct PhoneNumber: Hashable, Sendable, CustomStringConvertible {
    /// The country calling code (`1`, `44`, `850`).
    public var callingCode: Int
    /// The national significant number, digits only, without national prefix.
    public var nationalNumber: String
    /// The libphonenumber region (`US`, `GB`, `AC`), `001` for non-geographic codes (+800, +882, …),
    /// nil when the calling code is shared (+1, +7, +44, …) and no region's ranges accept the number.
    public var regionCode: String?
    /// What kind of line the number ranges say it is.
    public var lineType: PhoneLineType
    /// Whether the region's plan separates mobile from fixed-line ranges (false for NANPA).
    public var canDistinguishMobile: Bool
    /// Whether the region's plan reserves ranges for VoIP, so a number outside them is not VoIP by range.
    /// False where VoIP services hand out ordinary geographic numbers (US, CA and the rest of NANPA).
    public var canDistinguishVoIP: Bool

    public init(
        callingCode: Int, nationalNumber: String, regionCode: String?, lineType: PhoneLineType,
        canDistinguishMobile: Bool, canDistinguishVoIP: Bool
    ) {
        self.callingCode = callingCode
        self.nationalNumber = nationalNumber
        self.regionCode = regionCode
        self.lineType = lineType
        self.canDistinguishMobile = canDistinguishMobile
        self.canDistinguishVoIP = canDistinguishVoIP
    }

    /// The region as an ISO country code, nil for non-geographic numbers and regions outside ISO 3166
    /// (Ascension `AC`, Tristan da Cunha `TA`).
    public var region: CountryCode? { regionCode.flatMap { CountryCode($0) } }

    /// `+` calling code and national number: the E.164 form.
    public var e164: String { "+\(callingCode)\(nationalNumber)" }

    /// Whether the number belongs to a known range of a region (libphonenumber's "valid").
    public var isValid: Bool { regionCode != nil && lineType != .unknown }

    public var description: String { e164 }
}

/// Why text could not be read as a phone number; `offset` is the character offset in the input.
public struct PhoneNumberError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The failure classes.
    public enum Reason: String, Sendable, Hashable {
        case empty
        case invalidCharacter
        /// A national number without `+` or `00` and no region hint to say which country it is.
        case missingRegion
        case unknownCallingCode
        case tooShort
        case tooLong
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
        "cannot parse phone number \"\(input)\": \(reason.rawValue)" + (offset.map { " at offset \($0)" } ?? "")
    }
}
