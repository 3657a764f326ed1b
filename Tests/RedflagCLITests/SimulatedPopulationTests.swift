import Foundation
import RedflagDetection
import RedflagReport
import RedflagSimulation
import Testing

@testable import RedflagCLI

/// The acceptance check on Redflag's own simulated marketplace: how many DPRK accounts reach
/// `high`, how many honest ones do, and that no honest persona is singled out.
@Suite(.serialized) struct SimulatedPopulationTests {
    struct Outcome {
        var report: ScanReport
        var labels: [String: (label: String, persona: String)]

        func flagged(_ account: String) -> Bool {
            report.assessments.first { $0.account == account }.map { $0.level >= .high } ?? false
        }

        func rate(where include: ((label: String, persona: String)) -> Bool) -> (flagged: Int, total: Int) {
            let accounts = labels.filter { include($0.value) }.map(\.key)
            return (accounts.filter(flagged).count, accounts.count)
        }
    }

    static func scan(accounts: Int, days: Int, seed: UInt64, linking: Bool = true) throws -> Outcome? {
        guard let database = CommandRunner.bundledDatabase() else { return nil }
        setenv("REDFLAG_IPDB", database, 1)
        let directory = try CommandRunner.temporaryDirectory()
        try Simulator(SimulationConfig(accounts: accounts, days: days, seed: seed)).write(to: directory)
        let options = try EnrichmentOptions.parse(["--data-dir", directory.appendingPathComponent("no-lists").path])
        var pipeline = ScanPipeline(context: try options.detectionContext(), config: RuleConfig(), progress: nil, reportRejection: { _ in })
        pipeline.linking = linking
        let report = try pipeline.run(paths: [directory.appendingPathComponent("events.ndjson").path])
        var labels: [String: (label: String, persona: String)] = [:]
        let csv = try String(contentsOf: directory.appendingPathComponent("labels.csv"), encoding: .utf8)
        for line in csv.split(separator: "\n").dropFirst() {
            let fields = line.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
            labels[fields[0]] = (fields[1], fields[2])
        }
        return Outcome(report: report, labels: labels)
    }

    @Test func recallAndFalsePositivesAtHigh() throws {
        guard let outcome = try Self.scan(accounts: 2000, days: 45, seed: 2026) else { return }
        #expect(outcome.report.summary.rejected == 0)
        let dprk = outcome.rate { $0.label == "dprk" }
        let honest = outcome.rate { $0.label == "honest" }
        let recall = Double(dprk.flagged) / Double(dprk.total)
        let falsePositives = Double(honest.flagged) / Double(honest.total)
        print("acceptance: recall \(dprk.flagged)/\(dprk.total) = \(recall), honest flagged \(honest.flagged)/\(honest.total) = \(falsePositives)")
        #expect(recall >= 0.85)
        #expect(falsePositives <= 0.02)
        // No honest persona flagged at more than 3× the overall honest rate (with one account of
        // slack, so that a group of 40 is not judged on a single account when the rate is near 0).
        let personas = Set(outcome.labels.values.filter { $0.label == "honest" }.map(\.persona))
        for persona in personas.sorted() {
            let group = outcome.rate { $0.label == "honest" && $0.persona == persona }
            let limit = 3 * falsePositives * Double(group.total) + 1
            print("acceptance: \(persona) \(group.flagged)/\(group.total) (limit \(limit))")
            #expect(Double(group.flagged) <= limit, "\(persona): \(group.flagged) of \(group.total)")
        }
    }

    @Test func linkingRaisesRecallWithoutMoreFalsePositives() throws {
        guard let linked = try Self.scan(accounts: 1200, days: 40, seed: 77),
            let unlinked = try Self.scan(accounts: 1200, days: 40, seed: 77, linking: false)
        else { return }
        let withLinks = (linked.rate { $0.label == "dprk" }, linked.rate { $0.label == "honest" })
        let without = (unlinked.rate { $0.label == "dprk" }, unlinked.rate { $0.label == "honest" })
        print("linking: recall \(without.0.flagged) → \(withLinks.0.flagged) of \(withLinks.0.total); honest flagged \(without.1.flagged) → \(withLinks.1.flagged)")
        #expect(withLinks.0.flagged > without.0.flagged)
        #expect(withLinks.1.flagged <= without.1.flagged)
    }
}
