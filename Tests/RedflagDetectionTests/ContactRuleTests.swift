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

    @Test func sharedMailboxAcrossAccountsEvenWrittenDifferently() throws {
        var s = try scenario()
        s.profile("a", ["email": "Kevin.Walker+jobs@gmail.com"])
        s.profile("b", ["email": "kevinwalker@googlemail.com"])
        #expect(s.finding("identity.contact", on: "a")?.summary.contains("also on 1 other account (b)") == true)
    }
}
