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
        merged(address) { _, _, _ in }
    }

    /// The merged facts and who said what.
    public func lookup(_ address: IPAddress) -> IPLookupResult {
        var fieldSources: [IPFactField: [String]] = [:]
        let facts = merged(address) { field, name, credit in
            switch credit {
            case .replace: fieldSources[field] = [name]
            case .add: fieldSources[field, default: []].append(name)
            case .withdraw: fieldSources[field] = nil
            }
        }
        return IPLookupResult(facts: facts, fieldSources: fieldSources)
    }

    /// How a layer's value changes the credit for a field.
    private enum Credit { case replace, add, withdraw }

    /// The layers' facts merged; `credit` hears which layer supplied (or lost) which field, so
    /// that plain look-ups, which do not ask, build no credit table.
    private func merged(_ address: IPAddress, credit: (IPFactField, String, Credit) -> Void) -> IPFacts {
        var result = IPFacts()
        var contributors: [String] = []
        for (index, layer) in layers.enumerated() {
            let facts = layer.facts(for: address)
            let name = facts.sources.first ?? "layer\(index)"
            var used = false
            func supplied(_ field: IPFactField, _ how: Credit = .replace) {
                credit(field, name, how)
                used = true
            }
            if let country = facts.country { result.country = country; supplied(.country) }
            if let asn = facts.asn {
                let changed = result.asn != asn
                result.asn = asn
                supplied(.asn)
                // An organisation named by an earlier layer belongs to that layer's ASN.
                if changed, facts.asOrganization == nil, result.asOrganization != nil {
                    result.asOrganization = nil
                    credit(.organization, name, .withdraw)
                }
            }
            if let organization = facts.asOrganization { result.asOrganization = organization; supplied(.organization) }
            if let location = facts.location { result.location = location; supplied(.location) }
            if !facts.kinds.isEmpty { result.kinds.formUnion(facts.kinds); supplied(.kinds, .add) }
            if used, !contributors.contains(name) {
                // Room for every layer and a couple of classifier labels, so later appends do not reallocate.
                if contributors.isEmpty { contributors.reserveCapacity(layers.count + 2) }
                contributors.append(name)
            }
        }
        result.sources = contributors
        return result
    }
}
