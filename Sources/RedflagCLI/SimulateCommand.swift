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
    @Option(help: ArgumentHelp("Weights replacing the default ones of honest personas, to simulate another mix.",
                               discussion: "Comma-separated PERSONA=WEIGHT, e.g. privacy_vpn=40,nomad=20 (defaults: freelancer 40, employee 13, traveller 5, …; 0 leaves a persona out)."))
    var honestMix: String?
    @Argument(help: "Output directory.") var outdir: String

    public init() {}

    public func run() throws {
        let config = SimulationConfig(accounts: accounts, days: days, seed: seed, start: start,
                                      activityScale: eventsPerAccountScale, dprkShare: dprkShare, honestWeights: try parsedMix())
        do {
            let summary = try Simulator(config).write(to: URL(fileURLWithPath: outdir))
            print("wrote \(summary.lines) lines (\(summary.events) events, \(summary.duplicates) re-deliveries) for "
                + "\(summary.accounts) accounts (\(summary.dprkAccounts) dprk in \(summary.teams) cells) to \(outdir)")
        } catch {
            throw ValidationError(error.description)
        }
    }

    private func parsedMix() throws -> [String: Double] {
        guard let honestMix else { return [:] }
        var weights: [String: Double] = [:]
        for item in honestMix.split(separator: ",") {
            let parts = item.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            guard parts.count == 2, !parts[0].isEmpty, let weight = Double(parts[1]) else {
                throw ValidationError("--honest-mix: '\(item)' is not PERSONA=WEIGHT")
            }
            weights[parts[0]] = weight
        }
        return weights
    }
}
