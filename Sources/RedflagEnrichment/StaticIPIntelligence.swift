import RedflagPrimitives

/// IP facts from a fixed table of networks, most specific match first: the simplest
/// ``IPIntelligence``, for small curated tables (an organisation's own ranges, test data).
public struct StaticIPIntelligence: IPIntelligence {
    private let entries: [(network: IPNetwork, facts: IPFacts)]

    /// `entries` in any order; lookups prefer the longest prefix.
    public init(_ entries: [(IPNetwork, IPFacts)]) {
        self.entries = entries.sorted { $0.0.prefixLength128 > $1.0.prefixLength128 }.map { (network: $0.0, facts: $0.1) }
    }

    public func facts(for address: IPAddress) -> IPFacts {
        entries.first { $0.network.contains(address) }?.facts ?? .unknown
    }
}
