import Foundation
import Testing
@testable import RedflagScreening

@Suite struct NameSimilarityTests {
    struct FixtureRow { var query: String; var result: String; var ofac: Int }

    static func fixture() throws -> [FixtureRow]? {
        guard let url = SharedData.url("sanctions/name-matching/ofac_fixtures.csv") else { return nil }
        let text = try String(contentsOf: url, encoding: .utf8)
        let records = try SimpleCSV.parse(text, file: url.lastPathComponent)
        return records.dropFirst().map { FixtureRow(query: $0[0], result: $0[1], ofac: Int($0[2]) ?? -2) }
    }

    @Test func agreesWithOFACOnTheFixture() throws {
        guard let rows = try Self.fixture() else { return }
        #expect(rows.count == 170)
        var agree = 0, returned = 0
        var misses: [String] = []
        for row in rows {
            let score = NameSimilarity.score(row.query, row.result)
            if row.ofac >= 0 {
                returned += 1
                if abs(score.rounded() - Double(row.ofac)) <= 5 { agree += 1 } else {
                    misses.append("\(row.query) | \(row.result): OFAC \(row.ofac), ours \(Int(score.rounded()))")
                }
            } else {
                #expect(score < NameSimilarity.defaultThreshold, "\(row.query) | \(row.result) scored \(score)")
            }
        }
        print("OFAC fixture: \(agree)/\(returned) within ±5 points\n" + misses.joined(separator: "\n"))
        #expect(Double(agree) / Double(returned) >= 0.9)
    }

    @Test func identicalNamesScore100() {
        #expect(NameSimilarity.score("Kim Sang Man", "KIM, Sang Man") == 100)
        #expect(NameSimilarity.score("Vladimir Putin", "Vladimir Putin") == 100)
    }

    @Test(arguments: [
        ("Kim Sangman", "KIM, Sang Man"), ("Kim Sang-man", "KIM, Sang Man"), ("Gim Sang Man", "KIM, Sang Man"),
        ("Sang Man Kim", "KIM, Sang Man"), ("Park Jin Hyok", "PAK, Jin Hyok"), ("Jung Song Hwa", "JONG, Song Hwa"),
        ("Choi Song Il", "CHOE, Song Il"), ("Lee Jong Won", "RI, Jong Won"), ("Kim Sang Man", "KIM, Sangman"),
    ])
    func koreanSpellingsMatch(_ pair: (String, String)) {
        #expect(NameSimilarity.score(pair.0, pair.1) >= 95, "\(pair)")
    }

    /// Surname spellings fold only where a surname stands; a syllable of a given name is left as written.
    @Test func givenNameSyllablesAreNotReadAsSurnames() {
        #expect(NameNormalizer.tokens("Min-jun Cho") == ["MIN", "JUN", "JO"])
        #expect(NameNormalizer.tokens("LEE, Yu Jin") == ["RI", "YU", "JIN"])
        #expect(NameNormalizer.tokens("Jin Yu Lee") == ["JIN", "YU", "RI"])
        #expect(NameSimilarity.score("Min-jun Cho", "MYONG, Chol Min") < 80)
        #expect(NameSimilarity.score("Min-jun Lee", "MYONG, Chol Min") < 80)
        #expect(NameSimilarity.score("Jong Un Gim", "KIM, Jong Un") == 100)
    }

    @Test func diacriticsAndPunctuationAreIgnored() {
        #expect(NameSimilarity.score("José Müller-Lüdenscheidt", "JOSE MULLER LUDENSCHEIDT") == 100)
        #expect(NameSimilarity.score("O'Brien", "OBRIEN") == 100)
        #expect(NameTokens("J.P. Morgan") == ["JP", "MORGAN"])
    }

    @Test func unrelatedNamesScoreLow() {
        #expect(NameSimilarity.score("John Smith", "YANBIAN SILVERSTAR NETWORK TECHNOLOGY CO., LTD.") < 70)
        #expect(NameSimilarity.score("", "KIM, Sang Man") == 0)
    }

    @Test func explainReportsMatchedTokens() {
        let (score, tokens) = NameSimilarity.explain("Sang Man Kim", "KIM, Sang Man")
        #expect(score == 100)
        #expect(Set(tokens) == ["KIM", "SANG", "MAN"])
    }

    private func NameTokens(_ s: String) -> [String] { NameNormalizer.tokens(s) }
}
