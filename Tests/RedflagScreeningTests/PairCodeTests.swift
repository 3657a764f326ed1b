import Testing

@testable import RedflagScreening

/// The per-pair codes the candidate bound adds up, against the exact similarity of every pair of query token
/// and listed token on the real 2021 SDN vocabulary.
@Suite struct PairCodeTests {
    /// A code may only overstate what a pair adds to the per-token sum (its similarity, or 0 below the pair
    /// floor), never understate it; tokens the search returned carry their own similarity's code.
    @Test func pairCodesNeverUnderstateWhatAPairAdds() throws {
        guard let index = try IndexBoundTests.sdnIndex() else { return }
        var scratch = NameIndex.Scratch(count: index.names.count)
        scratch.remembersTokens = false
        var pairs = 0, atFloor = 0, ruledOut = 0
        for (n, token) in IndexBoundTests.mutatedTokens(index, count: 120, seed: 23).enumerated() {
            let floor = [0.8, 0.75, 0.7, 0.9][n % 4] - 1e-9
            let minimumLength = n % 3 == 0 ? NameSimilarity.shortTokenLength : 0
            let query = NameIndex.QueryTokens([token], minimumLength: minimumLength, floor: floor,
                                              width: index.vocabulary.count)
            scratch.begin(floor: floor, tokens: 1, width: query.width, words: query.words)
            let matches = index.tokenMatches(token, query, &scratch)
            var row = [UInt8](repeating: 0xEE, count: query.words * 64)
            row.withUnsafeMutableBufferPointer { row in
                PairCodes.fill(row.baseAddress!, matches: matches, words: query.words, levelBounds: query.levelBounds,
                               shortSkipped: minimumLength > 0, shortTokenLimit: index.shortTokenLimit)
            }
            let found = Dictionary(matches.found.map { ($0.0, $0.1) }, uniquingKeysWith: { a, _ in a })
            for v in 0..<index.vocabulary.count {
                let s = JaroWinkler.standard(token, index.vocabulary.array(v))
                let adds = s >= NameSimilarity.pairFloor ? s : 0
                let code = row[v]
                #expect(Double(code) >= adds * 255,
                        "\(String(decoding: token, as: UTF8.self)) ~ \(String(decoding: index.vocabulary.array(v), as: UTF8.self)): code \(code) for \(s)")
                if let exact = found[Int32(v)] {
                    #expect(code == PairCodes.code(exact))
                    atFloor += 1
                }
                if Double(code) < floor * 255 { ruledOut += 1 }
                pairs += 1
            }
        }
        #expect(atFloor > 200)
        #expect(ruledOut > pairs * 3 / 4, "the codes should rule out most pairs at the floor")
        print("pair codes: \(pairs) pairs, \(atFloor) at the floor, \(ruledOut) ruled out at the floor")
    }

    @Test func codesRoundUpAndTheNeededSumAllowsForIt() {
        for x in stride(from: 0.0, through: 1.0, by: 0.0007) {
            #expect(Double(PairCodes.code(x)) >= x * 255)
            #expect(Double(PairCodes.code(x)) < x * 255 + 1)
            #expect(Double(PairCodes.strictCode(x)) >= x * 255 - 1e-9)
        }
        #expect(PairCodes.code(1) == 255 && PairCodes.strictCode(1) == 255)
        #expect(PairCodes.code(0) == 0 && PairCodes.strictCode(0) == 0)
        for tokens in 1...6 {
            for floor in [0.8 - 1e-9, 0.75 - 1e-9, 0.7 - 1e-9] {
                // A mean exactly at the floor is never rejected: its codes sum to at least the needed sum.
                let needed = PairCodes.neededCode(floor: floor, tokens: tokens)
                #expect(tokens * Int(PairCodes.code(floor)) >= needed)
                #expect(Double(needed) > floor * Double(tokens) * 255 - 1)
            }
        }
        // Two query tokens, one pair exact at 1 and the other below the 0.6 level: the mean is below 0.8, and
        // the codes must show it (the level sits on a code step below 0.6).
        let levels = NameIndex.levelFloors(below: 0.8 - 1e-9)
        #expect(levels.count == 3 && levels[1] < 0.6 && levels[2] < 0.7)
        #expect(Int(PairCodes.code(1)) + Int(PairCodes.strictCode(levels[1])) < PairCodes.neededCode(floor: 0.8 - 1e-9, tokens: 2))
    }

    /// A batch remembers each distinct query token's row of codes, tightened as exact similarities are found,
    /// and forgets them all past its limit: searches with that memory must return what cold searches return.
    @Test func rememberedCodeRowsGiveTheSameHitsAsColdSearches() throws {
        guard let names = try NameIndexTests.sdnNames() else { return }
        let index = NameIndex(names: names)
        var warm = NameIndex.Scratch(count: names.count)
        var cold = NameIndex.Scratch(count: names.count)
        cold.remembersTokens = false
        var queries = NameIndexTests.queries(from: names, every: 60).filter { !$0.isEmpty }
        queries += queries.reversed()
        var distinct = Set<[UInt8]>(), hits = 0
        for query in queries {
            distinct.formUnion(PreparedName(query).significantTokens)
            let fast = index.search(query, threshold: 80, scratch: &warm)
            #expect(fast == index.search(query, threshold: 80, scratch: &cold), "\(query)")
            hits += fast.count
        }
        #expect(distinct.count > NameIndex.Scratch.memoLimit, "the memory should fill up and be forgotten")
        #expect(hits > queries.count)
    }
}
