/// An index over many listed names that returns every name scoring at or above a threshold against a
/// query — exactly the names a brute-force ``NameSimilarity`` scan would return, found without one.
///
/// Candidates come from three lossless filters: (1) per-token: each query token is compared only with
/// the distinct listed tokens whose Jaro–Winkler upper bound (``TokenSignature``) reaches a floor, and
/// a name is scored only when the mean of its known best pairs plus the floor for unknown ones can
/// reach the threshold; (2) whole-string: only names starting with the query's first letter whose
/// histogram bound reaches the threshold; (3) joined-token alignments, found by exact look-ups.
public struct NameIndex: Sendable {
    /// One listed name and who it belongs to.
    public struct Name: Sendable, Hashable {
        public var text: String
        /// Index of the owning entry in the caller's entry table.
        public var owner: Int
    }

    /// A name that reached the threshold.
    public struct Hit: Sendable, Hashable {
        public var nameIndex: Int
        public var owner: Int
        public var score: Double
        public var matchedTokens: [String]
    }

    public let names: [Name]
    let prepared: [PreparedName]
    let vocabulary: [[UInt8]]
    let vocabularyIDs: [[UInt8]: Int32]
    let signatures: [TokenSignature]
    let scan: VocabularyScan
    let postings: [[Int32]]
    let pairPostings: [[UInt8]: [Int32]]
    let allShortNames: [Int32]
    let tokenIDs: [[Int32]]
    let nameHasLong: [Bool]
    let wholeScan: VocabularyScan
    let firstBytes: [UInt8]
    let vocabularyLengths: [UInt16]
    let wholeSignatures: [TokenSignature]
    /// 32 bytes per name: ``TokenSignature/histogram(_:)`` of the whole string.
    let wholeHistograms: [UInt8]

    public init(names: [Name]) {
        self.names = names
        let prepared = names.map { PreparedName($0.text) }
        self.prepared = prepared
        var vocabulary: [[UInt8]] = []
        var ids: [[UInt8]: Int32] = [:]
        var postings: [[Int32]] = []
        var pairs: [[UInt8]: [Int32]] = [:]
        var allShort: [Int32] = []
        var tokenIDs: [[Int32]] = []
        tokenIDs.reserveCapacity(prepared.count)
        for (n, name) in prepared.enumerated() {
            let nameID = Int32(n)
            var ownIDs: [Int32] = []
            for token in name.tokens {
                let id: Int32
                if let existing = ids[token] {
                    id = existing
                } else {
                    id = Int32(vocabulary.count)
                    ids[token] = id
                    vocabulary.append(token)
                    postings.append([])
                }
                if postings[Int(id)].last != nameID { postings[Int(id)].append(nameID) }
                ownIDs.append(id)
            }
            tokenIDs.append(ownIDs)
            if name.tokens.count > 1 {
                for i in 0..<(name.tokens.count - 1)
                where NameSimilarity.isSyllable(name.tokens[i]) && NameSimilarity.isSyllable(name.tokens[i + 1]) {
                    pairs[name.tokens[i] + name.tokens[i + 1], default: []].append(nameID)
                }
            }
            if !name.tokens.isEmpty, name.tokens.allSatisfy({ $0.count <= NameSimilarity.shortTokenLength }) {
                allShort.append(nameID)
            }
        }
        self.vocabulary = vocabulary
        self.tokenIDs = tokenIDs
        self.nameHasLong = prepared.map { $0.tokens.contains { $0.count > NameSimilarity.shortTokenLength } }
        self.vocabularyIDs = ids
        self.signatures = vocabulary.map(TokenSignature.init)
        self.scan = VocabularyScan(self.signatures)
        self.postings = postings
        self.pairPostings = pairs
        self.allShortNames = allShort
        self.wholeScan = VocabularyScan(prepared.map { TokenSignature($0.joined) })
        self.firstBytes = prepared.map { $0.joined.first ?? 0 }
        self.vocabularyLengths = vocabulary.map { UInt16(min($0.count, Int(UInt16.max))) }
        self.wholeSignatures = prepared.map { TokenSignature($0.joined) }
        self.wholeHistograms = prepared.flatMap { TokenSignature.histogram($0.joined) }
    }

    /// Every listed name whose similarity to `query` is at least `threshold` (0...100), best first.
    public func search(_ query: String, threshold: Double) -> [Hit] {
        var scratch = Scratch(count: prepared.count)
        return search(query, threshold: threshold, scratch: &scratch)
    }

    /// The per-token floor: a query token's listed pairs are looked up when their similarity reaches it.
    static func floor(threshold t: Double) -> Double { t }

    public func search(_ query: String, threshold: Double, scratch: inout Scratch) -> [Hit] {
        let q = PreparedName(query)
        guard !q.tokens.isEmpty, !prepared.isEmpty else { return [] }
        let t = threshold / 100
        let significant = q.significantTokens
        let k = significant.count
        let f = NameIndex.floor(threshold: t)
        // Scores are compared as 100 × similarity; allow for that rounding in every filter.
        let slack = 1e-9
        let scanFloor = f - slack
        let queryHasLong = significant.contains { $0.count > NameSimilarity.shortTokenLength }
        let shortLength = UInt16(NameSimilarity.shortTokenLength)
        let patterns = significant.map { PatternJaro($0) }
        let querySignatures = significant.map(TokenSignature.init)
        scratch.prepareCache(tokens: k, vocabulary: vocabulary.count)
        scratch.useFloor(scanFloor)

        // 1. Per-token: listed tokens similar enough to some query token, and the names holding them.
        for i in 0..<k {
            var key = significant[i]
            key.append(queryHasLong ? 1 : 0)
            let found: [(Int32, Double)]
            if let remembered = scratch.memo[key] {
                found = remembered
            } else {
                let table = scratch.table(length: Int(querySignatures[i].length), floor: scanFloor, unconditional: false)
                var list: [(Int32, Double)] = []
                let pattern = patterns[i]
                let token = significant[i]
                scan.candidates(for: querySignatures[i], floor: scanFloor, minimumLength: queryHasLong ? shortLength : 0,
                                table: table) { v in
                    let s: Double = vocabulary[v].withUnsafeBufferPointer { text in
                        if let pattern { return pattern.standard(text) }
                        return token.withUnsafeBufferPointer { JaroWinkler.standard($0, text) }
                    }
                    if s >= scanFloor { list.append((Int32(v), s)) }
                }
                if scratch.memo.count >= Scratch.memoLimit { scratch.memo.removeAll() }
                scratch.memo[key] = list
                found = list
            }
            for (v, s) in found {
                scratch.remember(i, Int(v), s, width: vocabulary.count)
                for n in postings[Int(v)] {
                    let ni = Int(n)
                    if scratch.current[ni] < 0 { scratch.tokenTouched.append(n) }
                    if Float(s) > scratch.current[ni] { scratch.current[ni] = Float(s) }
                }
            }
            for n in scratch.tokenTouched {
                let ni = Int(n)
                if scratch.hits[ni] == 0 { scratch.touched.append(n) }
                scratch.sum[ni] += scratch.current[ni]
                scratch.hits[ni] &+= 1
                if i < 64 { scratch.hitBits[ni] |= UInt64(1) << UInt64(i) }
                scratch.current[ni] = -1
            }
            scratch.tokenTouched.removeAll(keepingCapacity: true)
        }

        // 2. Names that must be scored in full: joined-token alignments, all-short names, whole-string candidates.
        func mark(_ n: Int32, _ flag: UInt8) {
            if scratch.flags[Int(n)] == 0 { scratch.flagged.append(n) }
            scratch.flags[Int(n)] |= flag
        }
        let needsFull: UInt8 = 1, wholeCandidate: UInt8 = 2, perTokenCandidate: UInt8 = 4
        for token in q.tokens { pairPostings[token]?.forEach { mark($0, needsFull) } }
        var wholePattern: PatternJaro?
        if q.tokens.count > 1 {
            for i in 0..<(q.tokens.count - 1)
            where NameSimilarity.isSyllable(q.tokens[i]) && NameSimilarity.isSyllable(q.tokens[i + 1]) {
                if let id = vocabularyIDs[q.tokens[i] + q.tokens[i + 1]] { postings[Int(id)].forEach { mark($0, needsFull) } }
            }
            let wholeSignature = TokenSignature(q.joined)
            let table = scratch.table(length: Int(wholeSignature.length), floor: t - slack, unconditional: true)
            let hist = TokenSignature.histogram(q.joined)
            hist.withUnsafeBufferPointer { qh in
                wholeHistograms.withUnsafeBufferPointer { all in
                    wholeScan.candidates(for: wholeSignature, floor: t - slack, minimumLength: 0, unconditional: true, table: table) { n in
                        if TokenSignature.unconditionalBound(wholeSignature, qh.baseAddress!, wholeSignatures[n],
                                                             all.baseAddress! + 32 * n) >= t - slack {
                            mark(Int32(n), wholeCandidate)
                        }
                    }
                }
            }
            wholePattern = PatternJaro(q.joined)
        }
        if queryHasLong { allShortNames.forEach { mark($0, perTokenCandidate) } }

        // 3. Names with at least one similar token: a cheap upper bound decides whether to score them.
        for n in scratch.touched {
            let ni = Int(n)
            if scratch.flags[ni] & needsFull != 0 { continue }
            var bound = scratch.sum[ni]
            let missing = k - Int(scratch.hits[ni])
            if missing > 0 && k <= 64 {
                if Double((bound + Float(missing) * Float(f)) / Float(k)) + 1e-6 < t { continue }
                bound += unknownTokensBound(ni, k: k, floor: Float(f), hitBits: scratch.hitBits[ni], querySignatures)
            }
            if missing > 0 && k > 64 { bound += Float(missing) * Float(f) }
            if Double(bound / Float(k)) + 1e-6 >= t { mark(n, perTokenCandidate) }
        }

        // 4. Score the candidates (joined-token alignments with the reference comparison).
        var results: [Hit] = []
        for n in scratch.flagged {
            let ni = Int(n)
            let flag = scratch.flags[ni]
            if flag & needsFull != 0 {
                let r = NameSimilarity.compare(q, prepared[ni])
                if r.score >= threshold {
                    results.append(Hit(nameIndex: ni, owner: names[ni].owner, score: r.score,
                                       matchedTokens: r.matchedTokens.map { String(decoding: $0, as: UTF8.self) }))
                }
                continue
            }
            var perToken = 0.0
            if flag & perTokenCandidate != 0 {
                perToken = perTokenScore(ni, k: k, significant, patterns, &scratch)
            }
            var whole = 0.0
            if q.tokens.count > 1, q.joined.first == firstBytes[ni],
               flag & wholeCandidate != 0 || 100 * perToken >= threshold {
                whole = prepared[ni].joined.withUnsafeBufferPointer { text in
                    if let wholePattern { return wholePattern.unconditional(text) }
                    return q.joined.withUnsafeBufferPointer { JaroWinkler.unconditional($0, text) }
                }
            }
            let score = 100 * max(whole, perToken)
            if score >= threshold {
                if flag & perTokenCandidate == 0 {
                    perToken = perTokenScore(ni, k: k, significant, patterns, &scratch)
                }
                results.append(Hit(nameIndex: ni, owner: names[ni].owner, score: 100 * max(whole, perToken),
                                   matchedTokens: matchedTokens(ni, k: k, significant, patterns, &scratch)))
            }
        }
        scratch.reset()
        results.sort { $0.score != $1.score ? $0.score > $1.score : $0.nameIndex < $1.nameIndex }
        return results
    }
}
