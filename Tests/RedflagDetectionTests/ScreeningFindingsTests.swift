import RedflagScreening
import Testing

@testable import RedflagDetection

@Suite struct ScreeningFindingsTests {
    func scenario() throws -> Scenario {
        var s = Scenario()
        s.context.screener = try Screener.embeddedDefault()
        return s
    }

    @Test func designatedNameIsReportedApartFromTheScore() throws {
        var s = try scenario()
        s.profile("a", name: "Kim Sang Man")
        let result = s.run()
        let assessment = try #require(result.assessments.first)
        let hit = try #require(assessment.findings.first { $0.rule == "indicator.name" })
        #expect(hit.evidence.contains { $0.facts.contains(Fact("programs", "DPRK-IT-WORKERS")) })
        #expect(assessment.score == 0, "a screening hit does not move the score")
        #expect(assessment.hasScreeningHit)
    }

    @Test func aSharedFamilyNameAloneIsNotAHit() throws {
        var s = try scenario()
        for (account, name) in [("a", "Ji-ho Jung"), ("b", "Min-jun Kim"), ("c", "Wei Zhang")] { s.profile(account, name: name) }
        for assessment in s.run().assessments {
            #expect(!assessment.findings.contains { $0.rule.hasPrefix("indicator.") || $0.rule.hasPrefix("sanctions.") }, "\(assessment.account)")
        }
    }

    @Test func frontCompanyDomainsAndKoreanAddressesAreIndicators() throws {
        var s = try scenario()
        s.profile("a")
        s.add("reference", "a", Scenario.time(1, 12), ["kind": "employment", "institution": "Silver Star", "domain": "silverstarchina.com", "result": "no_response"])
        s.login("a", day: 2, hour: 3, ip: "175.45.176.10")
        let findings = s.findings("a")
        #expect(findings.contains { $0.rule == "indicator.identifier" })
        #expect(findings.first { $0.rule == "identity.references" }?.summary.contains("silverstarchina.com") == true)
    }
}
