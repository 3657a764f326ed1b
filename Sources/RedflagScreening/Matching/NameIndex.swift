/// An index over many listed names that returns every name scoring at or above a threshold against a
/// query — exactly the names a brute-force ``NameSimilarity`` scan would return, found without one.
///
/// Per token (the pigeonhole): the per-token score is a mean of pairs each at most 1, so a name can reach
/// threshold `t` only if some query token has a pair at `t` or above. Those pairs come from
/// ``SimilarTokenFinder`` (sublinear, exact); the names holding them are the candidates, read from
/// ``records`` (each posting carries the name's token ids, so a candidate costs no look-up elsewhere).
/// For a candidate, each query token's best pair is bounded by its ``PairCodes`` (one byte per listed token:
/// the exact similarity where the search found it, otherwise the letter-bound level the search recorded);
/// only names whose bound reaches `t` get exact Jaro–Winkler for the missing pairs. Whole string: only
/// names with the query's first byte whose shared-letter bound reaches `t` (``WholeNameScan``).
/// Joined-token alignments are found by exact look-ups and scored with the reference comparison.
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
    let vocabulary: FlatStrings
    let vocabularyIDs: [[UInt8]: Int32]
    /// Token ids are in length order; those below this limit are short (``NameSimilarity/shortTokenLength``).
    let shortTokenLimit: Int
    let finder: SimilarTokenFinder
    /// Vocabulary id → names holding that token.
    let postings: FlatLists
    /// Name → vocabulary ids of its tokens, in order.
    let nameTokens: FlatLists
    let nameHasLong: [Bool]
    /// Vocabulary id → for each name holding it: name id, token count (plus ``longFlag`` when the name has a
    /// long token), then the name's token ids — `records[recordStarts[v]..<recordStarts[v + 1]]`.
    let records: [Int32]
    let recordStarts: [Int32]
    static let longFlag: Int32 = 1 << 16
    /// Concatenations of adjacent syllable tokens → names with that pair.
    let pairPostings: [[UInt8]: [Int32]]
    let allShortNames: [Int32]
    let joined: FlatStrings
    let whole: WholeNameScan

    public init(names: [Name]) {
        self.names = names
        let prepared = names.map { PreparedName($0.text) }
        self.prepared = prepared
        var vocabulary: [[UInt8]] = []
        var ids: [[UInt8]: Int32] = [:]
        var tokenIDs: [[Int32]] = []
        var pairs: [[UInt8]: [Int32]] = [:]
        var allShort: [Int32] = []
        for (n, name) in prepared.enumerated() {
            tokenIDs.append(name.tokens.map { token in
                if let existing = ids[token] { return existing }
                ids[token] = Int32(vocabulary.count)
                vocabulary.append(token)
                return Int32(vocabulary.count - 1)
            })
            if name.tokens.count > 1 {
                for i in 0..<(name.tokens.count - 1)
                where NameSimilarity.isSyllable(name.tokens[i]) && NameSimilarity.isSyllable(name.tokens[i + 1]) {
                    pairs[name.tokens[i] + name.tokens[i + 1], default: []].append(Int32(n))
                }
            }
            if !name.tokens.isEmpty, name.tokens.allSatisfy({ $0.count <= NameSimilarity.shortTokenLength }) {
                allShort.append(Int32(n))
            }
        }
        // Token ids in length order: the token search works on length-sorted words, and short tokens
        // are the ids below `shortTokenLimit`.
        let byLength = vocabulary.indices.sorted {
            vocabulary[$0].count != vocabulary[$1].count ? vocabulary[$0].count < vocabulary[$1].count : $0 < $1
        }
        var renumbered = [Int32](repeating: 0, count: vocabulary.count)
        for (new, old) in byLength.enumerated() { renumbered[old] = Int32(new) }
        vocabulary = byLength.map { vocabulary[$0] }
        tokenIDs = tokenIDs.map { $0.map { renumbered[Int($0)] } }
        var postings = [[Int32]](repeating: [], count: vocabulary.count)
        for (n, own) in tokenIDs.enumerated() {
            for id in own where postings[Int(id)].last != Int32(n) { postings[Int(id)].append(Int32(n)) }
        }
        let flat = FlatStrings(vocabulary)
        self.vocabulary = flat
        self.vocabularyIDs = ids.mapValues { renumbered[Int($0)] }
        self.shortTokenLimit = vocabulary.firstIndex { $0.count > NameSimilarity.shortTokenLength } ?? vocabulary.count
        self.finder = SimilarTokenFinder(tokens: flat)
        self.postings = FlatLists(postings)
        self.nameTokens = FlatLists(tokenIDs)
        let hasLong = prepared.map { $0.tokens.contains { $0.count > NameSimilarity.shortTokenLength } }
        self.nameHasLong = hasLong
        var records: [Int32] = []
        var recordStarts: [Int32] = [0]
        for list in postings {
            for n in list {
                let own = tokenIDs[Int(n)]
                records.append(n)
                records.append(Int32(own.count) | (hasLong[Int(n)] ? Self.longFlag : 0))
                records.append(contentsOf: own)
            }
            recordStarts.append(Int32(records.count))
        }
        self.records = records
        self.recordStarts = recordStarts
        self.pairPostings = pairs
        self.allShortNames = allShort
        let joined = FlatStrings(prepared.map(\.joined))
        self.joined = joined
        self.whole = WholeNameScan(joined: joined)
    }
}
