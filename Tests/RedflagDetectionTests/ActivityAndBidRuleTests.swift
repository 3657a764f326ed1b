import RedflagPrimitives
import Testing

@testable import RedflagDetection

@Suite struct ActivityAndBidRuleTests {
    @Test func marathonNeedsThreeLongDays() {
        var s = Scenario()
        s.profile("a")
        for day in 0..<2 { s.work("a", day: day, hour: 0, minutes: 900) }
        s.work("a", day: 2, hour: 0, minutes: 840)  // exactly 14 h: not over
        #expect(s.finding("activity.marathon", on: "a") == nil)
        s.work("a", day: 3, hour: 0, minutes: 841)
        #expect(s.finding("activity.marathon", on: "a")?.summary.contains("3 days over 14 h") == true)
    }

    /// A single-sign-on session, a VPN session and the time tracker of the same ten hours are one
    /// person's same work; two shifts one after the other are twenty hours.
    @Test func overlappingSegmentsOfOneDayCountOnce() {
        var sameHours = Scenario(), shifts = Scenario()
        sameHours.profile("a")
        shifts.profile("a")
        for day in 0..<4 {
            sameHours.work("a", day: day, hour: 8, minutes: 600)
            sameHours.add("work", "a", Scenario.time(day, 8, 5), ["minutes": 590, "source": "vpn"])
            sameHours.add("work", "a", Scenario.time(day, 9), ["minutes": 480, "source": "timetracker"])
            shifts.work("a", day: day, hour: 2, minutes: 600)
            shifts.work("a", day: day, hour: 12, minutes: 600)
        }
        #expect(sameHours.finding("activity.marathon", on: "a") == nil)
        #expect(sameHours.run().states["a"]?.activity.days.values.map(\.workedMinutes).max() == 600)
        #expect(shifts.finding("activity.marathon", on: "a")?.summary.contains("4 days over 14 h worked (longest 20.0 h)") == true)
    }

    @Test func clientAccountsAreNotHeldToOnePersonsHoursAndPlaces() throws {
        // A client company's account, used round the clock by staff in Chicago, London and Seoul.
        func run(kind: String) -> Set<String> {
            var s = Scenario()
            s.profile("c", ["kind": kind])
            for day in 0..<10 {
                for hour in stride(from: 0, to: 24, by: 3) {
                    s.login("c", day: day, hour: hour, ip: ["73.1.1.1", "81.2.69.10", "211.1.1.1"][hour / 3 % 3])
                }
                s.work("c", day: day, hour: 0, minutes: 900)
            }
            s.login("c", day: 4, hour: 2, ip: "175.45.176.10")
            return Set(s.findings("c").map(\.rule))
        }
        let worker = run(kind: "freelancer")
        let client = run(kind: "client")
        let onePerson: Set = ["activity.marathon", "activity.always_on", "network.country_mismatch", "network.country_hopping"]
        #expect(onePerson.isSubset(of: worker), "\(worker.sorted())")
        #expect(client.isDisjoint(with: onePerson), "\(client.sorted())")
        #expect(client.contains("network.dprk_space"), "North Korean address space counts on any account")
        let notForClients = RuleCatalogue.all.filter { !$0.metadata.appliesToClients }.map(\.metadata.id)
        #expect(Set(notForClients).isSuperset(of: onePerson))
        #expect(!notForClients.contains { $0.hasPrefix("identity.") || $0.hasPrefix("device.") || $0 == "network.shared_ip" })
    }

    @Test func alwaysOnFiresWithoutAFourHourGap() {
        var s = Scenario()
        s.profile("a")
        for day in 0..<5 {
            for hour in stride(from: 0, to: 24, by: 3) { s.login("a", day: day, hour: hour, ip: "73.1.1.1") }
        }
        #expect(s.finding("activity.always_on", on: "a") != nil)
        var sleeper = Scenario()
        sleeper.profile("a")
        for day in 0..<5 {
            for hour in stride(from: 8, to: 24, by: 2) { sleeper.login("a", day: day, hour: hour, ip: "73.1.1.1") }
        }
        #expect(sleeper.finding("activity.always_on", on: "a") == nil)
        #expect(AlwaysOnRule.longestGap(0, from: 0) == 24)
    }

    @Test func gapTestAgreesWithScanningEveryWindow() {
        var generator = SplitMix64(seed: 11)
        for trial in 0..<3_000 {
            // Sparse to dense days, so that both answers occur.
            let density = trial % 6
            var mask: UInt64 = 0
            for hour in 0..<48 where Int(generator.next() % 6) < density { mask |= 1 << UInt64(hour) }
            for gap in [1, 2, 4, 7, 12, 24] {
                let scanned = (0..<24).contains { AlwaysOnRule.longestGap(mask, from: $0) < gap }
                #expect(AlwaysOnRule.hasWindowWithoutGap(mask, gap: gap) == scanned, "mask \(mask) gap \(gap)")
            }
        }
    }

    @Test func offHoursUsesTheClaimedZone() {
        var s = Scenario()
        s.profile("a", ["timezone": "America/Chicago"])
        var local = Scenario()
        local.profile("a", ["timezone": "Asia/Seoul"])
        for day in 0..<20 {
            // 00:00–08:00 UTC: Seoul daytime, Chicago night.
            s.work("a", day: day, hour: 0, minutes: 480)
            local.work("a", day: day, hour: 0, minutes: 480)
        }
        #expect(s.finding("activity.off_hours", on: "a")?.summary.contains("America/Chicago") == true)
        #expect(local.finding("activity.off_hours", on: "a") == nil)
        var short = Scenario()
        short.profile("a", ["timezone": "America/Chicago"])
        for day in 0..<13 { short.work("a", day: day, hour: 0, minutes: 480) }
        #expect(short.finding("activity.off_hours", on: "a") == nil, "fewer than 14 active days")
    }

    /// Sessions that leak from China and a working day on China's daytime point to one place.
    @Test func offHoursOnTheDaytimeOfALeakCountsMore() throws {
        func offHours(leakFrom ip: String?, startingAt hour: Int) throws -> Finding? {
            var s = Scenario()
            s.context.geography = try DirectoryGeography.bundled()
            s.profile("a", ["timezone": "America/Chicago"])
            for day in 0..<20 { s.work("a", day: day, hour: hour, minutes: 480, ip: "45.1.1.\(day)") }
            if let ip { s.login("a", day: 10, hour: hour + 1, ip: ip) }
            return s.finding("activity.off_hours", on: "a")
        }
        // 01:00–09:00 UTC: 09:00–17:00 in Beijing, night in Chicago.
        let alone = try #require(try offHours(leakFrom: nil, startingAt: 1))
        let corroborated = try #require(try offHours(leakFrom: "113.230.1.1", startingAt: 1))
        #expect(corroborated.summary.contains("daytime in CN"))
        #expect(corroborated.weight == alone.weight * 2)
        #expect(corroborated.evidence.contains { $0.facts.contains(Fact("ip", "113.230.1.1")) })
        // 08:00–16:00 UTC: 02:00–10:00 in Chicago, 16:00–24:00 in Beijing — not its daytime.
        let evening = try #require(try offHours(leakFrom: "113.230.1.1", startingAt: 8))
        #expect(!evening.summary.contains("daytime in"))
        // Russia's clocks span ten hours: some zone has daytime whenever the account works.
        let russia = try #require(try offHours(leakFrom: "95.25.1.1", startingAt: 1))
        #expect(!russia.summary.contains("daytime in"))
    }

    /// Twenty accounts sending four bids a day on three days.
    func bidders() -> Scenario {
        var s = Scenario()
        for account in 0..<20 {
            s.profile("p\(account)")
            for day in 0..<3 { for bid in 0..<4 { s.add("bid", "p\(account)", Scenario.time(day, 10, bid)) } }
        }
        return s
    }

    @Test func burstIsMeasuredAgainstThePopulation() {
        var s = bidders()
        s.profile("x")
        for bid in 0..<31 { s.add("bid", "x", Scenario.time(1, 10, bid)) }
        #expect(s.finding("bids.burst", on: "x") != nil)
        #expect(s.finding("bids.burst", on: "p0") == nil)
        var thirty = Scenario()
        thirty.profile("x")
        for bid in 0..<30 { thirty.add("bid", "x", Scenario.time(1, 10, bid)) }
        #expect(thirty.finding("bids.burst", on: "x") == nil)
        // Equally busy days: the summary names the earliest, whatever order the days are stored in.
        var twice = bidders()
        twice.profile("x")
        for day in [9, 4, 6] { for bid in 0..<31 { twice.add("bid", "x", Scenario.time(day, 10, bid)) } }
        let summary = twice.finding("bids.burst", on: "x")?.summary ?? ""
        #expect(summary.contains("3 days") && summary.contains("most: 31 on 2026-03-05"), "\(summary)")
    }

    @Test func throttledBiddingEveryDay() {
        var s = Scenario()
        s.profile("a")
        for day in 0..<21 { s.add("bid", "a", Scenario.time(day, 9)) }
        #expect(s.finding("bids.throttled", on: "a") != nil)
        var gaps = Scenario()
        gaps.profile("a")
        for day in 0..<30 where day % 3 != 0 { gaps.add("bid", "a", Scenario.time(day, 9)) }
        #expect(gaps.finding("bids.throttled", on: "a") == nil)
    }

    @Test func templateAcrossUnrelatedAccounts() {
        let template = "Hello! I am a senior full stack developer with 8 years of experience in React, Node.js and AWS. I have read your job post carefully and I can start right now."
        var s = Scenario()
        for (index, account) in ["a", "b"].enumerated() {
            s.profile(account)
            s.add("bid", account, Scenario.time(index, 9), ["text": template.replacingOccurrences(of: "8 years", with: "\(8 + index) years")])
        }
        s.profile("c")
        s.add("bid", "c", Scenario.time(0, 9), ["text": "I build data pipelines in Python and Airflow; my last project moved a retailer's nightly batch jobs to streaming with Kafka."])
        #expect(s.finding("bids.template", on: "a")?.summary.contains("b") == true)
        #expect(s.finding("bids.template", on: "c") == nil)
    }

    /// A proposal of its own per account: 40 words drawn from a vocabulary, so that no two are alike.
    static func ownProposal(_ seed: Int) -> String {
        var state = UInt64(seed) &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
        return (0..<40).map { _ in
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return "w\(state >> 33 % 5_000)"
        }.joined(separator: " ")
    }

    static let stockProposal = "Hello! I am a senior full stack developer with 8 years of experience in React, Node.js and AWS. I have read your job post carefully and I can start right now."

    /// Sixty bidders: `sharing` of them send the stock proposal (a year count changed), the rest texts of their own.
    func bidders(sharing: Int) -> Scenario {
        var s = Scenario()
        for index in 0..<60 {
            let account = "b\(index)"
            s.profile(account)
            let text = index < sharing ? Self.stockProposal.replacingOccurrences(of: "8 years", with: "\(8 + index % 20) years") : Self.ownProposal(index)
            s.add("bid", account, Scenario.time(index % 20, 9), ["text": text])
        }
        return s
    }

    /// A team of three sharing a text among bidders who write their own stands out: full weight.
    /// When nearly every bidder sends stock phrases, a near-duplicate is what any proposal looks like.
    @Test func templateWeighsLessWhereMostBiddersShareOne() throws {
        let team = try #require(bidders(sharing: 3).finding("bids.template", on: "b0"))
        #expect(team.weight == 0.8 * 1.2)
        #expect(!team.summary.contains("of bidders share"))
        let stock = try #require(bidders(sharing: 60).finding("bids.template", on: "b0"))
        #expect(stock.weight < 0.25 * 0.8 * 1.6, "a quarter of what 59 partners give at full weight: \(stock.weight)")
        #expect(stock.summary.contains("100 % of bidders share a proposal text here"), "\(stock.summary)")
    }

    /// A share measured on a handful of bidders says little: two of three sharing a text is not a
    /// population of stock phrases (the share is taken as if 50 more bidders shared at the typical 10 %).
    @Test func aFewBiddersCannotMakeSharingLookCommon() throws {
        var s = Scenario()
        s.profile("a")
        s.profile("b")
        s.add("bid", "a", Scenario.time(0, 9), ["text": Self.stockProposal])
        s.add("bid", "b", Scenario.time(1, 9), ["text": Self.stockProposal.replacingOccurrences(of: "8 years", with: "9 years")])
        let finding = try #require(s.finding("bids.template", on: "a"))
        #expect(finding.weight >= 0.8 * 0.85, "\(finding.weight)")
    }

    @Test func clientTargetingNeedsTwentyBids() {
        var s = Scenario()
        s.profile("a")
        for index in 0..<20 { s.add("bid", "a", Scenario.time(index, 9), ["client_country": ["US", "GB", "AU", "IL"][index % 4]]) }
        #expect(s.finding("bids.client_targeting", on: "a") != nil)
        s.add("bid", "a", Scenario.time(30, 9), ["client_country": "DE"])
        #expect(s.finding("bids.client_targeting", on: "a") == nil)
    }
}
