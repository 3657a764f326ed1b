import RedflagPrimitives

/// The fields of ``IPFacts`` that a source can be credited for.
public enum IPFactField: String, Sendable, Hashable, CaseIterable, Codable {
    case country, asn, organization, location, kinds
}

/// Facts plus, per field, which databases supplied it (for `redflag ip` and evidence).
public struct IPLookupResult: Sendable, Hashable {
    public var facts: IPFacts
    /// Field → database names; `kinds` can have several (their flags are combined).
    public var fieldSources: [IPFactField: [String]]

    public init(facts: IPFacts = .unknown, fieldSources: [IPFactField: [String]] = [:]) {
        self.facts = facts
        self.fieldSources = fieldSources
    }
}

/// Several IP databases read as one: later layers override earlier ones field by field
/// (country, ASN, organisation, location); network kinds are the union of every layer's flags.
///
/// A layer is credited under the first name in the ``IPFacts/sources`` it returns.
public struct LayeredIPIntelligence: IPIntelligence {
    public let layers: [any IPIntelligence]

    public init(layers: [any IPIntelligence]) {
        self.layers = layers
    }

    public func facts(for address: IPAddress) -> IPFacts {
        lookup(address).facts
    }

    /// The merged facts and who said what.
    public func lookup(_ address: IPAddress) -> IPLookupResult {
        var result = IPLookupResult()
        var contributors: [String] = []
        for (index, layer) in layers.enumerated() {
            let facts = layer.facts(for: address)
            let name = facts.sources.first ?? "layer\(index)"
            var used = false
            func credit(_ field: IPFactField, replacing: Bool = true) {
                result.fieldSources[field] = replacing ? [name] : (result.fieldSources[field] ?? []) + [name]
                used = true
            }
            if let country = facts.country { result.facts.country = country; credit(.country) }
            if let asn = facts.asn {
                let changed = result.facts.asn != asn
                result.facts.asn = asn
                credit(.asn)
                if changed, facts.asOrganization == nil, result.fieldSources[.organization] != nil {
                    result.facts.asOrganization = nil
                    result.fieldSources[.organization] = nil
                }
            }
            if let organization = facts.asOrganization { result.facts.asOrganization = organization; credit(.organization) }
            if let location = facts.location { result.facts.location = location; credit(.location) }
            if !facts.kinds.isEmpty { result.facts.kinds.formUnion(facts.kinds); credit(.kinds, replacing: false) }
            if used, !contributors.contains(name) { contributors.append(name) }
        }
        result.facts.sources = contributors
        return result
    }
}
