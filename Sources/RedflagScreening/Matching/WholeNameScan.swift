/// Finds the listed names whose whole-string (joined tokens) unconditional Jaro–Winkler with a query
/// may reach a floor. The technique only compares names starting with the query's first byte, so names
/// are grouped by first byte (each group starting on a 64-bit word) and sorted by length within it;
/// ``LetterPlanes`` counts the bytes each shares with the query, 64 names at a time, against the word's
/// smallest requirement (best prefix), and each passing name is then held to the requirement of its
/// own length and actual common prefix. A common prefix beyond the first byte needs the query's second byte,
/// so the word's best-prefix requirement is applied only to names whose second byte falls in the query's second
/// byte's bin (``secondBins``); the others are held to the (larger) one-byte-prefix requirement.
struct WholeNameScan: Sendable {
    /// Name id at each position (-1 for padding).
    let order: [Int32]
    /// Group `b` covers words `groupWords[b]..<groupWords[b + 1]`.
    let groupWords: [Int32]
    let lengths: [UInt16]
    let prefixes: [UInt32]
    let wordMinLength: [UInt16]
    let wordMaxLength: [UInt16]
    let planes: LetterPlanes
    /// `secondBins[b * planes.words + w]`: bit per name of word `w` whose second byte is in
    /// ``TokenSignature`` bin `b` (names of one byte have none).
    let secondBins: [UInt64]
    /// The names' joined text in scan order (empty for padding), so that the candidates of one query,
    /// which come in scan order, are read from nearby memory.
    let texts: FlatStrings

    init(joined: FlatStrings) {
        var groups = [[Int32]](repeating: [], count: 256)
        for n in 0..<joined.count where joined.length(n) > 0 { groups[Int(joined.firstByte(n))].append(Int32(n)) }
        var order: [Int32] = []
        var groupWords: [Int32] = [0]
        for g in groups {
            let sorted = g.sorted { joined.length(Int($0)) != joined.length(Int($1)) ? joined.length(Int($0)) < joined.length(Int($1)) : $0 < $1 }
            order += sorted
            while order.count % 64 != 0 { order.append(-1) }
            groupWords.append(Int32(order.count / 64))
        }
        self.order = order
        self.groupWords = groupWords
        var lengths: [UInt16] = [], prefixes: [UInt32] = []
        for id in order {
            let signature = TokenSignature(id < 0 ? [] : joined.array(Int(id)))
            lengths.append(signature.length)
            prefixes.append(signature.prefix)
        }
        self.lengths = lengths
        self.prefixes = prefixes
        var minLength = [UInt16](repeating: .max, count: order.count / 64)
        var maxLength = [UInt16](repeating: 0, count: order.count / 64)
        for (p, id) in order.enumerated() where id >= 0 {
            minLength[p / 64] = min(minLength[p / 64], lengths[p])
            maxLength[p / 64] = max(maxLength[p / 64], lengths[p])
        }
        wordMinLength = minLength
        wordMaxLength = maxLength
        planes = LetterPlanes(positions: order.count) { p in order[p] < 0 ? nil : joined.array(Int(order[p])) }
        var secondBins = [UInt64](repeating: 0, count: 32 * planes.words)
        for (p, id) in order.enumerated() where id >= 0 && joined.length(Int(id)) > 1 {
            let second = joined.array(Int(id))[1]
            secondBins[Int(TokenSignature.bin(second)) * planes.words + p / 64] |= UInt64(1) << UInt64(p % 64)
        }
        self.secondBins = secondBins
        texts = FlatStrings(order.map { $0 < 0 ? [] : joined.array(Int($0)) })
    }

    /// Calls `body` with every name whose bound reaches `floor`: the name, its position in scan order
    /// (``texts``), the fewest Jaro matches it needs for the floor, and the bound (an upper bound on its
    /// whole-string similarity). `table` is ``JaroBoundTable/requiredMatches(queryLength:floor:unconditional:)``
    /// for the query (unconditional).
    func candidates(_ query: [UInt8], floor: Double, table: [UInt16], _ body: (Candidate) -> Void) {
        guard let first = query.first else { return }
        let lq = query.count
        let words = Int(groupWords[Int(first)])..<Int(groupWords[Int(first) + 1])
        let qPrefix = TokenSignature(query).prefix
        let letters = LetterPlanes.Query(query, words: planes.words)
        let bits = letters.bits
        // Names that may share more than the first byte: second byte in the query's second byte's bin (all
        // names when the query has one byte, whose prefix bonus cannot exceed one byte anyway).
        let secondOffset = lq > 1 ? Int(TokenSignature.bin(query[1])) * planes.words : -1
        table.withUnsafeBufferPointer { table in
        secondBins.withUnsafeBufferPointer { secondBins in
            withUnsafeTemporaryAllocation(of: UInt64.self, capacity: bits) { buffer in
                let counter = buffer.baseAddress!
                for w in words {
                    // The smallest requirement in the word with one common byte (every name of the group has
                    // it) and with the best prefix.
                    var needOne = Int.max, needBest = Int.max
                    if wordMaxLength[w] > 0 {
                        for lv in Int(wordMinLength[w])...Int(wordMaxLength[w]) {
                            needOne = min(needOne, JaroBoundTable.required(table, 1, lq, lv, floor: floor, unconditional: true))
                            needBest = min(needBest, JaroBoundTable.required(table, 4, lq, lv, floor: floor, unconditional: true))
                        }
                    }
                    let longer = secondOffset < 0 ? ~0 : secondBins[secondOffset &+ w]
                    if needOne > lq && (longer == 0 || needBest > lq) { continue }
                    planes.count(word: w, letters, into: counter)
                    var pass = LetterPlanes.atLeast(needOne, counter, bits: bits)
                    if longer != 0 && needBest < needOne {
                        pass |= LetterPlanes.atLeast(needBest, counter, bits: bits) & longer
                    }
                    while pass != 0 {
                        let bit = pass.trailingZeroBitCount
                        pass &= pass &- 1
                        let p = w &* 64 &+ bit
                        let lv = Int(lengths[p])
                        let x = qPrefix ^ prefixes[p]
                        let l = x == 0 ? 4 : x.trailingZeroBitCount &>> 3
                        let r = JaroBoundTable.required(table, l, lq, lv, floor: floor, unconditional: true)
                        let m = min(LetterPlanes.value(at: bit, counter, bits: bits), lq, lv)
                        if r != .max && m >= r && order[p] >= 0 {
                            body(Candidate(name: order[p], position: Int32(p), requiredMatches: Int32(r),
                                           bound: JaroBoundTable.bound(m, lq, lv, l, unconditional: true)))
                        }
                    }
                }
            }
        }
        }
    }

    /// A name the scan kept.
    struct Candidate {
        var name: Int32
        var position: Int32
        var requiredMatches: Int32
        var bound: Double
    }
}
