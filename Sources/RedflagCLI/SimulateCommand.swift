import ArgumentParser
import Foundation
import RedflagSimulation

/// `redflag simulate`: writes a synthetic marketplace feed with ground-truth labels for testing detection.
public struct SimulateCommand: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "simulate",
        abstract: "Write a synthetic marketplace (events.ndjson, labels.csv, README.txt) with honest and DPRK-style accounts."
    )

    @Option(help: "Number of worker/applicant accounts.") var accounts = 2000
    @Option(help: "Number of days of activity.") var days = 60
    @Option(help: "Random seed; the same seed gives byte-identical files.") var seed: UInt64 = 1
    @Option(help: "First day, YYYY-MM-DD (UTC).") var start = "2026-03-01"
    @Option(help: "Multiplies per-account activity (bids, messages, work segments, telemetry).") var eventsPerAccountScale = 1.0
    @Option(help: "Share of accounts that are DPRK proxies.") var dprkShare = 0.065
    @Argument(help: "Output directory.") var outdir: String

    public init() {}

    public func run() throws {
        let config = SimulationConfig(accounts: accounts, days: days, seed: seed, start: start,
                                      activityScale: eventsPerAccountScale, dprkShare: dprkShare)
        do {
            let summary = try Simulator(config).write(to: URL(fileURLWithPath: outdir))
            print("wrote \(summary.lines) lines (\(summary.events) events, \(summary.duplicates) re-deliveries) for "
                + "\(summary.accounts) accounts (\(summary.dprkAccounts) dprk in \(summary.teams) cells) to \(outdir)")
        } catch {
            throw ValidationError(error.description)
        }
    }
}
