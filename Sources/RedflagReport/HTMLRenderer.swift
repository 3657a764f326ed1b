import Foundation
import Mustache
import RedflagDetection
import RedflagLinking

/// Renders a scan as one self-contained HTML page (inline CSS and SVG, no network): the
/// ranking, each flagged account's findings with evidence and charts, and flagged clusters as
/// graphs. The template escapes every value; only the SVG built here is inserted raw.
public enum HTMLRenderer {
    /// Flagged accounts with a full section (the ranking lists more).
    public static let accountSectionLimit = 200
    public static let rankingLimit = 500

    public static func render(_ report: ScanReport, minimum level: RiskLevel) throws -> String {
        guard let url = Bundle.module.url(forResource: "report", withExtension: "mustache", subdirectory: "Templates"),
            let text = try? String(contentsOf: url, encoding: .utf8)
        else { throw ReportError(reason: "the HTML template is missing from the bundle") }
        let template = try MustacheTemplate(string: text)
        return template.render(context(report, minimum: level))
    }

    static func context(_ report: ScanReport, minimum level: RiskLevel) -> [String: Any] {
        let reported = report.reported(minimum: level)
        let flagged = reported.filter { $0.level >= max(level, .medium) || $0.hasScreeningHit }
        let ranking = reported.prefix(rankingLimit).map { assessment -> [String: Any] in
            [
                "score": assessment.score, "level": assessment.level.rawValue, "account": assessment.account,
                "anchor": anchor(assessment.account), "cluster": assessment.cluster ?? "",
                "top": assessment.findings.prefix(3).map(\.rule).joined(separator: ", "),
            ]
        }
        let accounts = flagged.prefix(accountSectionLimit).map { assessment -> [String: Any] in
            let state = report.states[assessment.account]
            var profile: [String] = []
            if let name = assessment.name { profile.append(name) }
            if let country = assessment.claimedCountry { profile.append("claims \(country.code)") }
            if let zone = state?.profile.timezone.value { profile.append(zone) }
            if let stake = assessment.stakeUSD { profile.append(String(format: "at stake: USD %.0f", stake)) }
            if let cluster = assessment.cluster { profile.append("cluster \(cluster)") }
            if assessment.inheritedEvidence > 0 { profile.append(String(format: "own evidence %.1f + inherited %.1f", assessment.ownEvidence, assessment.inheritedEvidence)) }
            return [
                "account": assessment.account, "anchor": anchor(assessment.account), "score": assessment.score,
                "level": assessment.level.rawValue, "profileLine": profile.joined(separator: " · "),
                "findings": assessment.findings.map(findingContext),
                "heatmap": state.map { ActivityHeatmap.svg($0.activity) } ?? "",
                "timeline": state.map(CountryTimeline.svg) ?? "",
            ]
        }
        let clusters = report.clusters.filter { $0.level >= .medium || $0.members.contains { member in flagged.contains { $0.account == member } } }
            .prefix(100).map { cluster -> [String: Any] in
                [
                    "id": cluster.id, "level": cluster.level.rawValue, "score": cluster.score, "memberCount": cluster.members.count,
                    "members": cluster.members.joined(separator: ", "), "graph": ClusterGraph.svg(cluster),
                    "findings": cluster.findings.map(findingContext),
                    "links": cluster.links.map { link -> [String: Any] in
                        [
                            "pair": "\(link.first) – \(link.second)",
                            "shared": link.shared.map { "\($0.identifier.kind.rawValue) \($0.identifier.value)" }.joined(separator: "; "),
                            "weight": String(format: "%.1f", link.weight),
                        ]
                    },
                ]
            }
        return [
            "summaryLine": report.summary.lines.joined(separator: " — "),
            "ranking": Array(ranking),
            "moreRanking": reported.count > rankingLimit ? "… and \(reported.count - rankingLimit) more accounts (see --format ndjson)." : "",
            "accounts": Array(accounts),
            "clusters": Array(clusters),
        ]
    }

    static func findingContext(_ finding: Finding) -> [String: Any] {
        [
            "rule": finding.rule, "weight": String(format: "%.2f", finding.weight), "summary": finding.summary,
            "screening": finding.isScreening,
            "evidence": finding.evidence.map { item -> [String: Any] in
                [
                    "time": item.time.description, "source": item.source?.description ?? item.eventID,
                    "facts": item.facts.map { "\($0.key)=\($0.value)" }.joined(separator: "  "),
                ]
            },
        ]
    }

    static func anchor(_ account: String) -> String {
        String(account.unicodeScalars.map { CharacterSet.alphanumerics.contains($0) || $0 == "-" ? Character($0) : "_" })
    }
}

/// A report that could not be rendered.
public struct ReportError: Error, CustomStringConvertible {
    public var reason: String
    public var description: String { reason }
}
