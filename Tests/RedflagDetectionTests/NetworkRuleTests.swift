import RedflagEnrichment
import Testing

@testable import RedflagDetection

@Suite struct NetworkRuleTests {
    /// `days` days of one login a day from `ip` for `account`, starting at `from`.
    func daily(_ s: inout Scenario, _ account: String, ip: String, days: Range<Int>, hour: Int = 15) {
        for day in days { s.login(account, day: day, hour: hour, ip: ip) }
    }

    @Test func countryMismatchFiresWhenMostSessionsAreAbroad() {
        var s = Scenario()
        s.profile("a")
        daily(&s, "a", ip: "211.1.1.1", days: 0..<10)
        daily(&s, "a", ip: "73.1.1.1", days: 10..<14)
        let finding = s.finding("network.country_mismatch", on: "a")
        #expect(finding != nil)
        #expect(finding?.summary.contains("10 of 14") == true)
        #expect(finding?.evidence.first?.facts.contains(Fact("country", "KR")) == true)
    }

    @Test func countryMismatchSparesATrip() {
        var s = Scenario()
        s.profile("a")
        daily(&s, "a", ip: "73.1.1.1", days: 0..<4)
        daily(&s, "a", ip: "211.1.1.1", days: 4..<14)  // ten days abroad, 10 of 16 sessions, then home
        daily(&s, "a", ip: "73.1.1.1", days: 14..<16)
        #expect(s.finding("network.country_mismatch", on: "a") == nil)
    }

    /// Someone at home only on their phone's mobile network has no precisely located session at home;
    /// the network still shows them leaving and coming back. Without it, the same week abroad is all
    /// the account's located sessions.
    @Test func countryMismatchSparesATripBetweenDaysOnAHomeMobileNetwork() {
        func trip(homeIP: String?) -> Scenario {
            var s = Scenario()
            s.profile("a")
            if let homeIP { daily(&s, "a", ip: homeIP, days: 0..<10) }
            daily(&s, "a", ip: "211.1.1.1", days: 10..<16)
            if let homeIP { daily(&s, "a", ip: homeIP, days: 16..<30) }
            return s
        }
        #expect(trip(homeIP: "172.56.1.1").finding("network.country_mismatch", on: "a") == nil)
        #expect(trip(homeIP: nil).finding("network.country_mismatch", on: "a") != nil)
        #expect(trip(homeIP: "45.1.1.1").finding("network.country_mismatch", on: "a") != nil, "a VPN shows nothing of home")
    }

    @Test func countryMismatchFollowsAMoveTheProfileRecorded() {
        var s = Scenario()
        s.profile("a")
        s.profile("a", day: 3, country: "KR")
        daily(&s, "a", ip: "73.1.1.1", days: 0..<3)
        daily(&s, "a", ip: "211.1.1.1", days: 3..<30)
        #expect(s.finding("network.country_mismatch", on: "a") == nil)
    }

    /// Ten days in Korea, then ten in Germany, then ten in Britain, never back: travel, at a discount.
    @Test func countryMismatchDiscountsAnItinerary() throws {
        var full = Scenario()
        full.profile("a")
        daily(&full, "a", ip: "211.1.1.1", days: 0..<30)
        let settled = try #require(full.finding("network.country_mismatch", on: "a"))
        var travel = Scenario()
        travel.profile("a")
        daily(&travel, "a", ip: "211.1.1.1", days: 0..<10)
        daily(&travel, "a", ip: "62.1.1.1", days: 10..<20)
        daily(&travel, "a", ip: "81.2.69.1", days: 20..<30)
        let moving = try #require(travel.finding("network.country_mismatch", on: "a"))
        #expect(moving.summary.contains("as an itinerary of 3 successive stays"))
        #expect(abs(moving.weight - settled.weight * 0.5) < 0.011)
    }

    @Test func interleavedCountriesOrAHighRiskStayAreNoItinerary() throws {
        var interleaved = Scenario()
        interleaved.profile("a")
        for day in 0..<20 { interleaved.login("a", day: day, hour: 15, ip: day % 2 == 0 ? "211.1.1.1" : "62.1.1.1") }
        let alternating = try #require(interleaved.finding("network.country_mismatch", on: "a"))
        #expect(!alternating.summary.contains("itinerary"))
        var china = Scenario()
        china.profile("a")
        daily(&china, "a", ip: "211.1.1.1", days: 0..<10)
        daily(&china, "a", ip: "113.230.1.1", days: 10..<20)
        let leak = try #require(china.finding("network.country_mismatch", on: "a"))
        #expect(!leak.summary.contains("itinerary"))
        #expect(leak.weight > alternating.weight * 0.9)
    }

    @Test func countryMismatchNeedsHalfTheSessions() {
        var s = Scenario()
        s.profile("a")
        daily(&s, "a", ip: "211.1.1.1", days: 0..<9)
        daily(&s, "a", ip: "73.1.1.1", days: 9..<19)  // 9 of 19 < 50%
        #expect(s.finding("network.country_mismatch", on: "a") == nil)
    }

    @Test func hoppingFiresOnImpossibleTravel() {
        var s = Scenario()
        s.profile("a")
        for day in 0..<3 {
            s.login("a", day: day, hour: 10, ip: "73.1.1.1")
            s.login("a", day: day, hour: 12, ip: "211.1.1.1")  // Chicago → Seoul in 2 h
        }
        let finding = s.finding("network.country_hopping", on: "a")
        #expect(finding != nil)
        #expect(finding?.summary.contains("km/h") == true)
    }

    /// Credential stuffing: one tool tries two accounts round the clock from proxies in three countries
    /// and fails. Those attempts are not the owners' sessions; the same sign-ins succeeding are.
    @Test func failedSignInsAreNotTheAccountsOwnSessions() {
        func attacked(succeeding: Bool) -> Scenario {
            var s = Scenario()
            for victim in ["a", "b"] {
                s.profile(victim)
                daily(&s, victim, ip: "73.1.1.\(victim == "a" ? 1 : 2)", days: 0..<10)
                for attempt in 0..<48 {
                    let ip = ["211.1.1.1", "95.24.1.1", "45.1.1.1"][attempt % 3]
                    s.add("login", victim, Scenario.time(3 + attempt / 24, attempt % 24), ["ip": ip, "device": "dev-attack-tool", "success": succeeding])
                }
            }
            return s
        }
        let attempts = Set(attacked(succeeding: false).findings("a").map(\.rule))
        #expect(attempts.isEmpty, "\(attempts)")
        let sessions = Set(attacked(succeeding: true).findings("a").map(\.rule))
        #expect(sessions.isSuperset(of: ["network.country_hopping", "device.shared", "network.leak"]), "\(sessions)")
        var fromNorthKorea = attacked(succeeding: false)
        fromNorthKorea.add("login", "a", Scenario.time(5, 3), ["ip": "175.45.176.9", "success": false])
        let findings = fromNorthKorea.findings("a")
        #expect(findings.map(\.rule) == ["network.dprk_space"], "an attempt from North Korean address space is seen, whoever made it")
        #expect(findings.first?.evidence.first?.facts.contains(Fact("success", "false")) == true)
    }

    /// The same jumps from one device are a network switching (a VPN the IP data does not know), from
    /// two devices they are two people.
    @Test func hoppingDoesNotCountJumpsOfOneDevice() {
        var one = Scenario(), two = Scenario()
        one.profile("a")
        two.profile("a")
        for day in 0..<3 {
            one.login("a", day: day, hour: 10, ip: "73.1.1.1", device: "laptop")
            one.login("a", day: day, hour: 12, ip: "211.1.1.1", device: "laptop")
            two.login("a", day: day, hour: 10, ip: "73.1.1.1", device: "laptop")
            two.login("a", day: day, hour: 12, ip: "211.1.1.1", device: "other")
        }
        #expect(one.finding("network.country_hopping", on: "a") == nil)
        #expect(two.finding("network.country_hopping", on: "a")?.summary.contains("km/h") == true)
    }

    @Test func hoppingSparesARealFlight() {
        var s = Scenario()
        s.profile("a")
        s.login("a", day: 0, hour: 10, ip: "73.1.1.1")
        s.login("a", day: 1, hour: 12, ip: "211.1.1.1")  // 26 h later: plausible
        s.login("a", day: 9, hour: 12, ip: "73.1.1.1")
        #expect(s.finding("network.country_hopping", on: "a") == nil)
    }

    @Test func hoppingIgnoresVPNExits() {
        var s = Scenario()
        s.profile("a")
        for day in 0..<3 {
            s.login("a", day: day, hour: 10, ip: "73.1.1.1")
            s.login("a", day: day, hour: 11, ip: "185.1.1.1")
            s.login("a", day: day, hour: 12, ip: "159.89.1.1")
        }
        #expect(s.finding("network.country_hopping", on: "a") == nil)
    }

    @Test func anonymizerNeedsTheShareAndCountsAstrill() {
        var s = Scenario()
        s.profile("a")
        daily(&s, "a", ip: "185.1.1.1", days: 0..<6)
        daily(&s, "a", ip: "73.1.1.1", days: 6..<10)  // 6 of 10 = 0.6
        #expect(s.finding("network.anonymizer", on: "a") != nil)
        var below = Scenario()
        below.profile("a")
        daily(&below, "a", ip: "185.1.1.1", days: 0..<5)
        daily(&below, "a", ip: "73.1.1.1", days: 5..<10)
        #expect(below.finding("network.anonymizer", on: "a") == nil)
        var astrill = Scenario()
        astrill.profile("a")
        daily(&astrill, "a", ip: "45.1.1.1", days: 0..<10)
        let finding = astrill.finding("network.anonymizer", on: "a")
        #expect(finding?.summary.contains("Astrill") == true)
        #expect((finding?.weight ?? 0) > (s.finding("network.anonymizer", on: "a")?.weight ?? 0))
    }

    @Test func oneLeakAmongManyVPNLoginsMatters() {
        var s = Scenario()
        s.profile("a")
        for day in 0..<50 {
            s.login("a", day: day, hour: 9, ip: "185.1.1.\(day % 200)")
            s.login("a", day: day, hour: 15, ip: "45.1.1.\(day % 200)")
        }
        s.login("a", day: 20, hour: 3, ip: "113.230.1.1")
        let finding = s.finding("network.leak", on: "a")
        #expect(finding != nil)
        #expect(finding?.summary.contains("CN") == true)
        #expect((finding?.weight ?? 0) > RuleStrength.moderate.defaultWeight)
    }

    /// Treasury's 2023 designation of Chinyong places DPRK IT workers in Russia and Laos.
    @Test func aLeakFromLaosCounts() {
        var s = Scenario()
        s.profile("a")
        for day in 0..<30 { s.login("a", day: day, hour: 9, ip: "45.1.1.\(day % 200)") }
        s.login("a", day: 20, hour: 3, ip: "183.182.111.166")
        #expect(s.finding("network.leak", on: "a")?.summary.contains("LA") == true)
    }

    @Test func noLeakForSomeoneWhoClaimsChina() {
        var s = Scenario()
        s.profile("a", country: "CN")
        daily(&s, "a", ip: "113.230.1.1", days: 0..<10)
        daily(&s, "a", ip: "185.1.1.1", days: 10..<40)
        #expect(s.finding("network.leak", on: "a") == nil)
    }

    @Test func anyNorthKoreanAddressIsConclusive() {
        var s = Scenario()
        s.profile("a")
        daily(&s, "a", ip: "73.1.1.1", days: 0..<30)
        s.login("a", day: 4, hour: 3, ip: "175.45.176.10")
        let finding = s.finding("network.dprk_space", on: "a")
        #expect(finding?.weight == RuleStrength.conclusive.defaultWeight)
        var clean = Scenario()
        clean.profile("a")
        clean.login("a", day: 4, hour: 3, ip: "175.45.180.1")
        #expect(clean.finding("network.dprk_space", on: "a") == nil)
    }

    @Test func sharedIPNeedsThreeUnrelatedAccounts() {
        var s = Scenario()
        for account in ["a", "b"] {
            s.profile(account)
            daily(&s, account, ip: "73.9.9.9", days: 0..<5)
        }
        #expect(s.finding("network.shared_ip", on: "a") == nil, "a couple sharing a home")
        s.profile("c")
        daily(&s, "c", ip: "73.9.9.9", days: 0..<5)
        #expect(s.finding("network.shared_ip", on: "a")?.summary.contains("2 other accounts") == true)
    }

    /// Two accounts on one home line are a couple, whatever their profiles claim: the owner of a line a
    /// residential proxy resells shares it with an account that claims to live anywhere.
    @Test func twoAccountsOnOneLineAreNotEnoughEvenWhenTheyClaimToLiveApart() {
        var s = Scenario()
        for (account, region) in [("a", "TN"), ("b", "HI")] {
            s.profile(account, ["city": "City \(region)", "region": region])
            daily(&s, account, ip: "73.9.9.9", days: 0..<5)
        }
        #expect(s.finding("network.shared_ip", on: "a") == nil)
    }

    /// A company's security gateway (Zscaler, Netskope) egresses wherever its node is: not where the
    /// employee is, and shared by everyone whose employer uses it.
    @Test func corporateGatewaysAreNeitherALocationNorAHome() {
        var s = Scenario()
        for account in ["a", "b", "c"] {
            s.profile(account, country: "GB", ["kind": "employee"])
            s.add("shipment", account, Scenario.time(0, 9), ["address": ["line1": "1 High St", "city": "Bristol", "country": "GB"]])
            for day in 0..<20 {
                let node = day % 2 == 0 ? "147.161.212.61" : "165.225.232.148"
                s.login(account, day: day, hour: 9, ip: node)
                s.add("endpoint", account, Scenario.time(day, 10), ["device": "corp-\(account)", "ip": node])
            }
            s.login(account, day: 3, hour: 20, ip: "81.2.69.\(account == "a" ? 1 : account == "b" ? 2 : 3)")
        }
        let findings = Set(s.run().assessments.flatMap { $0.findings.map(\.rule) })
        for rule in ["network.country_mismatch", "network.country_hopping", "endpoint.location", "network.shared_ip", "network.anonymizer"] {
            #expect(!findings.contains(rule), "\(rule)")
        }
        #expect(NetworkKinds.corporateGateway.labels == ["corporate-gateway"])
    }

    @Test func sharedIPCountsOnlyAccountsOnlineOnItTogether() {
        // An office of three by day, and someone whose line got the same address, online at night.
        var s = Scenario()
        for account in ["a", "b", "c"] {
            s.profile(account)
            daily(&s, account, ip: "73.9.9.9", days: 0..<10, hour: 10)
        }
        s.profile("night")
        daily(&s, "night", ip: "73.9.9.9", days: 0..<10, hour: 22)
        #expect(s.finding("network.shared_ip", on: "night") == nil)
        #expect(s.finding("network.shared_ip", on: "a")?.summary.contains("2 other accounts") == true, "the night account is not a partner")
        // One hour in common makes it a partner; with the parameter at 2 it does not.
        s.login("night", day: 3, hour: 10, ip: "73.9.9.9")
        #expect(s.finding("network.shared_ip", on: "night")?.summary.contains("3 other accounts") == true)
        var chain = Scenario()
        for (account, hour) in [("a", 9), ("b", 10), ("c", 11)] {
            chain.profile(account)
            daily(&chain, account, ip: "73.9.9.9", days: 0..<10, hour: hour)
            daily(&chain, account, ip: "73.9.9.9", days: 0..<10, hour: hour + 1)
        }
        #expect(chain.finding("network.shared_ip", on: "a")?.summary.contains("2 other accounts") == true,
                "a and c never overlap, but both overlap b: one group of machines")
        var strict = RuleOverride()
        strict.parameters = ["min_common_hours": 2]
        s.config = RuleConfig(overrides: ["network.shared_ip": strict])
        #expect(s.finding("network.shared_ip", on: "night") == nil)
    }

    @Test func sharedIPIgnoresDynamicPools() {
        var s = Scenario()
        for index in 0..<6 {
            s.profile("p\(index)")
            // Each account passes through a pool of eight addresses: no address is its home.
            for day in 0..<16 { s.login("p\(index)", day: day, hour: 12, ip: "73.5.5.\((day + index) % 8)") }
        }
        #expect(s.finding("network.shared_ip", on: "p0") == nil)
    }

    @Test func sharedIPDiscountsAgenciesCarrierNATAndVPNs() {
        var agency = Scenario()
        for account in ["a", "b", "c", "d"] {
            agency.profile(account, ["agency": "ag-1"])
            daily(&agency, account, ip: "73.9.9.9", days: 0..<5)
        }
        #expect(agency.finding("network.shared_ip", on: "a") == nil)
        var carrier = Scenario()
        var vpn = Scenario()
        for index in 0..<6 {
            carrier.profile("m\(index)")
            daily(&carrier, "m\(index)", ip: "172.56.1.1", days: 0..<5)
            vpn.profile("v\(index)")
            daily(&vpn, "v\(index)", ip: "185.9.9.9", days: 0..<5)
        }
        #expect(carrier.finding("network.shared_ip", on: "m0") == nil)
        #expect(vpn.finding("network.shared_ip", on: "v0") == nil)
        var crowd = Scenario()
        for index in 0..<25 {
            crowd.profile("p\(index)")
            daily(&crowd, "p\(index)", ip: "73.7.7.7", days: 0..<2)
        }
        #expect(crowd.finding("network.shared_ip", on: "p0") == nil, "unknown carrier NAT: too many accounts")
    }

    /// Accounts whose profile the feed did not carry are presumed of the one agency they are paid like;
    /// an outsider paid into the same account, and they count as unrelated again.
    @Test func accountsWithoutProfilesArePresumedOfTheAgencyTheyArePaidLike() {
        func office(outsider: [String: Any]?) -> Scenario {
            var s = Scenario()
            for account in ["a", "b", "c"] { s.profile(account, ["agency": "ag-1"]) }
            var staff = ["a", "b", "c", "u1", "u2"]
            if let outsider {
                s.profile("f")
                staff.append("f")
                if !outsider.isEmpty { s.add("payout", "f", Scenario.time(3, 9), outsider) }
            }
            for account in staff {
                daily(&s, account, ip: "73.9.9.9", days: 0..<5)
                if account != "f" { s.add("payout", account, Scenario.time(4, 9), ["method": "bank", "destination": "iban-ag1", "country": "US"]) }
            }
            return s
        }
        for scenario in [office(outsider: nil), office(outsider: [:])] {
            for account in ["a", "u1"] {
                #expect(scenario.finding("network.shared_ip", on: account) == nil, "\(account)")
                #expect(scenario.finding("payout.shared", on: account) == nil, "\(account)")
            }
        }
        let paidOutsider = office(outsider: ["method": "bank", "destination": "iban-ag1", "country": "US"])
        #expect(paidOutsider.finding("payout.shared", on: "u1")?.summary.contains("5 other accounts") == true)
        #expect(paidOutsider.finding("payout.shared", on: "a")?.summary.contains("3 other accounts") == true)
        var strangers = Scenario()
        for account in ["u1", "u2", "u3"] { daily(&strangers, account, ip: "73.9.9.9", days: 0..<5) }
        #expect(strangers.finding("network.shared_ip", on: "u1") != nil, "no profile at all is not an agency")
    }

    @Test func presumedAgenciesNeedEveryProfiledSharerOfAnInstrumentInOneAgency() {
        let ip = Identifier(.ip, "73.9.9.9"), payout = Identifier(.payoutDestination, "iban-1"), device = Identifier(.device, "dev-1")
        let agencies = ["a": "ag-1", "b": "ag-1", "x": "ag-2"]
        let known: Set<String> = ["a", "b", "x", "f"]
        #expect(Population.presumedAgencies(shared: [payout: ["a", "b", "u"], ip: ["u", "f"]], agencies: agencies, known: known) == ["u": "ag-1"])
        #expect(Population.presumedAgencies(shared: [payout: ["a", "u"], device: ["u", "x"]], agencies: agencies, known: known).isEmpty)
        #expect(Population.presumedAgencies(shared: [payout: ["a", "f", "u"]], agencies: agencies, known: known).isEmpty)
        #expect(Population.presumedAgencies(shared: [payout: ["u", "v"], ip: ["a", "u"]], agencies: agencies, known: known).isEmpty)
    }

    /// Two accounts at home alone on one line sharing a computer are a couple; at an address that is
    /// home to a third account online in the same hours as well, they are two machines' worth of a farm.
    @Test func sharedDeviceOfAHouseholdCountsLess() throws {
        func home(_ residents: [String], sharingDevice: [String]) -> Scenario {
            var s = Scenario()
            for (index, account) in residents.enumerated() {
                s.profile(account)
                for day in 0..<8 {
                    s.login(account, day: day, hour: 18, minute: index, ip: "73.4.4.4", device: sharingDevice.contains(account) ? "family-laptop" : "own-\(account)")
                }
            }
            return s
        }
        let couple = try #require(home(["a", "b"], sharingDevice: ["a", "b"]).finding("device.shared", on: "a"))
        let farm = try #require(home(["a", "b", "c"], sharingDevice: ["a", "b"]).finding("device.shared", on: "a"))
        #expect(couple.summary.contains("a family or a public computer"))
        #expect(couple.weight < farm.weight * 0.5)
        #expect(!farm.summary.contains("public computer"))
    }

    /// A computer used at one address by any number of accounts that all say they live in its town is a
    /// public one — an internet café — or a family's; a farm's identities claim to live all over.
    @Test func aPublicComputerInItsTownCountsLikeAFamilys() throws {
        func cafe(cities: [String]) -> Scenario {
            var s = Scenario()
            for index in 0..<8 {
                s.profile("a\(index)", country: "KE", ["city": cities[index % cities.count]])
                for day in 0..<8 { s.login("a\(index)", day: day, hour: 8 + index, ip: "197.232.39.252", device: "cafe-pc-3") }
            }
            return s
        }
        let town = try #require(cafe(cities: ["Nairobi"]).finding("device.shared", on: "a0"))
        let scattered = try #require(cafe(cities: ["Nairobi", "Mombasa", "Kisumu"]).finding("device.shared", on: "a0"))
        #expect(town.summary.contains("a family or a public computer"))
        #expect(town.weight < scattered.weight * 0.5)
        #expect(!scattered.summary.contains("public computer"))
    }

    @Test func sharedDeviceAcrossUnrelatedAccounts() {
        var s = Scenario()
        s.profile("a")
        s.profile("b")
        s.login("a", day: 0, hour: 10, ip: "73.1.1.1", device: "dev-1")
        s.login("b", day: 1, hour: 10, ip: "73.1.1.2", device: "dev-1")
        #expect(s.finding("device.shared", on: "a") != nil)
        var agency = Scenario()
        agency.profile("a", ["agency": "x"])
        agency.profile("b", ["agency": "x"])
        agency.login("a", day: 0, hour: 10, ip: "73.1.1.1", device: "dev-1")
        agency.login("b", day: 1, hour: 10, ip: "73.1.1.2", device: "dev-1")
        #expect(agency.finding("device.shared", on: "a") == nil)
    }
}
