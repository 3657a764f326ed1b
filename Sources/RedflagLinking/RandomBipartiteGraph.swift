import RedflagPrimitives

/// A seeded random account–identifier graph for the linking benchmark. Nodes `0..<accounts`
/// are accounts, the rest identifiers; every edge joins an account to an identifier, both
/// drawn uniformly with SplitMix64 (account first, then identifier, per edge) so that the
/// Python peer can build exactly the same graph.
public struct RandomBipartiteGraph: Sendable {
    public let accounts: Int
    public let identifiers: Int
    public let edgeAccounts: [Int32]
    public let edgeIdentifiers: [Int32]

    public init(accounts: Int, identifiers: Int, edges: Int, seed: UInt64) {
        self.accounts = accounts
        self.identifiers = identifiers
        var state = seed
        var edgeAccounts = [Int32](repeating: 0, count: edges)
        var edgeIdentifiers = [Int32](repeating: 0, count: edges)
        for index in 0..<edges {
            edgeAccounts[index] = Int32(SplitMix64.next(&state) % UInt64(accounts))
            edgeIdentifiers[index] = Int32(SplitMix64.next(&state) % UInt64(identifiers))
        }
        self.edgeAccounts = edgeAccounts
        self.edgeIdentifiers = edgeIdentifiers
    }

    /// Connected components over all nodes, by union-find.
    public func connectedComponents() -> Int {
        var sets = UnionFind(count: accounts + identifiers)
        var components = accounts + identifiers
        for index in edgeAccounts.indices where sets.union(Int(edgeAccounts[index]), accounts + Int(edgeIdentifiers[index])) {
            components -= 1
        }
        return components
    }
}
