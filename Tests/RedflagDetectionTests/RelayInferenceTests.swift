import RedflagEnrichment
import RedflagEvents
import RedflagPrimitives
import Testing

@testable import RedflagDetection

/// A VPN exit the IP data does not list, told apart by how accounts use it (`RelayInference`).
@Suite struct RelayInferenceTests {
    /// IPXO-style leased space: a VPN provider's exits in the US, with no VPN flag in the data.
    static let unlistedExit = (IPNetwork("104.234.0.0/16")!, IPFacts(country: "US", asn: 834, asOrganization: "IPXO", location: Coordinate(latitude: 40.7, longitude: -74.0)))

    /// `people` accounts living in Germany on their home lines who switch a VPN on for an hour now and
    /// then, on a second device, and come out in New York: impossible jumps both ways.
    func vpnUsers(_ people: Int) -> Scenario {
        var s = Scenario()
        s.context = DetectionContext(ipIntelligence: StaticIPIntelligence(Scenario.networkEntries + [Self.unlistedExit]))
        for person in 0..<people {
            let account = "de-\(person)"
            s.profile(account, country: "DE")
            for day in 0..<12 {
                s.login(account, day: day, hour: 8, ip: "62.1.\(person).1", device: "laptop-\(person)")
                s.work(account, day: day, hour: 8, minutes: 240, ip: "62.1.\(person).1")
                if day % 3 == 0 {
                    s.login(account, day: day, hour: 13, ip: "104.234.\(person).9", device: "phone-\(person)")
                    s.login(account, day: day, hour: 14, ip: "62.1.\(person).1", device: "laptop-\(person)")
                }
            }
        }
        return s
    }

    @Test func anExitSeveralAccountsOnlyDetourThroughIsNotWhereTheyAre() {
        let result = vpnUsers(3).run()
        for assessment in result.assessments {
            #expect(!assessment.findings.contains { $0.rule == "network.country_hopping" }, "\(assessment.account): \(assessment.findings.map(\.summary))")
            let exit = result.states[assessment.account]?.network.addresses.first { $0.key.description.hasPrefix("104.234.") }?.value
            #expect(exit?.sample.kinds.contains(.inferredRelay) == true)
            #expect(exit?.sample.isPreciselyLocated == false)
            #expect(exit?.sample.evidence.facts.contains(Fact("network", "relay")) == true)
        }
    }

    /// Evaluating again (as after more events) infers from the IP data's facts, not from the marks
    /// of the last inference, so the same events give the same relays.
    @Test func evaluatingAgainInfersTheSameRelays() {
        let s = vpnUsers(3)
        var engine = DetectionEngine(context: s.context, config: s.config)
        let decoder = EventDecoder()
        for (index, line) in s.lines.enumerated() { engine.ingest(try! decoder.decode(line, at: SourceLocation(file: "scenario", line: index + 1))) }
        let first = engine.evaluate(), second = engine.evaluate()
        for result in [first, second] {
            for assessment in result.assessments {
                #expect(!assessment.findings.contains { $0.rule == "network.country_hopping" }, "\(assessment.account)")
            }
        }
    }

    /// Below `minimumAccounts` the exit cannot be told from a real place: the jumps count.
    @Test func oneOrTwoAccountsAreNotEnoughToCallANetworkARelay() {
        let result = vpnUsers(2).run()
        for assessment in result.assessments {
            #expect(assessment.findings.contains { $0.rule == "network.country_hopping" }, "\(assessment.account)")
        }
    }

    /// Accounts that work from China Unicom and now and then come out of a US home line (a
    /// residential proxy) vote for the US network; but it is home to most of its users — people who
    /// live on it — so it stays a place, and the jumps stay impossible travel.
    @Test func aNetworkThatIsHomeToItsUsersIsNeverARelay() {
        var s = Scenario()
        for person in 0..<3 {
            s.profile("us-\(person)")
            for day in 0..<12 { s.work("us-\(person)", day: day, hour: 15, minutes: 300, ip: "98.1.\(person).1") }
        }
        for person in 0..<3 {
            let account = "cn-\(person)"
            s.profile(account, country: "US")
            for day in 0..<12 {
                s.login(account, day: day, hour: 2, ip: "113.224.\(person).1", device: "desk-\(person)")
                s.work(account, day: day, hour: 2, minutes: 300, ip: "113.224.\(person).1")
                if day % 3 == 0 { s.login(account, day: day, hour: 8, ip: "73.9.\(person).1", device: "proxy-\(person)") }
            }
        }
        let result = s.run()
        for assessment in result.assessments where assessment.account.hasPrefix("cn-") {
            #expect(assessment.findings.contains { $0.rule == "network.country_hopping" }, "\(assessment.account)")
            #expect(result.states[assessment.account]?.network.addresses.values.allSatisfy { !$0.sample.kinds.contains(.inferredRelay) } == true)
        }
    }

    /// Sessions through an inferred relay count as anonymized, like those through a listed VPN. (The
    /// exit is home to de-0, which uses it most of the time, but to one of its four users only.)
    @Test func anInferredRelayCountsAsAnAnonymizer() {
        var s = vpnUsers(4)
        for day in 0..<12 {
            for hour in [16, 17, 18, 19, 20] { s.login("de-0", day: day, hour: hour, ip: "104.234.0.9", device: "phone-0") }
        }
        let result = s.run()
        let network = result.states["de-0"]!.network
        #expect(network.anonymizedCount == 12 * 5 + 4)
        #expect(result.assessments.first { $0.account == "de-0" }?.findings.contains { $0.rule == "network.anonymizer" } == true)
    }
}

/// An address the IP data's sources place in different countries says nothing about where its user is.
@Suite struct DisputedLocationTests {
    /// A Ukrainian home line whose block the newer source places in the US (transferred or leased).
    static let movedBlock = (IPNetwork("95.134.0.0/16")!, IPFacts(country: "US", asn: 6849, asOrganization: "UKRTELECOM", kinds: .disputedLocation))

    @Test func aHomeLineInADisputedBlockIsNotAbroad() {
        var s = Scenario()
        s.context = DetectionContext(ipIntelligence: StaticIPIntelligence(Scenario.networkEntries + [Self.movedBlock]))
        s.profile("ua", country: "UA")
        for day in 0..<20 { s.work("ua", day: day, hour: 7, minutes: 480, ip: "95.134.1.1") }
        let result = s.run()
        #expect(result.assessments.first?.findings.isEmpty == true, "\(result.assessments.first?.findings.map(\.summary) ?? [])")
        let home = result.states["ua"]?.network.addresses.values.first?.sample
        #expect(home?.isPreciselyLocated == false)
        #expect(home?.evidence.facts.contains(Fact("network", "disputed-location")) == true)
    }

    /// Without the dispute the same sessions are a month in another country than claimed.
    @Test func theSameLineUndisputedIsAbroad() {
        var s = Scenario()
        var undisputed = Self.movedBlock
        undisputed.1.kinds = []
        s.context = DetectionContext(ipIntelligence: StaticIPIntelligence(Scenario.networkEntries + [undisputed]))
        s.profile("ua", country: "UA")
        for day in 0..<20 { s.work("ua", day: day, hour: 7, minutes: 480, ip: "95.134.1.1") }
        #expect(s.finding("network.country_mismatch", on: "ua") != nil)
    }
}
