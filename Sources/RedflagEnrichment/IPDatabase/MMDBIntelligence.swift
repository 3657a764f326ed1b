import RedflagPrimitives

/// ``IPIntelligence`` over one MaxMind DB file of any common schema: GeoIP2/GeoLite2 City, Country,
/// ASN, ISP, Anonymous-IP and Enterprise; DB-IP's (same keys as GeoIP2); IPinfo's (`country`, `asn`,
/// `as_name`, `lat`/`lng`); and Redflag's bundled schema (`redflag.anonymous_proxy`, `redflag.satellite`).
///
/// Records are read in place (no full decode). A corrupt record gives ``IPFacts/unknown``.
public struct MMDBIntelligence: IPIntelligence {
    public let reader: MMDBReader
    /// Label used in ``IPFacts/sources`` (by default the file name without `.mmdb`).
    public let name: String

    public init(reader: MMDBReader, name: String) {
        self.reader = reader
        self.name = name
    }

    /// Opens the database at `path`; `name` defaults to the file name without extension.
    public init(path: String, name: String? = nil) throws(MMDBError) {
        let reader = try MMDBReader(path: path)
        let file = path.split(separator: "/").last.map(String.init) ?? path
        self.init(reader: reader, name: name ?? (file.hasSuffix(".mmdb") ? String(file.dropLast(5)) : file))
    }

    public func facts(for address: IPAddress) -> IPFacts {
        (try? lookup(address)) ?? .unknown
    }

    /// The facts for `address`, or the error a corrupt database gives.
    public func lookup(_ address: IPAddress) throws(MMDBError) -> IPFacts {
        guard let (offset, _) = try reader.lookupRecordOffset(address) else { return .unknown }
        var facts = IPFacts()
        try read(mapAt: offset, into: &facts)
        if facts.country != nil || facts.asn != nil || facts.asOrganization != nil || facts.location != nil
            || !facts.kinds.isEmpty
        {
            facts.sources = [name]
        }
        return facts
    }

    private func read(mapAt offset: Int, into facts: inout IPFacts) throws(MMDBError) {
        var registeredCountry: CountryCode?
        var latitude: Double?, longitude: Double?
        var organization: (rank: Int, name: String)?
        try reader.forEachEntry(inMapAt: offset) { (rawKey, value) throws(MMDBError) in
            let key = String(decoding: rawKey, as: UTF8.self)
            switch key {
            case "country", "country_code":
                if let code = try countryCode(value) { facts.country = code }
            case "registered_country":
                registeredCountry = try countryCode(value)
            case "location":
                latitude = try reader.value(at: value, path: ["latitude"])?.doubleValue
                longitude = try reader.value(at: value, path: ["longitude"])?.doubleValue
            case "latitude", "lat":
                latitude = try number(value)
            case "longitude", "lng", "lon":
                longitude = try number(value)
            case "autonomous_system_number", "asn":
                facts.asn = try asn(value)
            case "autonomous_system_organization", "as_name", "isp", "organization", "as_organization":
                let rank = ["autonomous_system_organization": 0, "as_name": 1, "as_organization": 1, "isp": 2][key] ?? 3
                if let text = (try reader.value(at: value)).stringValue, !text.isEmpty,
                    rank < organization?.rank ?? Int.max
                {
                    organization = (rank, text)
                }
            case "traits", "redflag":
                try read(mapAt: value, into: &facts)
            case "connection_type", "user_type":
                let text = (try reader.value(at: value)).stringValue?.lowercased()
                if text == "cellular" { facts.kinds.insert(.mobileCarrier) }
                if text == "hosting" { facts.kinds.insert(.hosting) }
            default:
                if let kind = Self.flags[key], (try reader.value(at: value)).boolValue == true {
                    facts.kinds.insert(kind)
                }
            }
        }
        if facts.country == nil { facts.country = registeredCountry }
        if let latitude, let longitude, abs(latitude) <= 90, abs(longitude) <= 180 {
            facts.location = Coordinate(latitude: latitude, longitude: longitude)
        }
        if let organization { facts.asOrganization = organization.name }
    }

    static let flags: [String: NetworkKinds] = [
        "is_anonymous_vpn": .vpn, "is_hosting_provider": .hosting, "is_tor_exit_node": .tor,
        "is_public_proxy": .proxy, "is_residential_proxy": .proxy, "is_anonymous_proxy": .proxy,
        "anonymous_proxy": .proxy, "is_satellite_provider": .satellite, "satellite": .satellite,
    ]

    private func countryCode(_ offset: Int) throws(MMDBError) -> CountryCode? {
        if let text = try reader.string(at: offset, path: []) { return CountryCode(text) }
        return try reader.string(at: offset, path: ["iso_code"]).flatMap { CountryCode($0) }
    }

    private func number(_ offset: Int) throws(MMDBError) -> Double? {
        let value = try reader.value(at: offset)
        return value.doubleValue ?? value.stringValue.flatMap { Double($0) }
    }

    private func asn(_ offset: Int) throws(MMDBError) -> UInt32? {
        let value = try reader.value(at: offset)
        if let number = value.unsignedValue { return UInt32(exactly: number) }
        guard var text = value.stringValue else { return nil }
        if text.uppercased().hasPrefix("AS") { text = String(text.dropFirst(2)) }
        return UInt32(text)
    }
}
