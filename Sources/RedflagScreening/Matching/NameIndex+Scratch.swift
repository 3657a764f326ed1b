extension NameIndex {
    /// Reusable per-search buffers, so a batch of searches allocates once.
    public struct Scratch: Sendable {
        var sum: [Float]
        var hits: [UInt8]
        var hitBits: [UInt64]
        var current: [Float]
        var flags: [UInt8]
        var touched: [Int32] = []
        var tokenTouched: [Int32] = []
        var flagged: [Int32] = []
        var cache: [[Double]] = []
        var cacheTouched: [Int32] = []
        /// Per query token (and short-token rule): the listed tokens at the floor and their similarity,
        /// remembered across the searches of a batch.
        var memo: [[UInt8]: [(Int32, Double)]] = [:]
        static let memoLimit = 100_000
        var tables: [Int: [UInt16]] = [:]
        var tableFloor = -1.0

        /// Forgets remembered scans made for another floor.
        mutating func useFloor(_ floor: Double) {
            if floor != tableFloor { tables.removeAll(); memo.removeAll(); tableFloor = floor }
        }

        /// The scan's table for a query string of `length` bytes, computed once per floor.
        mutating func table(length: Int, floor: Double, unconditional: Bool) -> [UInt16] {
            useFloor(floor)
            let key = length * 2 + (unconditional ? 1 : 0)
            if let t = tables[key] { return t }
            let t = VocabularyScan.requiredMatches(queryLength: length, floor: floor, unconditional: unconditional,
                                                   maximumLength: VocabularyScan.maximumTableLength)
            tables[key] = t
            return t
        }


        public init(count: Int) {
            sum = Array(repeating: 0, count: count)
            hits = Array(repeating: 0, count: count)
            hitBits = Array(repeating: 0, count: count)
            current = Array(repeating: -1, count: count)
            flags = Array(repeating: 0, count: count)
        }

        @inline(__always)
        mutating func remember(_ i: Int, _ v: Int, _ s: Double, width: Int) {
            if cache[i][v] < 0 {
                cache[i][v] = s
                cacheTouched.append(Int32(i * width + v))
            }
        }

        mutating func prepareCache(tokens: Int, vocabulary: Int) {
            while cache.count < tokens { cache.append(Array(repeating: -1, count: vocabulary)) }
        }

        mutating func reset() {
            for n in touched { sum[Int(n)] = 0; hits[Int(n)] = 0; hitBits[Int(n)] = 0 }
            for n in flagged { flags[Int(n)] = 0 }
            if let width = cache.first?.count, width > 0 {
                for c in cacheTouched { cache[Int(c) / width][Int(c) % width] = -1 }
            }
            touched.removeAll(keepingCapacity: true)
            flagged.removeAll(keepingCapacity: true)
            cacheTouched.removeAll(keepingCapacity: true)
        }
    }
}
