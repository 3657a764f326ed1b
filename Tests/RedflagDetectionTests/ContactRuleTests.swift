import Testing

@testable import RedflagDetection

@Suite struct ContactRuleTests {
    func scenario() throws -> Scenario {
        var s = Scenario()
        s.context.contacts = try EnrichmentContacts.bundled()
        return s
    }

    @Test func ordinaryContactDetailsRaiseNothing() throws {
        var s = try scenario()
        s.profile("a", country: "GB", ["email": "dan.moore.dev@gmail.com", "phone": "+44 7911 123456"])
        #expect(s.finding("identity.contact", on: "a") == nil)
    }

    @Test func disposableEmailAndForeignPhone() throws {
        var s = try scenario()
        s.profile("a", ["email": "kevin@mailinator.com", "phone": "+44 7911 123456"])
        let finding = try #require(s.finding("identity.contact", on: "a"))
        #expect(finding.summary.contains("disposable email"))
        #expect(finding.summary.contains("phone from GB while the profile says US"))
    }

    /// A phone from the country the payouts go to is one fact with those payouts (ties to that country),
    /// which `payout.foreign` counts; a phone from a third country still counts here.
    @Test func foreignPhoneFromThePayoutCountryIsNotCountedTwice() throws {
        var s = try scenario()
        s.profile("a", country: "PT", ["email": "ana.silva@gmail.com", "phone": "+31 6 12345678"])
        s.add("payout", "a", Scenario.time(5, 0), ["method": "bank", "destination": "NL91ABNA0417164300", "country": "NL", "amount": 900])
        #expect(s.finding("identity.contact", on: "a") == nil)
        #expect(s.finding("payout.foreign", on: "a")?.summary.contains("to NL while the profile says PT") == true)
        var other = try scenario()
        other.profile("a", country: "PT", ["email": "ana.silva@gmail.com", "phone": "+31 6 12345678"])
        other.add("payout", "a", Scenario.time(5, 0), ["method": "bank", "destination": "DE89370400440532013000", "country": "DE", "amount": 900])
        #expect(other.finding("identity.contact", on: "a")?.summary.contains("phone from NL while the profile says PT") == true)
        // Lived in NL, then moved to PT, keeping the Dutch phone and bank: neither is foreign — NL is a
        // home the profile itself claimed — while a phone from a country never claimed still counts.
        var moved = try scenario()
        moved.profile("a", day: 0, country: "NL", ["email": "ana.silva@gmail.com", "phone": "+31 6 12345678"])
        moved.add("payout", "a", Scenario.time(5, 0), ["method": "bank", "destination": "NL91ABNA0417164300", "country": "NL", "amount": 900])
        moved.profile("a", day: 10, country: "PT")
        moved.add("payout", "a", Scenario.time(20, 0), ["method": "bank", "destination": "NL91ABNA0417164300", "country": "NL", "amount": 900])
        #expect(moved.finding("payout.foreign", on: "a") == nil)
        #expect(moved.finding("identity.contact", on: "a") == nil)
        moved.add("payout", "a", Scenario.time(25, 0), ["method": "bank", "destination": "DE89370400440532013000", "country": "DE", "amount": 900])
        #expect(moved.finding("payout.foreign", on: "a")?.summary.contains("1 payout to DE while the profile says PT") == true)
        var stranger = try scenario()
        stranger.profile("a", day: 0, country: "ES", ["email": "ana.silva@gmail.com", "phone": "+31 6 12345678"])
        stranger.profile("a", day: 10, country: "PT")
        #expect(stranger.finding("identity.contact", on: "a")?.summary.contains("phone from NL while the profile says PT") == true)
    }

    @Test func sharedMailboxAcrossAccountsEvenWrittenDifferently() throws {
        var s = try scenario()
        s.profile("a", ["email": "Kevin.Walker+jobs@gmail.com"])
        s.profile("b", ["email": "kevinwalker@googlemail.com"])
        #expect(s.finding("identity.contact", on: "a")?.summary.contains("also on 1 other account (b)") == true)
    }

    /// One contact behind two names is one operator behind two identities; behind one name, one
    /// person's two accounts.
    @Test func sharedContactInOneNameCountsLess() throws {
        func shared(_ nameA: String, _ nameB: String) throws -> Finding {
            var s = try scenario()
            s.profile("a", name: nameA, ["email": "laura.vargas@gmail.com"])
            s.profile("b", name: nameB, ["email": "lauravargas@gmail.com"])
            return try #require(s.finding("identity.contact", on: "a"))
        }
        let twoNames = try shared("Laura Vargas", "Megan Lewis")
        let oneName = try shared("Laura Vargas", "LAURA VARGAS")
        #expect(oneName.summary.contains("in the same name"))
        #expect(!twoNames.summary.contains("same name"))
        #expect(oneName.weight < twoNames.weight * 0.5)
        #expect(oneName.sharedWith == ["b"], "one link with whatever else the two share")
    }
}
