import Foundation
import RedflagDetection
import RedflagEnrichment
import RedflagEvents
import RedflagLinking
import RedflagPrimitives
import Testing

@testable import RedflagReport

@Suite struct ReportTests {
    /// A scan of a few accounts: one with strong evidence and a cluster partner, one honest.
    static func report() -> ScanReport {
        let networks = StaticIPIntelligence([
            (IPNetwork("73.0.0.0/8")!, IPFacts(country: CountryCode("US"), asn: 7922)),
            (IPNetwork("175.45.176.0/22")!, IPFacts(country: CountryCode("KP"), asn: 131279)),
        ])
        var engine = DetectionEngine(context: DetectionContext(ipIntelligence: networks))
        let lines = [
            #"{"type":"account","time":"2026-03-01T00:00:00Z","account":"bad <b>","name":"Kevin Walker","country":"US"}"#,
            #"{"type":"login","time":"2026-03-02T03:00:00Z","account":"bad <b>","ip":"175.45.176.10","device":"d1"}"#,
            #"{"type":"payout","time":"2026-03-03T00:00:00Z","account":"bad <b>","destination":"iban:1","holder":"Li Wei","country":"CN"}"#,
            #"{"type":"account","time":"2026-03-01T00:00:00Z","account":"partner","name":"Amy Chen","country":"US"}"#,
            #"{"type":"payout","time":"2026-03-03T00:00:00Z","account":"partner","destination":"iban:1","holder":"Amy Chen"}"#,
            #"{"type":"account","time":"2026-03-01T00:00:00Z","account":"honest","name":"Dana Fox","country":"US"}"#,
            #"{"type":"login","time":"2026-03-02T15:00:00Z","account":"honest","ip":"73.1.1.1"}"#,
        ]
        for (index, line) in lines.enumerated() { engine.ingest(try! EventDecoder().decode(line, at: SourceLocation(file: "r.ndjson", line: index + 1))) }
        let detection = engine.evaluate()
        let linked = Linker().link(detection)
        var summary = ScanSummary()
        summary.eventsRead = lines.count
        summary.accounts = linked.assessments.count
        return ScanReport(assessments: linked.assessments, clusters: linked.clusters, possibleLinks: linked.possibleLinks, states: detection.states, summary: summary)
    }

    @Test func ndjsonHasTheSpecShapeHighestScoreFirst() throws {
        let text = NDJSONRenderer.render(Self.report(), minimum: .low)
        let lines = text.split(separator: "\n")
        #expect(lines.count == 3)
        var previous = Int.max
        for line in lines {
            let object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
            #expect(Set(object.keys) == ["account", "score", "level", "cluster", "findings"])
            let score = try #require(object["score"] as? Int)
            #expect(score <= previous)
            previous = score
            #expect(["low", "medium", "high", "critical"].contains(object["level"] as? String ?? ""))
            for finding in object["findings"] as? [[String: Any]] ?? [] {
                #expect(Set(finding.keys) == ["rule", "weight", "summary", "evidence"])
                for evidence in finding["evidence"] as? [[String: Any]] ?? [] { #expect(evidence["time"] is String) }
            }
        }
        #expect(lines.first?.hasPrefix(#"{"account":"bad <b>","score":"#) == true, "keys in the spec's order")
    }

    @Test func minimumLevelFiltersButKeepsScreeningHits() {
        let report = Self.report()
        let high = NDJSONRenderer.render(report, minimum: .high)
        #expect(high.contains("bad <b>"))
        #expect(!high.contains("\"honest\""))
    }

    @Test func jsonAddsClustersWithLinksAndEvidence() throws {
        let text = JSONRenderer.render(Self.report(), minimum: .low)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        let clusters = try #require(object["clusters"] as? [[String: Any]])
        #expect(clusters.count == 1)
        #expect(Set(clusters[0]["members"] as? [String] ?? []) == ["bad <b>", "partner"])
        let links = try #require(clusters[0]["links"] as? [[String: Any]])
        let shared = try #require(links.first?["shared"] as? [[String: Any]])
        #expect(shared.contains { $0["kind"] as? String == "payout_destination" && ($0["evidence"] as? [Any])?.count == 2 })
    }

    @Test func htmlIsSelfContainedAndEscaped() throws {
        let html = try HTMLRenderer.render(Self.report(), minimum: .low)
        #expect(html.contains("<h2>Ranking</h2>"))
        #expect(html.contains("network.dprk_space"))
        #expect(html.contains("bad &lt;b&gt;"))
        #expect(!html.contains("bad <b>"))
        #expect(html.contains("<svg"))
        #expect(!html.contains("http://") || html.components(separatedBy: "http://").dropFirst().allSatisfy { $0.hasPrefix("www.w3.org/2000/svg") })
        #expect(!html.contains("<script src"))
    }

    @Test func tableListsAccountsAndFindings() {
        let table = TableRenderer.render(Self.report(), minimum: .medium)
        #expect(table.contains("bad <b>"))
        #expect(table.contains("· "))
        #expect(!table.contains("honest"))
    }

    @Test func chartsAreDeterministic() throws {
        let report = Self.report()
        let state = try #require(report.states["bad <b>"])
        #expect(ActivityHeatmap.svg(state.activity) == ActivityHeatmap.svg(state.activity))
        #expect(CountryTimeline.svg(state).contains("KP"))
        let cluster = try #require(report.clusters.first)
        #expect(ClusterGraph.svg(cluster) == ClusterGraph.svg(cluster))
        #expect(ClusterGraph.svg(cluster).contains("payout_destination"))
    }
}
