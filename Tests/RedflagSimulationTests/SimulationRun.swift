import Foundation
@testable import RedflagSimulation

/// One small simulation shared by the tests (200 accounts, 20 days), parsed once.
struct SimulationRun {
    static let config = SimulationConfig(accounts: 200, days: 20, seed: 42)
    static let shared = SimulationRun(config)

    let eventsText: String
    let labelsText: String
    let summary: SimulationSummary
    /// Each line parsed with Foundation's JSONSerialization (nil when not a JSON object).
    let objects: [[String: Any]?]
    let labels: [[String]]

    var lines: [Substring] { eventsText.split(separator: "\n", omittingEmptySubsequences: false).dropLast() }

    init(_ config: SimulationConfig) {
        var events = ""
        var labels = ""
        summary = (try! Simulator(config)).run(events: &events, labels: &labels)
        eventsText = events
        labelsText = labels
        objects = events.split(separator: "\n").map { line in
            (try? JSONSerialization.jsonObject(with: Data(line.utf8))) as? [String: Any]
        }
        self.labels = labels.split(separator: "\n").dropFirst().map { $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init) }
    }

    var events: [[String: Any]] { objects.compactMap { $0 } }

    /// account → label row.
    var labelByAccount: [String: [String]] { Dictionary(uniqueKeysWithValues: labels.map { ($0[0], $0) }) }
}

/// Immutable after init; the `Any` values are Foundation JSON objects that are never mutated.
extension SimulationRun: @unchecked Sendable {}
