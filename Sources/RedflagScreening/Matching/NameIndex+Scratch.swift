extension NameIndex {
    /// Reusable per-search buffers, so a batch of searches allocates once; also remembers, across the
    /// batch, what the token search found for each distinct query token.
    public struct Scratch: Sendable {
        static let visited: UInt8 = 1, handled: UInt8 = 2, needsFull: UInt8 = 4, wholeCandidate: UInt8 = 8
        /// Per name, bits: ``visited`` (per-token score done), ``handled`` (hit or not, nothing left to do),
        /// ``needsFull`` (joined tokens: scored by the reference comparison), ``wholeCandidate`` (the
        /// whole-string bound reaches the floor).
        var flags: [UInt8]
        var touchedNames: [Int32] = []
        var fullNames: [Int32] = []
        /// A search's hits before they are sorted.
        var hits = FoundHits()
        /// Names the whole-string scan kept.
        var wholeCandidates: [WholeNameScan.Candidate] = []
        /// Per name, an upper bound on its whole-string similarity, valid where ``wholeCandidate`` is set.
        var wholeBound: [Double]
        /// Per (query token, listed token) slot: the exact similarity, valid where `known` has the bit.
        var exact: [Double] = []
        /// Per query token, a bit per listed token whose exact similarity is in `exact`.
        var known: [UInt64] = []
        /// Rows of ``PairCodes`` for every listed token (`64 × words` bytes each): the first `codeSlots` belong to
        /// remembered query tokens, later ones to the current search's new tokens when nothing is remembered.
        var codes: [UInt8] = []
        var codeSlots = 0
        /// What ``touchRow(at:bytes:)`` read, kept so that the reads are not optimised away.
        var touchSink: UInt8 = 0
        /// Per query token of the current search, where its row starts in `codes`.
        var rowOffsets: [Int] = []
        /// Per query token, its best listed token (-1: none) and their similarity, for the name last scored.
        var bestIDs: [Int32] = []
        var bests: [Double] = []
        /// Per query token (and short-token rule): the listed tokens the search found and its row of codes.
        var memo: [[UInt8]: RememberedToken] = [:]
        static let memoLimit = 1_024
        var tables: [TableKey: [UInt16]] = [:]
        /// ``SimilarTokenFinder/wordNeeds(length:floor:minimumLength:table:levels:)`` by query length and short-token rule.
        var needs: [Int: [UInt16]] = [:]
        var tableFloor = -1.0
        /// Whether token search results are remembered across searches (off: every search starts cold).
        public var remembersTokens = true

        struct TableKey: Hashable { var length: Int; var floor: Double; var unconditional: Bool }

        /// Buffers for an index of `count` names.
        public init(count: Int) {
            flags = Array(repeating: 0, count: count)
            wholeBound = Array(repeating: 0, count: count)
        }

        /// Forgets remembered work done for another floor and sizes the caches for `count` query tokens.
        mutating func begin(floor: Double, tokens count: Int, width: Int, words: Int) {
            useFloor(floor)
            if exact.count < count * width { exact = Array(repeating: 0, count: count * width) }
            if known.count < count * words { known = Array(repeating: 0, count: count * words) }
            if bests.count < count {
                bestIDs = Array(repeating: -1, count: count)
                bests = Array(repeating: 0, count: count)
            }
            if rowOffsets.count < count { rowOffsets = Array(repeating: 0, count: count) }
            // Forget remembered tokens between searches only, so that a search's rows stay in place.
            if memo.count + count > Self.memoLimit { memo.removeAll(); codeSlots = 0 }
        }

        mutating func useFloor(_ floor: Double) {
            if floor != tableFloor {
                tables.removeAll(); memo.removeAll(); codeSlots = 0; needs.removeAll(); tableFloor = floor
            }
        }

        /// The bound table for a query string of `length` bytes at `floor`, computed once per search floor.
        mutating func table(length: Int, floor: Double, unconditional: Bool) -> [UInt16] {
            let key = TableKey(length: length, floor: floor, unconditional: unconditional)
            if let t = tables[key] { return t }
            if tables.count > 4_096 { tables.removeAll() }
            let t = JaroBoundTable.requiredMatches(queryLength: length, floor: floor, unconditional: unconditional)
            tables[key] = t
            return t
        }

        /// The word requirements for a query token of `length` bytes at the current floor, made by `make` once.
        mutating func wordNeeds(length: Int, minimumLength: Int, _ make: (inout Scratch) -> [UInt16]) -> [UInt16] {
            let key = length * 256 + minimumLength
            if let n = needs[key] { return n }
            let n = make(&self)
            needs[key] = n
            return n
        }

        @inline(__always)
        mutating func visit(_ n: Int32, _ flag: UInt8) {
            if flags[Int(n)] == 0 { touchedNames.append(n) }
            flags[Int(n)] |= flag
        }

        @inline(__always)
        mutating func setExact(_ i: Int, _ v: Int, _ similarity: Double, _ query: QueryTokens) {
            exact[query.slot(i, v)] = similarity
            known[i &* query.words &+ v &>> 6] |= UInt64(1) << UInt64(v & 63)
        }

        mutating func finish(tokens count: Int, words: Int) {
            for n in touchedNames { flags[Int(n)] = 0 }
            touchedNames.removeAll(keepingCapacity: true)
            fullNames.removeAll(keepingCapacity: true)
            wholeCandidates.removeAll(keepingCapacity: true)
            for i in 0..<(count * words) { known[i] = 0 }
        }
    }

    /// The query's significant tokens, prepared for comparison with listed tokens.
    struct QueryTokens {
        let tokens: [[UInt8]]
        /// Per token: where its bytes are in ``bytes``, and how it is compared.
        let info: [TokenInfo]
        /// The tokens back to back.
        let bytes: [UInt8]
        /// Per token, 256 ``PatternJaro`` position masks (zero for tokens over 64 bytes).
        let masks: [UInt64]
        /// Listed tokens of this many bytes or fewer were not searched (long query tokens skip them).
        let minimumLength: Int
        let floor: Double
        /// Floors of the letter-bound levels (all below `floor`), lowest first; the first is the pair floor.
        let levelFloors: [Double]
        /// What a pair adds to the per-token sum at most, by the number of levels `k` its letter bound meets
        /// (turned into ``PairCodes``):
        /// `[k]` for listed tokens the search covered (a token it did not return is below the floor), `[4 + k]`
        /// for tokens it skipped (short ones, for long query tokens). Missing level 0 (the pair floor) means
        /// the pair adds nothing; missing level `k` means below that level's floor.
        let levelBounds: [Double]
        /// Vocabulary size: the stride of the per-token cache slots.
        let width: Int
        /// 64-bit words per vocabulary bitset.
        let words: Int

        init(_ tokens: [[UInt8]], minimumLength: Int, floor: Double, width: Int) {
            self.tokens = tokens
            var info: [TokenInfo] = [], bytes: [UInt8] = [], masks: [UInt64] = []
            for token in tokens {
                info.append(TokenInfo(start: Int32(bytes.count), length: Int32(token.count),
                                      isLong: token.count > NameSimilarity.shortTokenLength,
                                      hasPattern: token.count <= 64))
                bytes += token
                masks += token.count <= 64 ? PatternJaro.positions(of: token) : [UInt64](repeating: 0, count: 256)
            }
            self.info = info
            self.bytes = bytes
            self.masks = masks
            self.minimumLength = minimumLength
            self.floor = floor
            self.width = width
            words = (width + 63) / 64
            let levelFloors = NameIndex.levelFloors(below: floor)
            self.levelFloors = levelFloors
            var bounds = [Double](repeating: 0, count: 8)
            for k in levelFloors.indices where k > 0 { bounds[k] = levelFloors[k]; bounds[4 + k] = levelFloors[k] }
            bounds[levelFloors.count] = floor
            bounds[4 + levelFloors.count] = 1
            levelBounds = bounds
        }

        var count: Int { tokens.count }

        struct TokenInfo {
            var start: Int32
            var length: Int32
            /// Longer than ``NameSimilarity/shortTokenLength``: not paired with short listed tokens.
            var isLong: Bool
            /// Compared with ``PatternJaro`` (at most 64 bytes).
            var hasPattern: Bool
        }

        @inline(__always)
        func slot(_ i: Int, _ v: Int) -> Int { i &* width &+ v }
    }

    /// Similarities below which a pair is known to be worth less than the threshold needs: the pair floor
    /// (a little under 0.5: not meeting it means the pair adds nothing), then levels just under 0.6 and 0.7
    /// that sit on a ``PairCodes`` step (152/255, 178/255), so that "below the level" keeps its code under
    /// the round value and ties such as 1 + 0.6 = 2 × 0.8 are still decided against the threshold's margin.
    static func levelFloors(below floor: Double) -> [Double] {
        let steps = [0.6, 0.7].map { (($0 * 255 - 1e-6).rounded(.down)) / 255 - 1e-9 }
        return ([0.5 - 1e-8] + steps).filter { $0 < floor - 0.005 }
    }
}
