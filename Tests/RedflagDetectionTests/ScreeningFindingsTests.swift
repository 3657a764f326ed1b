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

    @Test func givenNamesAloneAreNotAHitButSpellingsOfTheWholeNameAre() throws {
        var s = try scenario()
        let names = [("given", "Santiago Martínez"), ("spelled", "Gim Sang-man"), ("reordered", "Sangman Kim"), ("initial", "Sang M. Kim"),
                     ("two-letter parts", "Kim Se Un"), ("two-letter family name", "Cho Kyung-hun")]
        for (account, name) in names { s.profile(account, name: name) }
        let screener = try Screener.embeddedDefault()
        // The matcher itself scores the given-name look-alike above the threshold, as OFAC's method does.
        #expect(screener.screen(ScreeningQuery(names: ["Santiago Martínez"])).contains { $0.entryName == "KIM, Sang Man" })
        let result = s.run()
        func hit(_ account: String) -> Bool {
            result.assessments.first { $0.account == account }?.findings.contains { $0.rule == "indicator.name" } == true
        }
        #expect(!hit("given"), "Sang and Man matched, the family name Kim did not")
        #expect(hit("spelled"))
        #expect(hit("reordered"))
        #expect(hit("initial"))
        #expect(hit("two-letter parts"), "KIM, Se Un")
        #expect(hit("two-letter family name"), "JO, Kyong Hun")
    }

    /// The lists write names in Latin letters: a name in Hangul or Cyrillic is screened as read in them,
    /// and the finding says how it was written.
    @Test func namesInHangulOrCyrillicAreScreenedAsReadInLatinLetters() throws {
        var s = try scenario()
        let names = [("hangul", "김상만"), ("cyrillic", "Ким Сан Ман"), ("other", "박민준")]
        for (account, name) in names { s.profile(account, name: name) }
        let result = s.run()
        func finding(_ account: String) -> Finding? {
            result.assessments.first { $0.account == account }?.findings.first { $0.rule == "indicator.name" }
        }
        #expect(finding("hangul")?.summary.hasPrefix("\"Gim Sangman\" (written \"김상만\") matches") == true)
        #expect(finding("hangul")?.evidence.first?.facts.contains(Fact("written", "김상만")) == true)
        #expect(finding("cyrillic") != nil, "Kim San Man")
        #expect(finding("other") == nil)
    }

    /// When both writings show the family name, the two family names must be one: a syllable of a
    /// hyphenated given name is not a family name, and Jang or Song is not Jong.
    @Test func familyNamesMatchFamilyNamesWhenTheWritingShowsThem() throws {
        var s = try scenario()
        let names = [("given syllable", "Hwang Jong-su"), ("other family", "Jang In-chul"), ("namesake", "Jung In-chul"),
                     ("western order", "Song-hwa Jung"), ("comma", "JUNG, Song Hwa")]
        for (account, name) in names { s.profile(account, name: name) }
        let screener = try Screener.embeddedDefault()
        #expect(screener.screen(ScreeningQuery(names: ["Hwang Jong-su"])).contains { $0.entryName == "JONG, Song Hwa" }, "the matcher alone")
        let result = s.run()
        func hit(_ account: String) -> Bool {
            result.assessments.first { $0.account == account }?.findings.contains { $0.rule == "indicator.name" } == true
        }
        #expect(!hit("given syllable"))
        #expect(!hit("other family"))
        #expect(hit("namesake"), "Jung folds to Jong")
        #expect(hit("western order"))
        #expect(hit("comma"))
    }

    /// A person's name is screened against listed people; an organisation's name, or a client's, against
    /// every entry. North Korean ships carry common Korean words.
    @Test func peoplesNamesAreComparedWithListedPeopleOnly() throws {
        let sdn = SanctionsList(name: "OFAC SDN", entries: [
            SanctionsEntry(id: "1", name: "HWA SONG", kind: .vessel, programs: ["DPRK4"]),
            SanctionsEntry(id: "2", name: "HONG PANG MINING COMPANY LIMITED", kind: .entity, programs: ["SDNTK"]),
            SanctionsEntry(id: "3", name: "HONG, Song Hwa", kind: .individual, programs: ["DPRK3"]),
        ])
        var s = Scenario()
        s.context.screener = Screener(lists: [sdn], indicators: IndicatorSet())
        s.profile("person", name: "Song-hwa Hwang")
        s.profile("namesake", name: "Hong Song-hwa")
        s.profile("client", name: "Hwa Song", ["kind": "client"])
        s.profile("paid-to-company", name: "Min Park")
        s.add("payout", "paid-to-company", Scenario.time(1, 9), ["method": "bank", "destination": "d-1", "holder": "Hong Pang Mining Company"])
        let result = s.run()
        func entries(_ account: String) -> Set<String> {
            let findings = result.assessments.first { $0.account == account }?.findings ?? []
            return Set(findings.filter { $0.rule == "sanctions.name" }.flatMap(\.evidence).compactMap { $0.facts.first { $0.key == "entry" }?.value })
        }
        #expect(Screener(lists: [sdn], indicators: IndicatorSet()).screen(ScreeningQuery(names: ["Song-hwa Hwang"])).contains { $0.entryID == "1" },
                "the matcher alone finds the ship")
        #expect(entries("person").isEmpty)
        #expect(entries("namesake") == ["3"])
        #expect(entries("client").contains("1"))
        #expect(entries("paid-to-company").contains("2"))
    }

    /// Company names alike only in their legal form, trade or place are other companies; a shared
    /// distinctive part is still reported.
    @Test func companiesAlikeOnlyInBusinessWordsAreNotHits() throws {
        var s = try scenario()
        let holders = [("sunrise", "Sunrise Technology Co., Ltd."), ("hengtai", "Hengtai Trading Co., Ltd."),
                       ("oriental", "Oriental Network Co., Ltd."), ("silverstar", "Silverstar Network Technology Co., Ltd."),
                       ("sobaeksu", "Sobaeksu Trading")]
        for (index, (account, holder)) in holders.enumerated() {
            s.profile(account, name: "Min Park")
            s.add("payout", account, Scenario.time(1, 9), ["method": "bank", "destination": "d-\(index)", "holder": holder])
        }
        let screener = try Screener.embeddedDefault()
        for (_, holder) in holders.prefix(3) {
            #expect(!screener.screen(ScreeningQuery(names: [holder])).isEmpty, "the matcher alone scores \(holder) above its threshold")
        }
        let result = s.run()
        func hit(_ account: String) -> Bool {
            result.assessments.first { $0.account == account }?.findings.contains { $0.rule == "indicator.name" } == true
        }
        #expect(!hit("sunrise"), "TECHNOLOGY LTD")
        #expect(!hit("hengtai"), "TRADE LTD")
        #expect(!hit("oriental"), "NETWORK LTD")
        #expect(hit("silverstar"))
        #expect(hit("sobaeksu"))
    }

    /// A company or a client is not a listed organisation, ship or the like whose name merely contains a
    /// word like one of its own: each of its distinctive words must be spelled alike in the listed name.
    @Test func organisationHitsNeedEveryDistinctiveWordListed() throws {
        let sdn = SanctionsList(name: "OFAC SDN", entries: [
            SanctionsEntry(id: "1", name: "BLUEFINS", kind: .vessel, programs: ["SDGT"]),
            SanctionsEntry(id: "2", name: "DANIEL", kind: .vessel, programs: ["IRAN"]),
            SanctionsEntry(id: "3", name: "LOGISTICA Y TRANSPORTE NORVAL LTDA.", kind: .entity, programs: ["SDNTK"]),
            SanctionsEntry(id: "4", name: "KOREA SOBAEKSU TRADING COMPANY", kind: .entity, programs: ["DPRK3"]),
            SanctionsEntry(id: "5", name: "YANBIAN SILVERSTAR NETWORK TECHNOLOGY CO., LTD.", kind: .entity, programs: ["DPRK3"]),
        ])
        let screener = Screener(lists: [sdn], indicators: IndicatorSet())
        var s = Scenario()
        s.context.screener = screener
        let holders = [("blue", "Blue Point LLC"), ("nova", "Nova Logic Ltd"), ("sobaeksu", "Sobaeksoo Trading Co."),
                       ("silversoft", "SilverSoft Ltd"), ("silverstar", "Silverstar Network Technology")]
        for (index, (account, holder)) in holders.enumerated() {
            s.profile(account, name: "Min Park")
            s.add("payout", account, Scenario.time(1, 9), ["method": "bank", "destination": "d-\(index)", "holder": holder])
            #expect(!screener.screen(ScreeningQuery(names: [holder])).isEmpty, "the matcher alone scores \(holder) above its threshold")
        }
        s.profile("client", name: "Daniel Moller", ["kind": "client"])
        #expect(!screener.screen(ScreeningQuery(names: ["Daniel Moller"])).isEmpty)
        let result = s.run()
        func hit(_ account: String) -> Bool {
            result.assessments.first { $0.account == account }?.findings.contains { $0.rule == "sanctions.name" } == true
        }
        #expect(!hit("blue"))
        #expect(!hit("nova"))
        #expect(!hit("client"))
        #expect(hit("sobaeksu"), "one word spelled two ways")
        #expect(!hit("silversoft"), "a brand that starts like a listed word (92) but does not sound like it")
        #expect(hit("silverstar"))
    }

    /// A résumé naming a DPRK front company gives the team away; a past job at a company sanctioned for
    /// something else does not say who runs an account, and a person listed under a company's name is
    /// not the company.
    @Test func employersAreScreenedAgainstDPRKOrganisations() throws {
        let sdn = SanctionsList(name: "OFAC SDN", entries: [
            SanctionsEntry(id: "1", name: "KOREA SOBAEKSU TRADING COMPANY", kind: .entity, programs: ["DPRK3"]),
            SanctionsEntry(id: "2", name: "PUBLIC JOINT STOCK COMPANY SBERBANK OF RUSSIA", kind: .entity,
                           programs: ["RUSSIA-EO14024"], aliases: ["SBERBANK"]),
            SanctionsEntry(id: "3", name: "RYONGBONG, Kim", kind: .individual, programs: ["DPRK2"]),
            SanctionsEntry(id: "4", name: "GREEN PINE ASSOCIATED CORPORATION", kind: .entity, programs: ["DPRK"]),
        ])
        var s = Scenario()
        s.context.screener = Screener(lists: [sdn], indicators: try IndicatorSet.embeddedDefault())
        func employment(_ company: String) -> [String: Any] { ["employment": [["company": company, "title": "Developer"]]] }
        s.profile("front", name: "Alex Brown", employment("Chinyong Information Technology Cooperation Company"))
        s.profile("sanctioned", name: "Chris Green", employment("Korea Sobaeksu Trading Co."))
        s.profile("bank", name: "Ivan Petrov", employment("Sberbank"))
        s.profile("person", name: "Lee Park", employment("Kim Ryongbong"))
        s.profile("honest", name: "Dana White", employment("Acme Software Inc."))
        s.profile("brand", name: "Jo Grey", employment("PineSoft"))
        s.profile("reference", name: "Sam Black")
        s.add("reference", "reference", Scenario.time(1, 12), ["kind": "employment", "institution": "Volasys Silver Star", "result": "no_response"])
        let result = s.run()
        func rules(_ account: String) -> [String: Finding] {
            let findings = result.assessments.first { $0.account == account }?.findings ?? []
            return Dictionary(findings.filter(\.isScreening).map { ($0.rule, $0) }, uniquingKeysWith: { a, _ in a })
        }
        let front = try #require(rules("front")["indicator.name"])
        #expect(front.summary.hasPrefix("employer \"Chinyong Information Technology Cooperation Company\" matches"))
        #expect(front.evidence.first?.facts.contains(Fact("field", "employer")) == true)
        #expect(rules("sanctioned")["sanctions.name"] != nil)
        #expect(rules("reference")["indicator.name"] != nil, "reference checks name employers too")
        #expect(rules("bank").isEmpty, "sanctioned, but not on a DPRK programme")
        #expect(rules("person").isEmpty, "an employer is an organisation, not a listed person")
        #expect(rules("honest").isEmpty)
        #expect(sdn.entries.count == 4 && !Screener(lists: [sdn], indicators: IndicatorSet()).screen(ScreeningQuery(names: ["PineSoft"])).isEmpty,
                "the matcher alone finds GREEN PINE")
        #expect(rules("brand").isEmpty, "one word alike is another company")
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
