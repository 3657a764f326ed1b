import RedflagPrimitives

@testable import RedflagEnrichment

/// The MMDB-to-facts mapping as it was before look-ups decoded keys as bytes: every key becomes a
/// `String` and every value is fully decoded. Kept as the reference the fast path must match.
struct ReferenceMMDBFacts {
    let reader: MMDBReader
    let name: String

    func lookup(_ address: IPAddress) throws(MMDBError) -> IPFacts {
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
        "location_disputed": .disputedLocation,
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

/// Compares the production look-up with ``ReferenceMMDBFacts`` for one address: same facts, or the same error.
func lookupsAgree(_ reader: MMDBReader, _ address: IPAddress) -> Bool {
    let fast = Result { () throws(MMDBError) in try MMDBIntelligence(reader: reader, name: "db").lookup(address) }
    let reference = Result { () throws(MMDBError) in try ReferenceMMDBFacts(reader: reader, name: "db").lookup(address) }
    return fast == reference
}

/// One address per network of the tree (its first), or nil when walking the tree fails.
func networkAddresses(_ reader: MMDBReader, limit: Int = .max) -> [IPAddress]? {
    var addresses: [IPAddress] = []
    do {
        try reader.forEachNetwork { (network, _) throws(MMDBError) in
            if addresses.count < limit { addresses.append(network.address) }
        }
    } catch {
        return nil
    }
    return addresses
}

/// ``NetworkClassifier/classify(_:facts:)`` as it was before sources were appended in place and AS
/// names took the ASCII path: the reference for equivalence tests.
func referenceClassify(_ classifier: NetworkClassifier, _ address: IPAddress, facts: inout IPFacts) {
    var kinds: NetworkKinds = []
    var sources: [String] = []
    var asnListed = false
    for list in classifier.lists {
        var matched: NetworkKinds = []
        if list.networks.contains(address) { matched.formUnion(list.kinds) }
        if let asn = facts.asn, let asnKinds = list.asns[asn] {
            matched.formUnion(asnKinds)
            asnListed = true
        }
        if !matched.isEmpty {
            kinds.formUnion(matched)
            sources.append(list.name)
        }
    }
    if classifier.usesNameHeuristics, !asnListed, let organization = facts.asOrganization {
        let guessed = ASNameHeuristics.kinds(ofWords: ASNameHeuristics.words(organization))
        if !guessed.isEmpty {
            kinds.formUnion(guessed)
            sources.append(ASNameHeuristics.sourceLabel)
        }
    }
    facts.kinds.formUnion(kinds)
    if facts.kinds.contains(.office) { facts.kinds.subtract(.anonymizing) }
    for source in sources where !facts.sources.contains(source) { facts.sources.append(source) }
}
