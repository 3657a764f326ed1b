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

    /// What one map says about fields that are settled only after all its entries are read.
    private struct PendingFields {
        var registeredCountry: CountryCode?
        var latitude: Double?
        var longitude: Double?
        var organization: (rank: Int, name: String)?
    }

    private func read(mapAt offset: Int, into facts: inout IPFacts) throws(MMDBError) {
        var pending = PendingFields()
        try reader.forEachEntry(inMapAt: offset) { (rawKey, value) throws(MMDBError) in
            if let key = MMDBFactKey(rawKey) { try read(key, at: value, into: &facts, &pending) }
        }
        if facts.country == nil { facts.country = pending.registeredCountry }
        if let latitude = pending.latitude, let longitude = pending.longitude, abs(latitude) <= 90, abs(longitude) <= 180 {
            facts.location = Coordinate(latitude: latitude, longitude: longitude)
        }
        if let organization = pending.organization { facts.asOrganization = organization.name }
    }

    private func read(
        _ key: MMDBFactKey, at value: Int, into facts: inout IPFacts, _ pending: inout PendingFields
    ) throws(MMDBError) {
        switch key {
        case .country:
            if let code = try reader.countryCode(at: value) { facts.country = code }
        case .registeredCountry:
            pending.registeredCountry = try reader.countryCode(at: value)
        case .location:
            pending.latitude = try reader.valueOffset(at: value, key: "latitude").flatMap { offset throws(MMDBError) in
                try reader.doubleValue(at: offset)
            }
            pending.longitude = try reader.valueOffset(at: value, key: "longitude").flatMap { offset throws(MMDBError) in
                try reader.doubleValue(at: offset)
            }
        case .latitude:
            pending.latitude = try number(value)
        case .longitude:
            pending.longitude = try number(value)
        case .asn:
            facts.asn = try asn(value)
        case .organization(let rank):
            if let text = try reader.stringValue(at: value), !text.isEmpty, rank < pending.organization?.rank ?? Int.max {
                pending.organization = (rank, text)
            }
        case .nested:
            try read(mapAt: value, into: &facts)
        case .connectionType:
            let text = try reader.stringValue(at: value)?.lowercased()
            if text == "cellular" { facts.kinds.insert(.mobileCarrier) }
            if text == "hosting" { facts.kinds.insert(.hosting) }
        case .flag(let kind):
            if try reader.boolValue(at: value) == true { facts.kinds.insert(kind) }
        }
    }

    private func number(_ offset: Int) throws(MMDBError) -> Double? {
        if let number = try reader.doubleValue(at: offset) { return number }
        return try reader.stringValue(at: offset).flatMap { Double($0) }
    }

    private func asn(_ offset: Int) throws(MMDBError) -> UInt32? {
        if let number = try reader.unsignedValue(at: offset) { return UInt32(exactly: number) }
        guard var text = try reader.stringValue(at: offset) else { return nil }
        if text.uppercased().hasPrefix("AS") { text = String(text.dropFirst(2)) }
        return UInt32(text)
    }
}
