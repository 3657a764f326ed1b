import Foundation
import RedflagPrimitives
import Testing

@testable import RedflagScreening

/// The index's candidate filters against brute force on the real 2021 SDN vocabulary: each must return
/// every string a full scan returns (the bounds may only ever let more through, never fewer).
@Suite struct IndexBoundTests {
    static func sdnIndex() throws -> NameIndex? {
        guard let names = try NameIndexTests.sdnNames() else { return nil }
        return NameIndex(names: names)
    }

    /// Listed tokens with a letter dropped, doubled, swapped or replaced, and random strings.
    static func mutatedTokens(_ index: NameIndex, count: Int, seed: UInt64) -> [[UInt8]] {
        var rng = SplitMix64(seed: seed)
        let letters = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZ".utf8)
        var out: [[UInt8]] = [Array("A".utf8), Array("AL".utf8), Array("MOHAMMED".utf8), Array("KIM".utf8)]
        while out.count < count {
            var token = index.vocabulary.array(Int(rng.next() % UInt64(index.vocabulary.count)))
            switch rng.next() % 5 {
            case 0 where token.count > 1: token.remove(at: Int(rng.next() % UInt64(token.count)))
            case 1: token.insert(letters[Int(rng.next() % 26)], at: Int(rng.next() % UInt64(token.count + 1)))
            case 2 where token.count > 2:
                let i = Int(rng.next() % UInt64(token.count - 1))
                token.swapAt(i, i + 1)
            case 3: token[Int(rng.next() % UInt64(token.count))] = letters[Int(rng.next() % 26)]
            case 4: token = (0..<Int(1 + rng.next() % 12)).map { _ in letters[Int(rng.next() % 26)] }
            default: break
            }
            out.append(token)
        }
        return out
    }

    @Test func similarTokenSearchFindsExactlyWhatAFullScanFinds() throws {
        guard let index = try Self.sdnIndex() else { return }
        var scratch = NameIndex.Scratch(count: index.names.count)
        var pairs = 0
        for (n, token) in Self.mutatedTokens(index, count: 160, seed: 42).enumerated() {
            let floor = [0.7, 0.8, 0.9][n % 3] - 1e-9
            let minimumLength = n % 2 == 0 ? 0 : NameSimilarity.shortTokenLength
            let table = scratch.table(length: token.count, floor: floor, unconditional: false)
            let fast = index.finder.find(token, floor: floor, minimumLength: minimumLength, tokens: index.vocabulary, table: table)
            var slow: [Int32: Double] = [:]
            for v in 0..<index.vocabulary.count where index.vocabulary.length(v) > minimumLength {
                let s = JaroWinkler.standard(token, index.vocabulary.array(v))
                if s >= floor { slow[Int32(v)] = s }
            }
            let found = Dictionary(fast.map { ($0.0, $0.1) }, uniquingKeysWith: { a, _ in a })
            #expect(found.count == fast.count, "duplicates for \(String(decoding: token, as: UTF8.self))")
            #expect(found == slow, "\(String(decoding: token, as: UTF8.self)) at \(floor), short ≤ \(minimumLength)")
            pairs += slow.count
        }
        #expect(pairs > 1000)
    }

    /// Every name reaching the floor is kept, with a bound at or above its whole-string similarity, its own
    /// text at its scan position, and a match requirement under which the early-stopping comparison still
    /// returns the exact similarity.
    @Test func wholeNameScanKeepsEveryNameReachingTheFloor() throws {
        guard let index = try Self.sdnIndex() else { return }
        var scratch = NameIndex.Scratch(count: index.names.count)
        var rng = SplitMix64(seed: 7)
        var kept = 0, reaching = 0, stopped = 0
        for _ in 0..<40 {
            let n = Int(rng.next() % UInt64(index.names.count))
            var query = index.joined.array(n)
            if query.count > 3 { query.remove(at: 1 + Int(rng.next() % UInt64(query.count - 2))) }
            for floor in [0.8 - 1e-9, 0.7 - 1e-9] {
                let table = scratch.table(length: query.count, floor: floor, unconditional: true)
                var candidates: [Int32: WholeNameScan.Candidate] = [:]
                index.whole.candidates(query, floor: floor, table: table) { candidates[$0.name] = $0 }
                for (name, c) in candidates {
                    let text = index.whole.texts.array(Int(c.position))
                    #expect(text == index.joined.array(Int(name)))
                    let exact = JaroWinkler.unconditional(query, text)
                    #expect(exact <= c.bound + 1e-12, "bound \(c.bound) below \(exact)")
                    guard query.count <= 64 else { continue }
                    let early = query.withUnsafeBufferPointer { q in
                        text.withUnsafeBufferPointer { t in
                            PatternJaro.positions(of: query).withUnsafeBufferPointer { pm in
                                PatternJaro.unconditional(positions: pm.baseAddress!, pattern: q.baseAddress!, length: q.count,
                                                          t, minimumMatches: Int(c.requiredMatches))
                            }
                        }
                    }
                    if exact >= floor { #expect(early == exact) } else { #expect(early == exact || early == 0) }
                    if early == 0 && exact > 0 { stopped += 1 }
                }
                for m in 0..<index.names.count where index.joined.firstByte(m) == query.first {
                    if JaroWinkler.unconditional(query, index.joined.array(m)) >= floor {
                        reaching += 1
                        #expect(candidates[Int32(m)] != nil, "\(String(decoding: query, as: UTF8.self)) lost \(index.names[m].text)")
                    }
                }
                kept += candidates.count
            }
        }
        #expect(reaching > 40)
        #expect(stopped > 0)
        print("whole-string scan: \(kept) candidates kept for \(reaching) names reaching the floor, \(stopped) comparisons stopped early")
    }

    /// The level bits the token search records for every listed token are what the per-candidate bound
    /// reads: a token whose similarity reaches a level's floor must have that level's bit.
    @Test func tokenLevelsNeverUnderstateASimilarity() throws {
        guard let index = try Self.sdnIndex() else { return }
        var scratch = NameIndex.Scratch(count: index.names.count)
        scratch.remembersTokens = false
        var checked = 0, cleared = 0
        for (n, token) in Self.mutatedTokens(index, count: 120, seed: 11).enumerated() {
            let floor = [0.8, 0.75, 0.9][n % 3] - 1e-9
            let query = NameIndex.QueryTokens([token], minimumLength: n % 2 == 0 ? 0 : NameSimilarity.shortTokenLength,
                                              floor: floor, width: index.vocabulary.count)
            scratch.begin(floor: floor, tokens: 1, width: query.width, words: query.words)
            let matches = index.tokenMatches(token, query, &scratch)
            #expect(matches.levels == query.levelFloors.count && matches.levels >= 2)
            for v in 0..<index.vocabulary.count {
                let s = JaroWinkler.standard(token, index.vocabulary.array(v))
                for (k, levelFloor) in query.levelFloors.enumerated() {
                    let bit = (matches.bits[(v / 64) * matches.levels + k] >> UInt64(v % 64)) & 1 == 1
                    if s >= levelFloor {
                        #expect(bit, "\(String(decoding: token, as: UTF8.self)) lost token \(v) at level \(k)")
                        checked += 1
                    } else if !bit {
                        cleared += 1
                    }
                }
            }
        }
        #expect(checked > 10_000)
        #expect(cleared > checked, "the levels should rule out most pairs")
        print("token levels: \(checked) pairs at a level kept, \(cleared) below it ruled out")
    }

    /// Queries like the benchmark's (listed names with a typo, reversed or missing a token, and common
    /// names): the index returns the same names, scores and matched tokens as scoring every listed name.
    @Test func indexAgreesWithBruteForceOnBenchmarkLikeQueries() throws {
        guard let names = try NameIndexTests.sdnNames() else { return }
        let index = NameIndex(names: names)
        var scratch = NameIndex.Scratch(count: names.count)
        var rng = SplitMix64(seed: 2026)
        let first = ["James", "Wei", "Olena", "Ahmed", "Fatima", "Ivan", "Min", "Omar"]
        let last = ["Smith", "Chen", "Nguyen", "Hernandez", "Ivanova", "Haddad", "Park", "Kumar"]
        var hits = 0
        for q in 0..<48 {
            var query: String
            if q % 2 == 0 {
                query = names[Int(rng.next() % UInt64(names.count))].text
                var tokens = query.split(whereSeparator: { $0 == " " || $0 == "," }).map(String.init)
                switch rng.next() % 3 {
                case 0 where query.count > 4:
                    var chars = Array(query)
                    chars.remove(at: 1 + Int(rng.next() % UInt64(chars.count - 2)))
                    query = String(chars)
                case 1 where tokens.count > 1: query = tokens.reversed().joined(separator: " ")
                case 2 where tokens.count > 2:
                    tokens.remove(at: Int(rng.next() % UInt64(tokens.count)))
                    query = tokens.joined(separator: " ")
                default: break
                }
            } else {
                query = "\(first[Int(rng.next() % 8)]) \(last[Int(rng.next() % 8)])"
            }
            let fast = index.search(query, threshold: 80, scratch: &scratch)
            let slow = index.bruteForce(query, threshold: 80)
            #expect(fast == slow, "\(query)")
            hits += slow.count
        }
        #expect(hits > 100)
    }

    @Test func asciiNormalisationEqualsTheUnicodePath() throws {
        var rng = SplitMix64(seed: 3)
        let alphabet = Array("abcXYZ09 .'`-,/()&\tOhGimLeeParkJung".utf8)
        var samples = (0..<3000).map { _ in
            String(decoding: (0..<Int(rng.next() % 24)).map { _ in alphabet[Int(rng.next() % UInt64(alphabet.count))] },
                   as: UTF8.self)
        }
        samples += (0..<128).map { String(UnicodeScalar(UInt8($0))) + "a" + String(UnicodeScalar(UInt8($0))) + "Kim" }
        if let names = try NameIndexTests.sdnNames() { samples += names.map(\.text) }
        var ascii = 0
        for s in samples {
            guard let fast = NameNormalizer.asciiTokenBytes(s) else { continue }
            ascii += 1
            #expect(fast == NameNormalizer.unicodeTokenBytes(s), "\(s)")
        }
        #expect(ascii >= 3000)
        #expect(NameNormalizer.asciiTokenBytes("Müller") == nil)
    }
}
