import ArgumentParser
import Foundation
import RedflagDetection
import RedflagLinking
import RedflagReport

/// `redflag links ACCOUNT FILE...`: who shares what with one account, and when.
public struct LinksCommand: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "links", abstract: "Print the accounts linked to one account, with the identifiers they share and when.")

    @Argument(help: "The account to look at.")
    var account: String

    @Argument(help: "Event files (NDJSON, optionally gzip'd).")
    var files: [String]

    @OptionGroup var enrichment: EnrichmentOptions

    public init() {}

    public func run() throws {
        let pipeline = ScanPipeline(context: try enrichment.detectionContext(), config: try enrichment.ruleConfig(), progress: ProgressReporter.forStandardError())
        let report = try pipeline.run(paths: files)
        guard report.states[account] != nil else { throw ValidationError("no events for account \(account)") }
        let links = (report.clusters.flatMap(\.links) + report.possibleLinks)
            .filter { $0.first == account || $0.second == account }
            .sorted { ($0.weight, $1.first) > ($1.weight, $0.first) }
        let cluster = report.assessments.first { $0.account == account }?.cluster
        var lines = ["\(account): \(links.count) linked account\(links.count == 1 ? "" : "s")\(cluster.map { ", cluster \($0)" } ?? "")"]
        for link in links {
            let other = link.first == account ? link.second : link.first
            lines.append("  \(other)  weight \(String(format: "%.1f", link.weight)) \(link.isStrong ? "(strong)" : "(possibly related)")")
            for shared in link.shared {
                let mine = link.first == account ? shared.first : shared.second
                let theirs = link.first == account ? shared.second : shared.first
                let when = shared.identifier.kind == .ip ? (shared.concurrent ? ", same hour" : ", different hours") : ""
                // Addresses at different hours count once per network (docs/linking.md): say which ones did not.
                let counted = shared.weight > 0 ? String(format: ", weight %.2f", shared.weight) : ", not counted (same network as a counted address)"
                lines.append("    \(shared.identifier.kind.rawValue) \(shared.identifier.value) — shared by \(shared.sharers)\(when)\(counted); this account since \(mine.time), \(other) since \(theirs.time)")
            }
        }
        print(lines.joined(separator: "\n"))
    }
}
