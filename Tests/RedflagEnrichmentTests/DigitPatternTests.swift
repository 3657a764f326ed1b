import Foundation
import RedflagPrimitives
import Testing

@testable import RedflagEnrichment

/// `DigitPattern` against ICU's regular expressions on every pattern of the bundled numbering plans.
@Suite struct DigitPatternTests {
    static let table = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Sources/RedflagEnrichment/Resources/phone-metadata.tsv")

    /// Number-range patterns (`D` rows) and leading-digit patterns (`R` rows) of the bundled table.
    static func patterns() throws -> (ranges: [String], leading: [String]) {
        let lines = try String(contentsOf: table, encoding: .utf8).split(separator: "\n").filter { !$0.hasPrefix("#") }
        let rows = lines.map { $0.split(separator: "\t", omittingEmptySubsequences: false).map(String.init) }
        return (rows.filter { $0.first == "D" }.map { $0[3] }, rows.filter { $0.first == "R" && !$0[7].isEmpty }.map { $0[7] })
    }

    /// A random text the pattern matches.
    static func sample(_ alternatives: [[DigitPattern.Item]], _ random: inout SplitMix64) -> String {
        var text = ""
        for item in alternatives.randomElement(using: &random)! {
            for _ in 0..<Int.random(in: item.minimum...(item.maximum ?? item.minimum + 3), using: &random) {
                switch item.node {
                case .digits(let set):
                    text += String((0..<10).filter { set & (1 << $0) != 0 }.randomElement(using: &random)!)
                case .group(let inner):
                    text += sample(inner, &random)
                }
            }
        }
        return text
    }

    /// Matching texts, the same with one digit changed, dropped or added, and random digit strings.
    static func texts(for pattern: DigitPattern, _ random: inout SplitMix64) -> [String] {
        var texts: [String] = []
        for _ in 0..<6 {
            let text = sample(pattern.alternatives, &random)
            texts.append(text)
            guard !text.isEmpty else { continue }
            var digits = Array(text)
            let at = Int.random(in: 0..<digits.count, using: &random)
            digits[at] = Character(String(Int.random(in: 0...9, using: &random)))
            texts.append(String(digits))
            texts.append(String(text.dropLast()))
            texts.append(text + String(Int.random(in: 0...9, using: &random)))
        }
        for length in [1, 5, 9, 12] {
            texts.append(String((0..<length).map { _ in Character(String(Int.random(in: 0...9, using: &random))) }))
        }
        return texts
    }

    @Test func agreesWithICUOnEveryBundledPattern() throws {
        let (ranges, leading) = try Self.patterns()
        #expect(ranges.count > 1_000)
        var random = SplitMix64(seed: 41)
        var compared = 0
        for (patterns, anchor) in [(ranges, "$"), (leading, "")] {
            for source in Set(patterns) {
                let pattern = try #require(DigitPattern(source), "unsupported syntax: \(source)")
                let regex = try NSRegularExpression(pattern: "^(?:\(source))\(anchor)")
                for text in Self.texts(for: pattern, &random) {
                    let icu = regex.firstMatch(in: text, options: [.anchored], range: NSRange(location: 0, length: text.utf16.count)) != nil
                    let ours = anchor.isEmpty ? pattern.matchesPrefix(text) : pattern.matchesWhole(text)
                    #expect(ours == icu, "\(source) on \(text)")
                    compared += 1
                }
            }
        }
        print("DigitPattern: \(compared) texts compared with ICU")
    }

    @Test func unknownSyntaxAndTextsAreLeftToTheRegularExpression() {
        for source in ["[^1]\\d", "\\d+", "1*", "(1)", "[1-", "(?:1", "a", "1{2", "[]", "1{3,2}"] {
            #expect(DigitPattern(source) == nil, "\(source)")
        }
        let pattern = DigitPattern("(?:1|2[0-4])\\d{2,}")!
        #expect(pattern.matchesWhole("2399") == true && pattern.matchesWhole("259") == false)
        #expect(pattern.matchesWhole("12a") == nil)
        #expect(pattern.matchesWhole(String(repeating: "1", count: 80)) == nil)
        #expect(DigitPattern("(?:)")?.matchesWhole("") == true)
    }
}
