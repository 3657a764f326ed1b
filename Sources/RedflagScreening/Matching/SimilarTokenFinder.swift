/// Finds the listed tokens whose standard Jaro–Winkler similarity to a query token reaches a floor,
/// without comparing the query with every listed token.
///
/// Jaro–Winkler is at most `(m/|q| + m/|v| + 1) / 3` plus the prefix bonus for the common prefix,
/// where `m` is bounded by the bytes both share (``LetterPlanes``, 64 tokens at a time). Token ids are
/// in length order, so one required count serves a whole 64-bit word: the smallest requirement among
/// its lengths, with no prefix bonus for tokens starting with another byte than the query (they have
/// none) and the largest possible bonus for the others. Each passing token is then held to the
/// requirement of its own length and actual common prefix, and only then compared exactly — so the
/// result is exactly the brute-force one.
struct SimilarTokenFinder: Sendable {
    let planes: LetterPlanes
    /// Shortest and longest token in each 64-bit word.
    let wordMinLength: [UInt16]
    let wordMaxLength: [UInt16]
    /// Per first byte: a bit per token starting with it (empty when none does).
    let firstByteWords: [[UInt64]]
    let firstBytes: [UInt8]

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
        firstBytes = (0..<count).map { tokens.firstByte($0) }
    }

    /// Every listed token longer than `minimumLength` bytes whose standard Jaro–Winkler with `query`
    /// is at least `floor`, with that similarity, in no particular order. `table` is
    /// ``JaroBoundTable/requiredMatches(queryLength:floor:unconditional:)`` for the query (standard).
    func find(_ query: [UInt8], floor: Double, minimumLength: Int, tokens: FlatStrings,
              signatures: [TokenSignature], table: [UInt16]) -> [(Int32, Double)] {
        guard !query.isEmpty else { return [] }
        let lq = query.count
        let q0 = query[0]
        let pattern = PatternJaro(query)
        let qPrefix = TokenSignature(query).prefix
        let letters = LetterPlanes.Query(query, words: planes.words)
        let bits = letters.bits
        let same = firstByteWords[Int(q0)]
        var found: [(Int32, Double)] = []
        table.withUnsafeBufferPointer { table in
            @inline(__always) func required(_ l: Int, _ lv: Int) -> Int {
                JaroBoundTable.required(table, l, lq, lv, floor: floor, unconditional: false)
            }
            withUnsafeTemporaryAllocation(of: UInt64.self, capacity: bits) { buffer in
                let counter = buffer.baseAddress!
                for w in 0..<planes.words {
                    let longest = Int(wordMaxLength[w])
                    if longest <= minimumLength { continue }
                    let sameWord = same.isEmpty ? 0 : same[w]
                    var needOther = Int.max, needSame = Int.max
                    for lv in max(Int(wordMinLength[w]), minimumLength + 1)...longest {
                        needOther = min(needOther, required(0, lv))
                        if sameWord != 0 { needSame = min(needSame, required(4, lv)) }
                    }
                    if min(needOther, needSame) > lq { continue }
                    planes.count(word: w, letters, into: counter)
                    var pass = LetterPlanes.atLeast(needOther, counter, bits: bits) & ~sameWord
                    if sameWord != 0 { pass |= LetterPlanes.atLeast(needSame, counter, bits: bits) & sameWord }
                    while pass != 0 {
                        let bit = pass.trailingZeroBitCount
                        pass &= pass &- 1
                        let v = w &* 64 &+ bit
                        let lv = tokens.length(v)
                        if lv <= minimumLength { continue }
                        var l = 0
                        if firstBytes[v] == q0 {
                            let x = qPrefix ^ signatures[v].prefix
                            l = x == 0 ? 4 : x.trailingZeroBitCount &>> 3
                        }
                        let r = required(l, lv)
                        guard r != .max, min(LetterPlanes.value(at: bit, counter, bits: bits), lq, lv) >= r else { continue }
                        let similarity = tokens.withBytes(v) { text in
                            if let pattern { return pattern.standard(text) }
                            return query.withUnsafeBufferPointer { JaroWinkler.standard($0, text) }
                        }
                        if similarity >= floor { found.append((Int32(v), similarity)) }
                    }
                }
            }
        }
        return found
    }
}
