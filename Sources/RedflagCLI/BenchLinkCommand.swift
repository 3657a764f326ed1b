import ArgumentParser
import Foundation
import RedflagLinking

/// `redflag bench link`: connected components of a random account–identifier graph.
public struct BenchLinkCommand: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "link", abstract: "Time clustering a seeded random bipartite account–identifier graph on one core.")

    @Option(help: "Number of accounts.") var accounts = 1_000_000
    @Option(help: "Number of distinct identifiers.") var identifiers = 1_000_000
    @Option(help: "Number of account–identifier observations (edges).") var edges = 10_000_000
    @Option(help: "Seed of the SplitMix64 generator (the peer script uses the same).") var seed: UInt64 = 42

    public init() {}

    public func run() throws {
        let graph = RandomBipartiteGraph(accounts: accounts, identifiers: identifiers, edges: edges, seed: seed)
        let started = DispatchTime.now().uptimeNanoseconds
        let components = graph.connectedComponents()
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - started) / 1e9
        print(String(format: "%.3f s", seconds))
        print("\(components) clusters (connected components over \(accounts + identifiers) nodes, \(edges) edges)")
    }
}
