import RedflagDetection

/// Renders a scan as the spec's NDJSON (one account a line, highest score first).
public enum NDJSONRenderer {
    public static func render(_ report: ScanReport, minimum level: RiskLevel) -> String {
        report.reported(minimum: level).map { assessment in
            var json = JSONWriter()
            json.assessment(assessment)
            return json.text + "\n"
        }.joined()
    }
}

/// Renders a scan as one JSON document: summary, accounts, clusters and possible links.
public enum JSONRenderer {
    public static func render(_ report: ScanReport, minimum level: RiskLevel) -> String {
        var json = JSONWriter()
        json.object { json in
            json.key("summary")
            json.object { json in
                json.key("events"); json.int(report.summary.eventsRead)
                json.key("rejected"); json.int(report.summary.rejected)
                json.key("duplicates"); json.int(report.summary.duplicates)
                json.key("accounts"); json.int(report.summary.accounts)
                for level in RiskLevel.allCases { json.key(level.rawValue); json.int(report.summary.byLevel[level] ?? 0) }
            }
            json.key("accounts")
            json.array { json in for assessment in report.reported(minimum: level) { json.assessment(assessment) } }
            json.key("clusters")
            json.array { json in for cluster in report.clusters { json.cluster(cluster) } }
            json.key("possibly_related")
            json.array { json in for link in report.possibleLinks { json.link(link) } }
        }
        return json.text + "\n"
    }
}

/// A readable terminal summary: the ranking, each account's top findings.
public enum TableRenderer {
    public static func render(_ report: ScanReport, minimum level: RiskLevel, limit: Int = 50) -> String {
        let rows = report.reported(minimum: level)
        var lines = ["SCORE  LEVEL     ACCOUNT                CLUSTER  TOP FINDINGS"]
        for assessment in rows.prefix(limit) {
            let top = assessment.findings.prefix(3).map(\.rule).joined(separator: ", ")
            lines.append(
                pad(String(assessment.score), 5, right: true) + "  " + pad(assessment.level.rawValue, 8) + "  "
                    + pad(assessment.account, 22) + " " + pad(assessment.cluster ?? "-", 7) + "  " + top)
            for finding in assessment.findings.prefix(3) {
                lines.append(String(repeating: " ", count: 17) + "· " + finding.summary)
            }
        }
        if rows.count > limit { lines.append("… \(rows.count - limit) more (use --format ndjson or html for all)") }
        if rows.isEmpty { lines.append("(no account at or above \(level.rawValue))") }
        return lines.joined(separator: "\n") + "\n"
    }

    static func pad(_ text: String, _ width: Int, right: Bool = false) -> String {
        let clipped = text.count > width ? String(text.prefix(width - 1)) + "…" : text
        let padding = String(repeating: " ", count: max(0, width - clipped.count))
        return right ? padding + clipped : clipped + padding
    }
}
