import Foundation
import RedflagEvents
import RedflagPrimitives
import Testing

@testable import RedflagDetection

@Suite struct EngineTests {
    /// A small mixed population: one proxy-like account, honest ones, shared identifiers.
    static func population() -> Scenario {
        var s = Scenario()
        s.profile("proxy", name: "Kevin Walker", ["timezone": "America/Chicago"])
        s.profile("honest", name: "Dana Fox", ["timezone": "America/Chicago"])
        s.profile("partner", name: "Amy Chen")
        for day in 0..<20 {
            s.login("proxy", day: day, hour: 2, ip: "185.1.1.\(day)", device: "dev-x")
            s.work("proxy", day: day, hour: 0, minutes: 600, ip: "185.1.1.\(day)")
            s.login("honest", day: day, hour: 15, ip: "73.2.2.2", device: "dev-h")
            s.login("partner", day: day, hour: 3, ip: "185.2.2.2", device: "dev-x")
        }
        s.login("proxy", day: 5, hour: 4, ip: "113.230.1.1")
        s.add("payout", "proxy", Scenario.time(3, 0), ["destination": "iban:9", "holder": "Li Wei", "country": "CN"])
        s.add("payout", "partner", Scenario.time(3, 0), ["destination": "iban:9", "holder": "Li Wei"])
        for (day, holder) in [(6, "Li Wei"), (9, "Zhang Min"), (12, "Li Wei")] {
            s.add("payout", "proxy", Scenario.time(day, 0), ["destination": "iban:\(day)", "holder": holder, "method": day == 9 ? "crypto" : "bank", "wallet": "w\(day)"])
        }
        s.login("proxy", day: 30, hour: 3, ip: "211.1.1.1", device: "dev-late-a")
        s.login("proxy", day: 30, hour: 2, ip: "211.1.1.2", device: "dev-late-b")
        return s
    }

    func ndjson(_ result: DetectionResult) -> [String] {
        result.assessments.map { assessment in
            "\(assessment.account) \(assessment.score) " + assessment.findings.map { "\($0.rule)=\($0.weight):\($0.summary):\($0.evidence.map(\.eventID))" }.joined(separator: "|")
        }
    }

    @Test func resultDoesNotDependOnLineOrder() {
        let s = Self.population()
        let forward = ndjson(s.run())
        var generator = SplitMix64(seed: 99)
        for _ in 0..<3 {
            let shuffled = ndjson(s.run(lines: s.lines.shuffled(using: &generator)))
            #expect(shuffled == forward)
        }
    }

    /// One event can be evidence twice (a profile update's email and its phone); which one a rule
    /// cites as the earliest must not depend on the order a dictionary hands them over, which
    /// changes from process to process.
    @Test func evidenceOfOneEventIsOrderedByItsFacts() {
        let time = Timestamp(rfc3339: Scenario.time(1, 9))!
        let email = Evidence(time: time, eventID: "e1", account: "a", facts: [Fact("email", "x@example.com")])
        let phone = Evidence(time: time, eventID: "e1", account: "a", facts: [Fact("phone", "+1 512 555 0147")])
        #expect(email < phone && !(phone < email))
        #expect([email, phone].min() == email && [phone, email].min() == email)
        let later = Evidence(time: time, eventID: "e2", account: "a", facts: [Fact("email", "a@example.com")])
        #expect(phone < later)
        #expect(!(email < email))
    }

    /// Thousands of sessions force the network log to merge several times while folding; the
    /// summaries must come out the same whatever the order, and count every session once.
    @Test func networkSummariesSurviveMergingInAnyOrder() throws {
        var s = Scenario()
        s.profile("busy", name: "Dana Fox")
        let addresses = ["73.2.2.2", "73.2.2.3", "81.2.69.160", "185.1.1.1", "172.56.1.1"]
        func slot(_ index: Int) -> (day: Int, hour: Int, minute: Int) { (index % 40 + index / 960 * 40, (index / 40) % 24, index % 60) }
        for index in 0..<3_000 {
            let (day, hour, minute) = slot(index)
            s.login("busy", day: day, hour: hour, minute: minute, ip: addresses[index % addresses.count], device: "dev-\(index % 3)")
        }
        var generator = SplitMix64(seed: 7)
        let forward = try #require(s.run().states["busy"]).network
        let shuffled = try #require(s.run(lines: s.lines.shuffled(using: &generator)).states["busy"]).network
        #expect(forward.sessionCount == 3_000)
        #expect(forward.addresses.values.reduce(0) { $0 + $1.count } == 3_000)
        #expect(forward.addresses.count == addresses.count)
        #expect(forward.dailyAnonymized.values.reduce(0, +) == 600)
        #expect(forward.dailyCountries.values.reduce(0) { $0 + $1.values.reduce(0, +) } == 1_800)
        #expect(forward.orderedSightings.map(\.eventID) == shuffled.orderedSightings.map(\.eventID))
        #expect(forward.orderedSightings == forward.orderedSightings.sorted())
        #expect(forward.dailyCountries == shuffled.dailyCountries)
        #expect(forward.anonymizedSamples.map(\.eventID) == shuffled.anonymizedSamples.map(\.eventID))
        // Brute force: the earliest session of each hour on the VPN address, and the earliest of those.
        let vpnTimes = (0..<3_000).filter { addresses[$0 % addresses.count] == "185.1.1.1" }.map { index in
            let (day, hour, minute) = slot(index)
            return Timestamp(rfc3339: Scenario.time(day, hour, minute))!
        }
        let firstPerHour = Dictionary(grouping: vpnTimes, by: floorHour).values.map { $0.min()! }.sorted()
        #expect(forward.anonymizedSamples.map(\.time) == Array(firstPerHour.prefix(Evidence.limit)))
        #expect(forward.addresses.values.allSatisfy { $0.hours == $0.hours.sorted() && Set($0.hours).count == $0.hours.count })
        for (address, usage) in forward.addresses {
            let other = try #require(shuffled.addresses[address])
            #expect((usage.count, usage.firstSeen, usage.lastSeen, usage.hours, usage.sample.eventID) == (other.count, other.firstSeen, other.lastSeen, other.hours, other.sample.eventID))
        }
    }

    /// The engine keeps folding after an evaluation (as a server would): evaluating half the
    /// events, then ingesting the rest and evaluating again, gives what one pass gives.
    @Test func evaluatingMidwayChangesNothing() {
        let s = Self.population()
        var engine = DetectionEngine(context: s.context)
        let decoder = EventDecoder()
        let half = s.lines.count / 2
        for (index, line) in s.lines.enumerated() {
            if index == half { _ = engine.evaluate() }
            engine.ingest(try! decoder.decode(line, at: SourceLocation(file: "scenario", line: index + 1)))
        }
        #expect(ndjson(engine.evaluate()) == ndjson(s.run()))
    }

    @Test func addressUsagesShareAnHourOnlyWhenTheyOverlap() throws {
        var s = Scenario()
        for account in ["a", "b", "c"] { s.profile(account) }
        for day in 0..<3 {
            s.login("a", day: day, hour: 9, ip: "73.5.5.5")
            s.login("b", day: day + 1, hour: 9, minute: 30, ip: "73.5.5.5")
            s.login("c", day: day, hour: 20, ip: "73.5.5.5")
        }
        let states = s.run().states
        let address = try #require(IPAddress("73.5.5.5"))
        let (a, b, c) = (try #require(states["a"]?.network.addresses[address]), try #require(states["b"]?.network.addresses[address]),
            try #require(states["c"]?.network.addresses[address]))
        #expect(a.sharesAnHour(with: b) && b.sharesAnHour(with: a))
        #expect(!a.sharesAnHour(with: c) && !c.sharesAnHour(with: b))
    }

    @Test func redeliveredEventsCountOnce() {
        let s = Self.population()
        var engine = DetectionEngine(context: s.context)
        let once = s.run()
        let twice = s.run(lines: s.lines + s.lines)
        #expect(ndjson(once) == ndjson(twice))
        _ = engine
        engine = DetectionEngine(context: s.context)
    }

    @Test func rulesFileChangesWeightsThresholdsAndSwitchesRulesOff() throws {
        var s = Self.population()
        let before = s.finding("network.anonymizer", on: "proxy")
        #expect(before != nil)
        s.config = try RuleConfig(yaml: "rules:\n  network.anonymizer:\n    enabled: false\n  payout.foreign:\n    weight: 2.5\n", catalogue: RuleCatalogue.all)
        #expect(s.finding("network.anonymizer", on: "proxy") == nil)
        #expect(s.finding("payout.foreign", on: "proxy")?.weight == 2.5)
        s.config = try RuleConfig(yaml: "rules:\n  network.anonymizer:\n    min_share: 0.99\n", catalogue: RuleCatalogue.all)
        #expect(s.finding("network.anonymizer", on: "proxy") == nil)
    }

    @Test func rulesFileErrorsNameTheKey() {
        #expect(throws: RuleConfigError.self) { try RuleConfig(yaml: "rules:\n  network.nope:\n    weight: 1\n", catalogue: RuleCatalogue.all) }
        do {
            _ = try RuleConfig(yaml: "rules:\n  network.anonymizer:\n    min_shar: 0.5\n", catalogue: RuleCatalogue.all)
            Issue.record("expected an error")
        } catch {
            #expect(error.path == "rules.network.anonymizer.min_shar")
            #expect(error.reason.contains("min_share"))
        }
        #expect(throws: RuleConfigError.self) { try RuleConfig(yaml: "rules:\n  network.anonymizer:\n    weight: high\n", catalogue: RuleCatalogue.all) }
    }

    @Test func catalogueIdsAreUniqueAndDocumented() {
        let ids = RuleCatalogue.all.map(\.metadata.id)
        #expect(Set(ids).count == ids.count)
        #expect(ids.count >= 32)
        for rule in RuleCatalogue.all {
            #expect(!rule.metadata.sources.isEmpty, "\(rule.metadata.id)")
            #expect(rule.metadata.description.count > 40, "\(rule.metadata.id)")
        }
    }

    @Test func everyFindingCarriesEvidence() {
        for assessment in Self.population().run().assessments {
            for finding in assessment.findings where finding.rule != "activity.off_hours" {
                #expect(!finding.evidence.isEmpty, "\(finding.rule)")
            }
        }
    }
}
