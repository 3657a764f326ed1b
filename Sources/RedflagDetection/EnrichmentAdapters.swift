import RedflagEnrichment
import RedflagPrimitives

/// Country geography from the bundled country directory (tzdata zones and coordinates).
public struct DirectoryGeography: CountryGeography {
    public let directory: CountryDirectory

    public init(_ directory: CountryDirectory) { self.directory = directory }

    /// The bundled directory.
    public static func bundled() throws -> DirectoryGeography { DirectoryGeography(try CountryDirectory.bundled()) }

    public func coordinate(of country: CountryCode) -> Coordinate? { directory.info(for: country)?.representativeCoordinate }
    public func timeZones(of country: CountryCode) -> [String] { directory.info(for: country)?.zones.map(\.identifier) ?? [] }
}

/// Contact-point checks backed by the email classifier (disposable domains) and the phone
/// parser (libphonenumber ranges).
public struct EnrichmentContacts: ContactClassifier {
    public let email: EmailClassifier
    public let phone: PhoneNumberParser

    public init(email: EmailClassifier, phone: PhoneNumberParser) {
        self.email = email
        self.phone = phone
    }

    /// The bundled lists and tables.
    public static func bundled() throws -> EnrichmentContacts {
        EnrichmentContacts(email: try EmailClassifier(), phone: try PhoneNumberParser())
    }

    public func isDisposableEmail(_ address: String) -> Bool {
        (try? email.parse(address))?.category == .disposable
    }

    public func canonicalEmail(_ address: String) -> String {
        (try? email.parse(address))?.canonical ?? address.lowercased()
    }

    public func canonicalPhone(_ number: String, defaultCountry: CountryCode?) -> String {
        (try? phone.e164(number, defaultRegion: defaultCountry)) ?? Normalize.phoneDigits(number)
    }

    public func phoneFacts(_ number: String, defaultCountry: CountryCode?) -> PhoneFacts? {
        guard let parsed = try? phone.parse(number, defaultRegion: defaultCountry), parsed.isValid else { return nil }
        let virtual: Set<PhoneLineType> = [.voip, .personalNumber, .uan, .pager]
        // Regions that share a numbering plan (GB with Jersey and Guernsey, the NANPA countries)
        // hand out numbers from one range: a number of the claimed country's plan is a local one.
        // Otherwise name the plan's main country (GB for +44), not whichever member region's
        // ranges happen to contain the number.
        var country = parsed.region
        if let claimed = defaultCountry, phone.table.metadata(for: claimed)?.callingCode == parsed.callingCode {
            country = claimed
        } else if let main = phone.table.regions(forCallingCode: parsed.callingCode).first(where: \.isMainCountryForCode) {
            country = CountryCode(main.regionCode) ?? country
        }
        return PhoneFacts(country: country, isVirtual: virtual.contains(parsed.lineType), lineType: parsed.lineType.rawValue)
    }
}
