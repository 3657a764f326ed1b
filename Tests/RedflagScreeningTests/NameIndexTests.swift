import Foundation
import RedflagPrimitives
import Testing

@testable import RedflagScreening

@Suite struct NameIndexTests {
    static func sdnNames() throws -> [NameIndex.Name]? {
        guard let dir = SharedData.url("sanctions/ofac-2021") else { return nil }
        let list = try OFACParser.load(directory: dir)
        var names: [NameIndex.Name] = []
        for (i, entry) in list.entries.enumerated() {
            for name in entry.allNames { names.append(.init(text: name, owner: i)) }
        }
        return names
    }

    /// Queries derived from listed names: exact, reordered, misspelt, truncated, plus unrelated names.
    static func queries(from names: [NameIndex.Name], every step: Int) -> [String] {
        var out: [String] = ["John Smith", "Maria Garcia", "Kim Jong Un", "Pak Jin Hyok", "Ri Song Hwa", "Z", "AL", "Osama",
                             "Korea Mining Development", "Vladimir Putin", "Sang Man Kim", "Bank Melli Iran"]
        for i in stride(from: 0, to: names.count, by: step) {
            let name = names[i].text
            out.append(name)
            let tokens = NameNormalizer.tokens(name)
            if tokens.count > 1 { out.append(tokens.reversed().joined(separator: " ")) }
            var chars = Array(name)
            if chars.count > 4 { chars.swapAt(1, 2); chars.remove(at: chars.count / 2) }
            out.append(String(chars))
            if let first = tokens.first { out.append(first) }
        }
        return out
    }

    @Test func indexFindsExactlyWhatBruteForceFinds() throws {
        guard let names = try Self.sdnNames() else { return }
        let index = NameIndex(names: names)
        var scratch = NameIndex.Scratch(count: names.count)
        var compared = 0, withHits = 0
        for query in Self.queries(from: names, every: 1499) {
            for threshold in [80.0, 70.0] {
                let fast = index.search(query, threshold: threshold, scratch: &scratch)
                let slow = index.bruteForce(query, threshold: threshold)
                #expect(fast.map(\.nameIndex) == slow.map(\.nameIndex), "\(query) at \(threshold)")
                #expect(fast.map(\.score) == slow.map(\.score), "\(query) at \(threshold)")
                compared += 1
                if !slow.isEmpty { withHits += 1 }
            }
        }
        print("index vs brute force: \(compared) searches identical, \(withHits) with hits")
        #expect(withHits > compared / 2)
    }

    /// Queries whose joined form is over 64 bytes take the classic whole-string comparison instead of the
    /// bit-parallel one (a slip there went unseen by the other brute-force tests).
    @Test func longQueriesAgreeWithBruteForce() throws {
        guard let names = try Self.sdnNames() else { return }
        let index = NameIndex(names: names)
        var scratch = NameIndex.Scratch(count: names.count)
        let long = names.map(\.text).filter { $0.utf8.count > 70 }
        var queries = stride(from: 0, to: long.count, by: max(1, long.count / 12)).map { long[$0] }
        queries += queries.map { String($0.dropLast(3)) + " LIMITED" }
        queries.append("Yanbian Silverstar Network Technology Company Limited, Shenyang Branch Office")
        for query in queries {
            for threshold in [80.0, 70.0] {
                let fast = index.search(query, threshold: threshold, scratch: &scratch)
                let slow = index.bruteForce(query, threshold: threshold)
                #expect(fast.map(\.nameIndex) == slow.map(\.nameIndex), "\(query) at \(threshold)")
                #expect(fast.map(\.score) == slow.map(\.score), "\(query) at \(threshold)")
            }
        }
        #expect(queries.count > 10)
    }

    @Test func smallIndexAgreesWithBruteForceOnKoreanVariants() {
        let listed = ["KIM, Sang Man", "JONG, Song Hwa", "Chinyong Information Technology Cooperation Company",
                      "AL QAEDA", "PAK, Jin Hyok", "RI, Yong Ho", "O, Kuk Ryol", "Yanbian Silverstar Network Technology Co., Ltd."]
        let index = NameIndex(names: listed.enumerated().map { .init(text: $0.element, owner: $0.offset) })
        for query in ["Kim Sangman", "Gim Sang-man", "Sang Man Kim", "Jung Song Hwa", "Park Jin Hyok", "Lee Yong Ho",
                      "Oh Kuk Ryol", "Jinyong Information Technology", "ALQAEDA", "Silver Star Network", "Yong"] {
            let fast = index.search(query, threshold: 75)
            #expect(fast.map(\.nameIndex) == index.bruteForce(query, threshold: 75).map(\.nameIndex), "\(query)")
        }
        #expect(index.search("Kim Sangman", threshold: 80).first?.owner == 0)
        #expect(index.search("Park Jin Hyok", threshold: 80).first?.owner == 4)
    }
}

@Suite struct PatternJaroTests {
    @Test func bitParallelJaroEqualsTheClassicAlgorithm() throws {
        var rng = SystemRandomNumberGenerator()
        let alphabet = Array("ABCDE ".utf8)
        for n in 0..<20_000 {
            // Short patterns as tokens are, and up to 64 bytes as joined names are (every window size).
            let a = (0..<Int.random(in: 1...(n % 2 == 0 ? 12 : 64), using: &rng)).map { _ in alphabet.randomElement(using: &rng)! }
            let b = (0..<Int.random(in: 1...70, using: &rng)).map { _ in alphabet.randomElement(using: &rng)! }
            let p = try #require(PatternJaro(a))
            let fast = b.withUnsafeBufferPointer { p.standard($0) }
            let slow = JaroWinkler.standard(a, b)
            #expect(fast == slow, "\(String(decoding: a, as: UTF8.self)) / \(String(decoding: b, as: UTF8.self))")
            if fast != slow { return }
            #expect(b.withUnsafeBufferPointer { p.unconditional($0) } == JaroWinkler.unconditional(a, b))
        }
    }

    /// Stopping once too few matches remain possible returns either the exact similarity or 0, and 0 only
    /// when the similarity is at most what one match fewer than required allows.
    @Test func earlyStopOnlyDropsComparisonsBelowTheRequiredMatches() throws {
        var rng = SplitMix64(seed: 19)
        let alphabet = Array("ABCDE ".utf8)
        var stopped = 0
        for _ in 0..<20_000 {
            let a = (0..<Int(1 + rng.next() % 40)).map { _ in alphabet[Int(rng.next() % 6)] }
            let b = (0..<Int(1 + rng.next() % 40)).map { _ in alphabet[Int(rng.next() % 6)] }
            let required = Int(rng.next() % UInt64(min(a.count, b.count) + 2))
            let exact = JaroWinkler.unconditional(a, b)
            let early = a.withUnsafeBufferPointer { pa in
                b.withUnsafeBufferPointer { pb in
                    PatternJaro.positions(of: a).withUnsafeBufferPointer { pm in
                        PatternJaro.unconditional(positions: pm.baseAddress!, pattern: pa.baseAddress!, length: pa.count, pb,
                                                  minimumMatches: required)
                    }
                }
            }
            if early == exact { continue }
            stopped += 1
            #expect(early == 0)
            let l = a.withUnsafeBufferPointer { pa in b.withUnsafeBufferPointer { JaroWinkler.prefixLength(pa, $0) } }
            let ceiling = required <= 1 ? 0 : JaroBoundTable.bound(required - 1, a.count, b.count, l, unconditional: true)
            #expect(exact <= ceiling + 1e-12, "\(String(decoding: a, as: UTF8.self)) / \(String(decoding: b, as: UTF8.self))")
        }
        #expect(stopped > 1_000)
    }
}
