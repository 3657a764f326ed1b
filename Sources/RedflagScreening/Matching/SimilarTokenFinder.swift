/// Finds the listed tokens whose standard Jaro–Winkler similarity to a query token reaches a floor,
/// without comparing the query with every listed token, and records for every listed token which lower
/// similarity levels its letter bound reaches (``TokenMatches``).
///
/// Jaro–Winkler is at most `(m/|q| + m/|v| + 1) / 3` plus the prefix bonus for the common prefix,
/// where `m` is bounded by the bytes both share (``LetterPlanes``, 64 tokens at a time). Token ids are
/// in length order, so one required count per level serves a whole 64-bit word: the smallest requirement
/// among its lengths, with no prefix bonus for tokens starting with another byte than the query (they have
/// none) and the largest possible bonus for the others. For the floor, each passing token is then held to
/// the requirement of its own length and actual common prefix, and only then compared exactly — so the
/// result is exactly the brute-force one.
struct SimilarTokenFinder: Sendable {
    let planes: LetterPlanes
    /// Shortest and longest token in each 64-bit word.
    let wordMinLength: [UInt16]
    let wordMaxLength: [UInt16]
    /// Per first byte: a bit per token starting with it (empty when none does).
    let firstByteWords: [[UInt64]]
    /// Per token, its length in bytes (`UInt16.max`: that or longer).
    let lengths: [UInt16]
    /// Per token, its first four bytes (``TokenSignature/prefix``), for the actual common prefix.
    let prefixes: [UInt32]

    /// `tokens` must be in length order (shortest first).
    init(tokens: FlatStrings) {
        let count = tokens.count
        planes = LetterPlanes(positions: count) { tokens.array($0) }
        var minLength = [UInt16](repeating: .max, count: planes.words)
        var maxLength = [UInt16](repeating: 0, count: planes.words)
        var byFirst = [[UInt64]](repeating: [], count: 256)
        for v in 0..<count {
            let length = UInt16(min(tokens.length(v), Int(UInt16.max)))
            minLength[v / 64] = min(minLength[v / 64], length)
            maxLength[v / 64] = max(maxLength[v / 64], length)
            let first = Int(tokens.firstByte(v))
            if byFirst[first].isEmpty { byFirst[first] = [UInt64](repeating: 0, count: planes.words) }
            byFirst[first][v / 64] |= UInt64(1) << UInt64(v % 64)
        }
        wordMinLength = minLength
        wordMaxLength = maxLength
        firstByteWords = byFirst
        lengths = (0..<count).map { UInt16(min(tokens.length($0), Int(UInt16.max))) }
        prefixes = (0..<count).map { TokenSignature(tokens.array($0)).prefix }
    }

    /// Every listed token longer than `minimumLength` bytes whose standard Jaro–Winkler with `query`
    /// is at least `floor`, with that similarity, in no particular order. `table` is
    /// ``JaroBoundTable/requiredMatches(queryLength:floor:unconditional:)`` for the query (standard).
    func find(_ query: [UInt8], floor: Double, minimumLength: Int, tokens: FlatStrings,
              table: [UInt16]) -> [(Int32, Double)] {
        let needs = wordNeeds(length: query.count, floor: floor, minimumLength: minimumLength, table: table, levels: [])
        return search(query, floor: floor, minimumLength: minimumLength, tokens: tokens,
                      table: table, levels: 0, needs: needs).found
    }

    /// Per 64-bit word, the fewest shared bytes any of its tokens needs for the floor and for each level, for a
    /// query of `length` bytes: `[lowest (other first byte), lowest (same), floor (other), floor (same), level k (other), level k (same)…]`
    /// (`Int(UInt16.max)`: none can reach it). Depends only on the query's length, so a batch computes it once.
    func wordNeeds(length lq: Int, floor: Double, minimumLength: Int, table: [UInt16],
                   levels: [(floor: Double, table: [UInt16])]) -> [UInt16] {
        let stride = 4 + 2 * levels.count
        var needs = [UInt16](repeating: .max, count: stride * planes.words)
        for w in 0..<planes.words {
            let longest = Int(wordMaxLength[w]), shortest = Int(wordMinLength[w])
            var row = [Int](repeating: .max, count: stride)
            table.withUnsafeBufferPointer { table in
                if longest > minimumLength {
                    for lv in max(shortest, minimumLength + 1)...longest {
                        row[2] = min(row[2], JaroBoundTable.required(table, 0, lq, lv, floor: floor, unconditional: false))
                        row[3] = min(row[3], JaroBoundTable.required(table, 4, lq, lv, floor: floor, unconditional: false))
                    }
                }
            }
            for (k, level) in levels.enumerated() {
                level.table.withUnsafeBufferPointer { table in
                    for lv in shortest...longest {
                        row[4 + 2 * k] = min(row[4 + 2 * k], JaroBoundTable.required(table, 0, lq, lv, floor: level.floor, unconditional: false))
                        row[5 + 2 * k] = min(row[5 + 2 * k], JaroBoundTable.required(table, 4, lq, lv, floor: level.floor, unconditional: false))
                    }
                }
            }
            row[0] = Swift.stride(from: 2, to: stride, by: 2).map { row[$0] }.min()!
            row[1] = Swift.stride(from: 3, to: stride, by: 2).map { row[$0] }.min()!
            for (e, need) in row.enumerated() { needs[w * stride + e] = UInt16(min(need, Int(UInt16.max))) }
        }
        return needs
    }

    /// ``find(_:floor:minimumLength:tokens:table:)`` plus, for every listed token (of any length), a bit per
    /// level (`levels` floors; `needs` from ``wordNeeds(length:floor:minimumLength:table:levels:)``) whose
    /// floor its letter bound meets.
    func search(_ query: [UInt8], floor: Double, minimumLength: Int, tokens: FlatStrings,
                table: [UInt16], levels levelCount: Int, needs: [UInt16]) -> TokenMatches {
        guard !query.isEmpty else { return TokenMatches(found: [], levels: levelCount, words: levelCount == 0 ? 0 : planes.words) }
        var result = TokenMatches(found: [], levels: levelCount, words: 0)
        let lq = query.count
        let q0 = query[0]
        let pattern = PatternJaro(query)
        let qPrefix = TokenSignature(query).prefix
        let letters = LetterPlanes.Query(query, words: planes.words)
        let bits = letters.bits
        let same = firstByteWords[Int(q0)]
        let stride = 4 + 2 * levelCount
        var found: [(Int32, Double)] = []
        var levelBits = [UInt64](repeating: 0, count: levelCount == 0 ? 0 : levelCount * planes.words)
        levelBits.withUnsafeMutableBufferPointer { levelBits in
        table.withUnsafeBufferPointer { table in
        needs.withUnsafeBufferPointer { needs in
        lengths.withUnsafeBufferPointer { lengths in
        prefixes.withUnsafeBufferPointer { prefixes in
        tokens.withView { tokens in
            @inline(__always) func required(_ l: Int, _ lv: Int) -> Int {
                JaroBoundTable.required(table, l, lq, lv, floor: floor, unconditional: false)
            }
            @inline(__always) func need(_ e: Int) -> Int {
                let n = needs[e]
                return n == .max ? .max : Int(n)
            }
            withUnsafeTemporaryAllocation(of: UInt64.self, capacity: bits) { buffer in
                let counter = buffer.baseAddress!
                for w in 0..<planes.words {
                    let row = w &* stride
                    let sameWord = same.isEmpty ? 0 : same[w]
                    if need(row) > lq && (sameWord == 0 || need(row &+ 1) > lq) { continue }
                    planes.count(word: w, letters, into: counter)
                    // Tokens starting with the query's byte may need fewer shared bytes (the prefix bonus); at
                    // levels up to 0.7 the bonus never applies, so both needs are the same and one count serves.
                    @inline(__always) func passing(_ needOther: Int, _ needSame: Int) -> UInt64 {
                        let other = LetterPlanes.atLeast(needOther, counter, bits: bits)
                        if sameWord == 0 || needSame == needOther { return other }
                        return other & ~sameWord | LetterPlanes.atLeast(needSame, counter, bits: bits) & sameWord
                    }
                    for k in 0..<levelCount {
                        levelBits[w &* levelCount &+ k] = passing(need(row &+ 4 &+ 2 &* k), need(row &+ 5 &+ 2 &* k))
                    }
                    let needOther = need(row &+ 2), needSame = sameWord != 0 ? need(row &+ 3) : .max
                    if min(needOther, needSame) > lq { continue }
                    var pass = passing(needOther, needSame)
                    while pass != 0 {
                        let bit = pass.trailingZeroBitCount
                        pass &= pass &- 1
                        let v = w &* 64 &+ bit
                        var lv = Int(lengths[v])
                        if lv == Int(UInt16.max) { lv = tokens[v].count }
                        if lv <= minimumLength { continue }
                        // The prefix's low byte is the first byte: another first byte means no common prefix.
                        let x = qPrefix ^ prefixes[v]
                        let l = x & 0xFF != 0 ? 0 : x == 0 ? 4 : x.trailingZeroBitCount &>> 3
                        let r = required(l, lv)
                        guard r != .max, min(LetterPlanes.value(at: bit, counter, bits: bits), lq, lv) >= r else { continue }
                        let text = tokens[v]
                        // Fewer than `r` matches keep the similarity below the floor: the comparison may stop early.
                        let similarity = pattern?.standard(text, minimumMatches: r)
                            ?? query.withUnsafeBufferPointer { JaroWinkler.standard($0, text) }
                        if similarity >= floor { found.append((Int32(v), similarity)) }
                    }
                }
            }
        }
        }
        }
        }
        }
        }
        result.found = found
        result.bits = levelBits
        return result
    }
}

/// What ``SimilarTokenFinder`` learnt about one query token: the listed tokens at the floor with their exact
/// similarity, and per listed token a bit per level its letter bound reaches (not reaching level `k` proves
/// the similarity is below that level's floor).
struct TokenMatches: Sendable {
    var found: [(Int32, Double)]
    /// `bits[w * levels + k]`: bit `b` set when token `64 w + b` meets level `k`.
    var bits: [UInt64]
    let levels: Int

    init(found: [(Int32, Double)], levels: Int, words: Int) {
        self.found = found
        self.levels = levels
        bits = [UInt64](repeating: 0, count: levels * words)
    }
}
