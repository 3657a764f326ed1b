import Foundation
import Testing

@Suite struct ScanCommandTests {
    let example = CommandRunner.packageRoot.appendingPathComponent("docs/example.ndjson").path

    @Test func scansTheSpecExampleAsNDJSON() throws {
        let result = try CommandRunner.run(["scan", example, "--format", "ndjson", "--no-bundled-db"])
        #expect(result.status == 0, "\(result.standardError)")
        let lines = result.standardOutput.split(separator: "\n")
        #expect(lines.count == 2)
        let first = try #require(try JSONSerialization.jsonObject(with: Data(lines[0].utf8)) as? [String: Any])
        #expect(first["account"] as? String == "emp-2002")
        let rules = (first["findings"] as? [[String: Any]] ?? []).compactMap { $0["rule"] as? String }
        for rule in ["endpoint.ip_kvm", "endpoint.remote_access", "network.dprk_space", "identity.document", "interview.no_video"] {
            #expect(rules.contains(rule), "\(rule) in \(rules)")
        }
        #expect(rules.contains("identity.references"), "silverstarchina.com is a seized front domain")
        #expect(result.standardError.contains("events read: 16"))
    }

    /// Sessions keep their source file as a number in the scan; evidence must still name the right file
    /// and line when events of one account come from several files, in any order.
    @Test func evidenceNamesTheFileAndLineOfEachSession() throws {
        let directory = try CommandRunner.temporaryDirectory()
        func login(_ day: Int, _ ip: String) -> String {
            #"{"type":"login","id":"l\#(day)","time":"2026-05-0\#(day)T09:00:00Z","account":"a","ip":"\#(ip)"}"#
        }
        let files = [("first.ndjson", [login(1, "73.1.1.1"), login(2, "73.1.1.2")]),
                     ("second.ndjson", [login(3, "73.1.1.3"), login(4, "175.45.176.9")]),
                     ("third.ndjson", [login(5, "73.1.1.5")])]
        for (name, lines) in files { try Data(lines.joined(separator: "\n").utf8).write(to: directory.appendingPathComponent(name)) }
        let paths = ["first.ndjson", "second.ndjson", "third.ndjson", "first.ndjson"].map { directory.appendingPathComponent($0).path }
        let result = try CommandRunner.run(["scan"] + paths + ["--format", "ndjson", "--no-bundled-db"])
        #expect(result.status == 0, "\(result.standardError)")
        let account = try #require(try JSONSerialization.jsonObject(with: Data(result.standardOutput.utf8)) as? [String: Any])
        let findings = account["findings"] as? [[String: Any]] ?? []
        let dprk = try #require(findings.first { $0["rule"] as? String == "network.dprk_space" })
        let evidence = try #require((dprk["evidence"] as? [[String: Any]])?.first)
        #expect(evidence["event"] as? String == "l4")
        #expect(evidence["source"] as? String == directory.appendingPathComponent("second.ndjson").path + ":2")
    }

    @Test func badLinesAreReportedWithLineAndFieldAndTheRestIsKept() throws {
        let directory = try CommandRunner.temporaryDirectory()
        let file = directory.appendingPathComponent("mixed.ndjson")
        let lines = [
            #"{"type":"login","time":"2026-05-02T14:03:11Z","account":"a","ip":"73.162.10.21"}"#,
            #"{"type":"login","time":"2026-05-02T14:03:11Z","account":"a","ip":"999.1.1.1"}"#,
            #"not json"#,
            #"{"type":"account","time":"2026-05-02T14:03:11Z","account":"b","country":"Narnia"}"#,
        ]
        try Data(lines.joined(separator: "\n").utf8).write(to: file)
        let result = try CommandRunner.run(["scan", file.path, "--format", "ndjson", "--no-bundled-db"])
        #expect(result.status == 0)
        #expect(result.standardError.contains("mixed.ndjson:2: ip: "))
        #expect(result.standardError.contains("mixed.ndjson:3: json: "))
        #expect(result.standardError.contains("mixed.ndjson:4: country: "))
        #expect(result.standardError.contains("rejected: 3"))
        #expect(result.standardOutput.contains(#""account":"a""#))
    }

    @Test func readsStandardInputAndGzip() throws {
        let data = try Data(contentsOf: URL(fileURLWithPath: example))
        let plain = try CommandRunner.run(["scan", "-", "--format", "ndjson", "--no-bundled-db"], input: data)
        #expect(plain.status == 0)
        let directory = try CommandRunner.temporaryDirectory()
        let gzip = Process()
        gzip.executableURL = URL(fileURLWithPath: "/bin/sh")
        gzip.arguments = ["-c", "gzip -c '\(example)' > '\(directory.path)/example.ndjson.gz'"]
        try gzip.run()
        gzip.waitUntilExit()
        let compressed = try CommandRunner.run(["scan", directory.path + "/example.ndjson.gz", "--format", "ndjson", "--no-bundled-db"])
        let withoutSources = { (text: String) in text.replacingOccurrences(of: #""source":"[^"]*","#, with: "", options: .regularExpression) }
        #expect(withoutSources(compressed.standardOutput) == withoutSources(plain.standardOutput))
        #expect(plain.standardOutput.contains(#""source":"<stdin>:"#))
        #expect(!plain.standardOutput.isEmpty)
    }

    @Test func writesHTMLAndJSONReports() throws {
        let directory = try CommandRunner.temporaryDirectory()
        let html = directory.appendingPathComponent("out/report.html").path
        // The example's flagged account signs in only once, and fails: charts need a session of its own.
        let events = directory.appendingPathComponent("events.ndjson")
        let signIn = #"{"type":"login","time":"2026-05-12T14:00:00Z","account":"emp-2002","ip":"98.204.7.33","device":"corp-4411"}"#
        try Data((try String(contentsOfFile: example, encoding: .utf8) + signIn + "\n").utf8).write(to: events)
        let result = try CommandRunner.run(["scan", events.path, "--format", "html", "--output", html, "--no-bundled-db"])
        #expect(result.status == 0, "\(result.standardError)")
        let page = try String(contentsOfFile: html, encoding: .utf8)
        #expect(page.contains("emp-2002"))
        #expect(page.contains("aria-label=\"activity by hour of day\""))
        let json = try CommandRunner.run(["scan", example, "--format", "json", "--no-bundled-db"])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.standardOutput.utf8)) as? [String: Any])
        #expect(object["clusters"] is [Any])
        #expect((object["summary"] as? [String: Any])?["events"] as? Int == 16)
    }

    @Test func rulesFileIsAppliedAndItsErrorsNamed() throws {
        let directory = try CommandRunner.temporaryDirectory()
        let rules = directory.appendingPathComponent("rules.yaml")
        try Data("rules:\n  endpoint.ip_kvm:\n    enabled: false\n".utf8).write(to: rules)
        let result = try CommandRunner.run(["scan", example, "--format", "ndjson", "--rules", rules.path, "--no-bundled-db"])
        #expect(result.status == 0)
        #expect(!result.standardOutput.contains("endpoint.ip_kvm"))
        try Data("rules:\n  endpoint.ip_kvm:\n    wieght: 2\n".utf8).write(to: rules)
        let bad = try CommandRunner.run(["scan", example, "--rules", rules.path, "--no-bundled-db"])
        #expect(bad.status != 0)
        #expect(bad.standardError.contains("rules.endpoint.ip_kvm.wieght"))
    }

    @Test func rulesCatalogueRoundTripsAsYAML() throws {
        let catalogue = try CommandRunner.run(["rules"])
        #expect(catalogue.status == 0)
        for id in ["network.country_mismatch", "payout.holder_mismatch", "reviews.farming", "endpoint.ip_kvm"] {
            #expect(catalogue.standardOutput.contains(id))
        }
        let yaml = try CommandRunner.run(["rules", "--yaml"])
        let directory = try CommandRunner.temporaryDirectory()
        let file = directory.appendingPathComponent("defaults.yaml")
        try Data(yaml.standardOutput.utf8).write(to: file)
        let applied = try CommandRunner.run(["rules", "--rules", file.path])
        #expect(applied.status == 0, "\(applied.standardError)")
        #expect(applied.standardOutput == catalogue.standardOutput)
    }

    @Test func linksCommandShowsSharedIdentifiers() throws {
        let directory = try CommandRunner.temporaryDirectory()
        let file = directory.appendingPathComponent("pair.ndjson")
        let lines = [
            #"{"type":"payout","time":"2026-05-02T00:00:00Z","account":"a","destination":"iban:1"}"#,
            #"{"type":"payout","time":"2026-05-03T00:00:00Z","account":"b","destination":"iban:1"}"#,
        ]
        try Data(lines.joined(separator: "\n").utf8).write(to: file)
        let result = try CommandRunner.run(["links", "a", file.path, "--no-bundled-db"])
        #expect(result.status == 0, "\(result.standardError)")
        #expect(result.standardOutput.contains("b  weight"))
        #expect(result.standardOutput.contains("payout_destination iban:1"))
    }

    /// Addresses of one network used at different hours: one counts, the other is listed as not counted.
    @Test func linksCommandSaysWhichAddressesCount() throws {
        let directory = try CommandRunner.temporaryDirectory()
        let file = directory.appendingPathComponent("pool.ndjson")
        var lines: [String] = []
        for (account, hour) in [("a", "08"), ("b", "20")] {
            for (day, ip) in [("02", "73.1.1.1"), ("03", "73.1.1.2")] {
                lines.append(#"{"type":"login","time":"2026-05-\#(day)T\#(hour):00:00Z","account":"\#(account)","ip":"\#(ip)"}"#)
            }
        }
        lines.append(#"{"type":"payout","time":"2026-05-04T00:00:00Z","account":"a","destination":"iban:1"}"#)
        lines.append(#"{"type":"payout","time":"2026-05-05T00:00:00Z","account":"b","destination":"iban:1"}"#)
        try Data(lines.joined(separator: "\n").utf8).write(to: file)
        let result = try CommandRunner.run(["links", "a", file.path, "--no-bundled-db"])
        #expect(result.status == 0, "\(result.standardError)")
        let ipLines = result.standardOutput.split(separator: "\n").filter { $0.contains("ip 73.1.1.") }
        #expect(ipLines.count == 2)
        #expect(ipLines.filter { $0.contains("different hours, weight 0.50") }.count == 1, "\(result.standardOutput)")
        #expect(ipLines.filter { $0.contains("not counted (same network") }.count == 1, "\(result.standardOutput)")
    }

    @Test func benchLinkPrintsSecondsAndClusters() throws {
        let result = try CommandRunner.run(["bench", "link", "--accounts", "2000", "--identifiers", "1500", "--edges", "3000"])
        #expect(result.status == 0)
        let lines = result.standardOutput.split(separator: "\n")
        #expect(lines.first?.hasSuffix(" s") == true)
        #expect(Double(lines.first?.dropLast(2) ?? "") != nil)
        #expect(lines.dropFirst().first?.contains("clusters") == true)
    }

    @Test func ipCommandKnowsNorthKoreaAndHosting() throws {
        guard let database = CommandRunner.bundledDatabase() else { return }
        let result = try CommandRunner.run(["ip", "175.45.176.1", "159.89.1.1"], environment: ["REDFLAG_IPDB": database])
        let lines = result.standardOutput.split(separator: "\n").compactMap { try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any] }
        #expect(lines.first?["country"] as? String == "KP")
        #expect((lines.last?["flags"] as? [String])?.contains("hosting") == true)
    }

    /// Every process hashes with its own random seed, so anything that leans on the order of a
    /// `Dictionary` or `Set` shows up as two scans of one file disagreeing. (Before evidence of one
    /// event was ordered by its facts, three scans of this population gave three outputs.)
    @Test func separateProcessesWriteTheSameReport() throws {
        guard let database = CommandRunner.bundledDatabase() else { return }
        let directory = try CommandRunner.temporaryDirectory()
        let simulated = try CommandRunner.run(["simulate", "--accounts", "300", "--days", "20", "--seed", "11", directory.path])
        #expect(simulated.status == 0, "\(simulated.standardError)")
        let arguments = ["scan", directory.appendingPathComponent("events.ndjson").path, "--format", "ndjson",
            "--data-dir", directory.appendingPathComponent("no-lists").path]
        let reports = try (0..<3).map { _ in try CommandRunner.run(arguments, environment: ["REDFLAG_IPDB": database]) }
        #expect(reports.allSatisfy { $0.status == 0 })
        #expect(reports[0].standardOutput.split(separator: "\n").count == 300)
        #expect(reports[1].standardOutput == reports[0].standardOutput)
        #expect(reports[2].standardOutput == reports[0].standardOutput)
    }
}
