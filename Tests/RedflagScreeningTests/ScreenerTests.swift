import Foundation
import Testing
import RedflagPrimitives
@testable import RedflagScreening

@Suite struct ScreenerTests {
    @Test func embeddedIndicatorsLoadWithSourceAndDate() throws {
        let set = try IndicatorSet.embeddedDefault()
        let list = try #require(set.lists.first)
        #expect(list.name == "Redflag DPRK indicators")
        #expect(list.isIndicator)
        #expect(list.entries.allSatisfy { $0.source?.isEmpty == false && $0.date?.isEmpty == false })
        #expect(list.entries.flatMap(\.domains).count == 17)
        #expect(set.networks.flatMap { $0 }.map(\.network.description) == ["175.45.176.0/22"])
    }

    @Test func curatedNamesMatchAcrossSpellings() throws {
        let screener = try Screener.embeddedDefault()
        let hits = screener.screen(ScreeningQuery(names: ["Gim Sang-man"]))
        let hit = try #require(hits.first)
        #expect(hit.entryName == "KIM, Sang Man")
        #expect(hit.isIndicator)
        #expect(hit.findingCode == "indicator.name")
        #expect(hit.score >= 95)
        #expect(Set(hit.matchedTokens) == ["KIM", "SANG", "MAN"])
        #expect(hit.source?.contains("2023-05") == true)
        #expect(screener.screen(ScreeningQuery(names: ["Jinyong IT Cooperation Co"])).contains { $0.entryID == "RF-DPRK-2023-01" })
        #expect(screener.screen(ScreeningQuery(names: ["Margaret Thompson"])).isEmpty)
    }

    @Test func identifiersMatchExactly() throws {
        let screener = try Screener.embeddedDefault()
        let hits = screener.screen(ScreeningQuery(emails: ["dev@mail.silverstarchina.com"], domains: ["https://www.KTSolution.tech/about"]))
        #expect(hits.count == 2)
        #expect(hits.allSatisfy { $0.kind == .identifier && $0.score == 100 && $0.findingCode == "indicator.identifier" })
        #expect(Set(hits.flatMap(\.matchedTokens)) == ["silverstarchina.com", "ktsolution.tech"])
        #expect(screener.screen(ScreeningQuery(domains: ["notsilverstarchina.com"])).isEmpty)
    }

    /// The ASCII fast path of `Identifiers.domain(fromURL:)` reads URLs exactly as the general one does.
    @Test func domainsReadTheSameOnBothPaths() {
        let samples = ["HTTPS://www.Example.COM:443/path?q#f", "user@mail.example.org", "  www.foo.bar.  ", "ftp://a@b@c.d/x",
                       "localhost", "a b.com", "www.", "...", "http://[::1]:80/", "example.com.", "WWW.www.example.com",
                       "://x.y", "\tsub.KTSolution.tech/about\t", "mailto:dev@silverstarchina.com", "x.y?a=b/c", "a.b#c:d",
                       "http://", "", " ", ".example.com", "https://user:pass@host.example.net:8080/p", "1.2.3.4"]
        for sample in samples {
            #expect(Identifiers.domain(fromURL: sample) == Identifiers.textDomain(sample), "\(sample)")
        }
        #expect(Identifiers.domain(fromURL: "HTTPS://www.Example.COM:443/path") == "example.com")
        #expect(Identifiers.domain(fromURL: "https://bücher.example/") == "bücher.example")
    }

    /// The suffix fast path of `Identifiers.domainAndParents` gives what splitting into labels gives.
    @Test func parentDomainsReadTheSameOnBothPaths() {
        func reference(_ domain: String) -> [String] {
            let labels = domain.split(separator: ".")
            guard labels.count >= 2 else { return [domain] }
            return (0...(labels.count - 2)).map { labels[$0...].joined(separator: ".") }
        }
        let samples = ["example.com", "a.b.example.co.uk", "localhost", ".example.com", "example.com.", "a..b.com", "", ".",
                       "..", "x.y", "bücher.example", "sub.ktsolution.tech", "a.b", "a.b.", ".a.b", "a.b..c"]
        for sample in samples {
            #expect(Identifiers.domainAndParents(sample) == reference(sample), "\(sample)")
        }
        #expect(Identifiers.domainAndParents("a.b.example.com") == ["a.b.example.com", "b.example.com", "example.com"])
    }

    @Test func northKoreanAddressSpace() throws {
        let screener = try Screener.embeddedDefault()
        #expect(screener.screen(address: try #require(IPAddress("175.45.178.10"))).first?.entryID == "RF-DPRK-NET-01")
        #expect(screener.screen(address: try #require(IPAddress("175.45.180.1"))).isEmpty)
    }

    @Test func officialListWalletsEmailsAndPrograms() throws {
        guard let dir = SharedData.url("sanctions/ofac-2024") else { return }
        let screener = Screener(lists: [try OFACParser.load(directory: dir)], indicators: .none)
        let wallet = screener.screen(ScreeningQuery(wallets: ["12QtD5BFwRsdNsAZY76UVE1xyCGNTojH9h"]))
        #expect(wallet.count == 1)
        #expect(wallet.first?.findingCode == "sanctions.identifier")
        #expect(wallet.first?.list == "OFAC SDN")
        let komid = screener.screen(ScreeningQuery(names: ["Korea Mining Development Trading Corp"]))
        #expect(komid.first?.entryID == "9345")
        #expect(komid.first?.programs == ["NPWMD", "DPRK2"])
        #expect(komid.first?.findingCode == "sanctions.name")
    }

    @Test func birthDateAndCountryOnlyAdjustANameMatch() throws {
        let entry = SanctionsEntry(id: "1", name: "KIM, Sang Man", kind: .individual, birthDates: ["01 Apr 1980"],
                                   nationalities: [CountryCode("KP")!])
        let base = ScreeningQuery(names: ["Kim Sang Man"])
        var sameDay = base; sameDay.birthDate = "1980-04-01"
        var otherYear = base; otherYear.birthDate = "1995"
        var sameCountry = base; sameCountry.country = CountryCode("KP")
        var otherCountry = base; otherCountry.country = CountryCode("BR")
        #expect(MatchAdjustment.adjust(score: 78, threshold: 80, entry: entry, query: sameDay) == 83)
        #expect(MatchAdjustment.adjust(score: 90, threshold: 80, entry: entry, query: otherYear) == 75)
        #expect(MatchAdjustment.adjust(score: 78, threshold: 80, entry: entry, query: sameCountry) == 78)
        #expect(MatchAdjustment.adjust(score: 90, threshold: 80, entry: entry, query: sameCountry) == 92)
        #expect(MatchAdjustment.adjust(score: 90, threshold: 80, entry: entry, query: otherCountry) == 85)
        // Nationality alone never produces a hit.
        let screener = Screener(lists: [SanctionsList(name: "T", entries: [entry])], indicators: .none)
        #expect(screener.screen(ScreeningQuery(names: ["Maria Lopez"], country: CountryCode("KP"))).isEmpty)
        #expect(screener.screen(ScreeningQuery(names: ["Kim Sang Man"], birthDate: "1995")).first?.score == 85)
        let lowered = try #require(screener.screen(ScreeningQuery(names: ["Kim Sang Mun"], birthDate: "1995")).first)
        #expect(lowered.score == (lowered.nameScore ?? 0) - 15)
        #expect(screener.screen(ScreeningQuery(names: ["Kim Sang Man"], birthDate: "1980-04-01")).first?.score == 100)
    }

    @Test func userIndicatorFilesUseTheSameFormat() throws {
        let yaml = """
            list: Team watchlist
            date: 2026-11
            entries:
              - id: W-1
                kind: identifier
                name: Payout wallet seen in a fraud case
                wallets: ["ETH 0xAbCdEf0123456789abcdef0123456789ABCDEF01"]
                source: internal case 42
                date: 2026-10-02
            """
        let set = try IndicatorSet.parse(yaml: yaml, file: "team.yaml")
        let screener = Screener(lists: [], indicators: set)
        let hits = screener.screen(ScreeningQuery(wallets: ["0xabcdef0123456789ABCDEF0123456789abcdef01"]))
        #expect(hits.first?.list == "Team watchlist")
        #expect(hits.first?.source == "internal case 42 (2026-10-02)")
    }

    @Test func indicatorFilesWithoutSourceOrDateAreRejected() {
        let missing = "list: X\nentries:\n  - id: A\n    name: Somebody\n    date: 2026-01\n"
        #expect(throws: ScreeningError.self) { _ = try IndicatorSet.parse(yaml: missing, file: "x.yaml") }
        let badNet = "list: X\nentries:\n  - id: A\n    kind: identifier\n    name: n\n    networks: [300.1.1.1/8]\n    source: s\n    date: d\n"
        #expect(throws: ScreeningError.self) { _ = try IndicatorSet.parse(yaml: badNet, file: "x.yaml") }
        #expect(throws: ScreeningError.self) { _ = try IndicatorSet.parse(yaml: "{{{", file: "x.yaml") }
    }

    @Test func namesInOtherScriptsAreAlsoScreenedAsReadInLatinLetters() throws {
        let screener = try Screener.embeddedDefault()
        #expect(screener.matches(name: "김상만", threshold: 80).isEmpty, "the similarity compares names as written")
        let found = screener.matchesReadingOtherScripts(names: ["김상만", "Kim Sangman"], threshold: 80)
        #expect(found[0].reading == "Gim Sangman")
        #expect(found[0].matches.first?.entry.name == "KIM, Sang Man")
        #expect(found[1].reading == nil)
        #expect(found[1].matches.map(\.entry.id) == screener.matches(name: "Kim Sangman", threshold: 80).map(\.entry.id))
        let line = ScreeningOutput.line(query: "김상만", reading: found[0].reading, matches: found[0].matches)
        let object = try #require(JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
        #expect(object["reading"] as? String == "Gim Sangman")
        #expect((object["matches"] as? [[String: Any]])?.first?["name"] as? String == "KIM, Sang Man")
    }

    @Test func ndjsonLine() throws {
        let screener = try Screener.embeddedDefault()
        let matches = screener.matches(name: "Kim Sangman", threshold: 80)
        let line = ScreeningOutput.line(query: "Kim \"Sangman\"", matches: matches)
        let object = try #require(JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
        #expect(object["query"] as? String == "Kim \"Sangman\"")
        let first = try #require((object["matches"] as? [[String: Any]])?.first)
        #expect(first["list"] as? String == "Redflag DPRK indicators")
        #expect(first["id"] as? String == "RF-DPRK-2023-02")
        #expect(first["score"] as? Double == 100)
        #expect(first["programs"] as? [String] == ["DPRK-IT-WORKERS"])
    }
}
