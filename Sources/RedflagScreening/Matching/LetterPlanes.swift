/// Per-letter-occurrence bitsets over a sequence of strings ("string `p` has at least `c` bytes in
/// ``TokenSignature`` bin `b`"), for counting, 64 strings at a time, the bytes each string shares with a
/// query (`Σ min(count in query, count in string)` over bins): an upper bound on their Jaro matches.
///
/// Counts are bit-sliced: `counter[j]` holds bit `j` of the count of each of the word's 64 strings.
/// Occurrences beyond ``maxOccurrence`` reuse the last plane, which can only overcount.
struct LetterPlanes: Sendable {
    static let maxOccurrence = 8
    let words: Int
    private let planes: [UInt64]

    /// `bytes(p)` gives the string at position `p`, or nil for an unused position.
    init(positions: Int, _ bytes: (Int) -> [UInt8]?) {
        let words = (positions + 63) / 64
        self.words = words
        var planes = [UInt64](repeating: 0, count: 32 * Self.maxOccurrence * words)
        var counts = [Int](repeating: 0, count: 32)
        for p in 0..<positions {
            guard let string = bytes(p) else { continue }
            for b in 0..<32 { counts[b] = 0 }
            for byte in string { counts[Int(TokenSignature.bin(byte))] += 1 }
            let bit = UInt64(1) << UInt64(p % 64)
            for b in 0..<32 where counts[b] > 0 {
                for c in 0..<min(counts[b], Self.maxOccurrence) {
                    planes[(b * Self.maxOccurrence + c) * words + p / 64] |= bit
                }
            }
        }
        self.planes = planes
    }

    /// A query's bytes as the planes to add: one per byte, `(bin, occurrence)`.
    struct Query {
        let planeOffsets: [Int]
        /// Bits needed for a count up to the query's length.
        let bits: Int

        init(_ query: [UInt8], words: Int) {
            var counts = [Int](repeating: 0, count: 32)
            var offsets: [Int] = []
            offsets.reserveCapacity(query.count)
            for byte in query {
                let b = Int(TokenSignature.bin(byte))
                offsets.append((b * LetterPlanes.maxOccurrence + min(counts[b], LetterPlanes.maxOccurrence - 1)) * words)
                counts[b] += 1
            }
            planeOffsets = offsets
            bits = max(1, Int.bitWidth - query.count.leadingZeroBitCount)
        }
    }

    /// Fills `counter[0..<query.bits]` with the shared counts of word `w`'s strings.
    /// Counts of at most 31 (queries of up to 31 bytes) are added by a fixed chain of half adders in registers,
    /// as long as the count needs, without branches; longer queries ripple each carry only as far as it goes.
    @inline(__always)
    func count(word w: Int, _ query: Query, into counter: UnsafeMutablePointer<UInt64>) {
        let bits = query.bits
        if bits <= 5 {
            var c0: UInt64 = 0, c1: UInt64 = 0, c2: UInt64 = 0, c3: UInt64 = 0, c4: UInt64 = 0
            planes.withUnsafeBufferPointer { planes in
                query.planeOffsets.withUnsafeBufferPointer { offsets in
                    // A count below 2^bits never carries out of bit `bits - 1`, so the top adder only ORs.
                    switch bits {
                    case 1...3:
                        for offset in offsets {
                            let x = planes[offset &+ w]
                            let k0 = c0 & x
                            c0 ^= x
                            c2 |= c1 & k0
                            c1 ^= k0
                        }
                    case 4:
                        for offset in offsets {
                            let x = planes[offset &+ w]
                            let k0 = c0 & x
                            c0 ^= x
                            let k1 = c1 & k0
                            c1 ^= k0
                            c3 |= c2 & k1
                            c2 ^= k1
                        }
                    default:
                        for offset in offsets {
                            let x = planes[offset &+ w]
                            let k0 = c0 & x
                            c0 ^= x
                            let k1 = c1 & k0
                            c1 ^= k0
                            let k2 = c2 & k1
                            c2 ^= k1
                            c4 |= c3 & k2
                            c3 ^= k2
                        }
                    }
                }
            }
            counter[0] = c0
            if bits > 1 { counter[1] = c1 }
            if bits > 2 { counter[2] = c2 }
            if bits > 3 { counter[3] = c3 }
            if bits > 4 { counter[4] = c4 }
            return
        }
        for j in 0..<bits { counter[j] = 0 }
        planes.withUnsafeBufferPointer { planes in
            for offset in query.planeOffsets {
                var carry = planes[offset &+ w]
                var j = 0
                while carry != 0 && j < bits {
                    let next = counter[j] & carry
                    counter[j] ^= carry
                    carry = next
                    j &+= 1
                }
            }
        }
    }

    /// The strings whose count is at least `need`. Compares bit by bit from the top without branching on
    /// `need`'s bits (they change from word to word and level to level, so such branches are hard to predict).
    @inline(__always)
    static func atLeast(_ need: Int, _ counter: UnsafeMutablePointer<UInt64>, bits: Int) -> UInt64 {
        if need >= 1 << bits { return 0 }
        var greater: UInt64 = 0, equal: UInt64 = ~0
        var j = bits &- 1
        while j >= 0 {
            let c = counter[j]
            // All ones where `need` has bit `j`: then only equal counts stay equal, none become greater.
            let one = UInt64(0) &- UInt64(truncatingIfNeeded: (need &>> j) & 1)
            greater |= equal & c & ~one
            equal &= ~(c ^ one)
            j &-= 1
        }
        return greater | equal
    }

    /// The count of the string at bit `bit` of the word.
    @inline(__always)
    static func value(at bit: Int, _ counter: UnsafeMutablePointer<UInt64>, bits: Int) -> Int {
        var v = 0
        for j in 0..<bits { v |= Int((counter[j] &>> UInt64(bit)) & 1) &<< j }
        return v
    }
}
