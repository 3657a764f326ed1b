extension NameIndex {
    /// Reusable per-search buffers, so a batch of searches allocates once; also remembers, across the
    /// batch, the similar listed tokens found for each distinct query token.
    public struct Scratch: Sendable {
        static let perToken: UInt8 = 1, wholeCandidate: UInt8 = 2, needsFull: UInt8 = 4
        /// Per name: why it is a candidate (0: not one).
        var flags: [UInt8]
        /// One bit per candidate name, so candidates are visited in name order.
        var candidateWords: [UInt64]
        /// Per (query token, listed token) slot: the exact similarity, or -1 when not computed.
        var exact: [Double] = []
        var exactTouched: [Int32] = []
        /// Per slot: an upper bound `b` on the similarity stored as `1 + ceil(254 b)` (rounded up a little
        /// further against floating-point error), or 0 when unknown.
        var bounds: [UInt8] = []
        var boundTouched: [Int32] = []
        /// Per query token (and short-token rule): the listed tokens at the floor and their similarity.
        var memo: [[UInt8]: [(Int32, Double)]] = [:]
        static let memoLimit = 100_000
        var tables: [Int: [UInt16]] = [:]
        var tableFloor = -1.0
        /// Whether similar listed tokens are remembered across searches (off: every search starts cold).
        public var remembersTokens = true

        /// Buffers for an index of `count` names.
        public init(count: Int) {
            flags = Array(repeating: 0, count: count)
            candidateWords = Array(repeating: 0, count: (count + 63) / 64)
        }

        /// Forgets remembered work done for another floor and sizes the caches for `query`.
        mutating func begin(_ query: QueryTokens) {
            useFloor(query.floor)
            let needed = query.count * query.width
            if exact.count < needed {
                exact.append(contentsOf: repeatElement(-1, count: needed - exact.count))
                bounds.append(contentsOf: repeatElement(0, count: needed - bounds.count))
            }
        }

        mutating func useFloor(_ floor: Double) {
            if floor != tableFloor { tables.removeAll(); memo.removeAll(); tableFloor = floor }
        }

        /// The bound table for a query string of `length` bytes, computed once per floor.
        mutating func table(length: Int, floor: Double, unconditional: Bool) -> [UInt16] {
            useFloor(floor)
            let key = length * 2 + (unconditional ? 1 : 0)
            if let t = tables[key] { return t }
            let t = JaroBoundTable.requiredMatches(queryLength: length, floor: floor, unconditional: unconditional)
            tables[key] = t
            return t
        }

        @inline(__always)
        mutating func mark(_ n: Int32, _ flag: UInt8) {
            let ni = Int(n)
            if flags[ni] == 0 { candidateWords[ni &>> 6] |= UInt64(1) << UInt64(ni & 63) }
            flags[ni] |= flag
        }

        @inline(__always)
        mutating func setExact(_ slot: Int, _ similarity: Double) {
            if exact[slot] < 0 { exactTouched.append(Int32(slot)) }
            exact[slot] = similarity
            setBound(slot, similarity)
        }

        @inline(__always)
        mutating func setBound(_ slot: Int, _ bound: Double) {
            if bounds[slot] == 0 { boundTouched.append(Int32(slot)) }
            bounds[slot] = UInt8(1 + min(254, (bound * 254 + 1e-7).rounded(.up)))
        }

        mutating func finish() {
            for slot in exactTouched { exact[Int(slot)] = -1 }
            for slot in boundTouched { bounds[Int(slot)] = 0 }
            exactTouched.removeAll(keepingCapacity: true)
            boundTouched.removeAll(keepingCapacity: true)
        }
    }

    /// The query's significant tokens, prepared for comparison with listed tokens.
    struct QueryTokens {
        let tokens: [[UInt8]]
        let patterns: [PatternJaro?]
        let signatures: [TokenSignature]
        let isLong: [Bool]
        /// Listed tokens of this many bytes or fewer were not searched (long query tokens skip them).
        let minimumLength: Int
        let floor: Double
        /// Vocabulary size: the stride of the per-token cache slots.
        let width: Int
        var wholePattern: PatternJaro?

        init(_ tokens: [[UInt8]], minimumLength: Int, floor: Double, width: Int) {
            self.tokens = tokens
            patterns = tokens.map { PatternJaro($0) }
            signatures = tokens.map(TokenSignature.init)
            isLong = tokens.map { $0.count > NameSimilarity.shortTokenLength }
            self.minimumLength = minimumLength
            self.floor = floor
            self.width = width
        }

        var count: Int { tokens.count }

        @inline(__always)
        func slot(_ i: Int, _ v: Int) -> Int { i &* width &+ v }
    }
}
