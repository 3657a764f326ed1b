/// Cheap per-string summaries that bound Jaro–Winkler from above without computing it.
///
/// The number of Jaro matches `m` cannot exceed the letters two strings share, counted per bin
/// (a–z, digits folded into four bins, space, other); with `m` bounded, Jaro is at most
/// `(m/|a| + m/|b| + 1) / 3`, and the prefix bonus at most `l × 0.1 × (1 − Jaro)` for the
/// actual common prefix `l`.
struct TokenSignature: Sendable, Hashable {
    var mask: UInt32
    var length: UInt16
    /// Bytes beyond the first occurrence of each bin (`length − popcount(mask)`).
    var repeats: UInt16
    /// The first four bytes, little-endian, zero-padded.
    var prefix: UInt32

    init(mask: UInt32, length: UInt16, repeats: UInt16, prefix: UInt32) {
        self.mask = mask
        self.length = length
        self.repeats = repeats
        self.prefix = prefix
    }

    init(_ bytes: [UInt8]) {
        var mask: UInt32 = 0
        var prefix: UInt32 = 0
        for (i, byte) in bytes.enumerated() {
            mask |= 1 << TokenSignature.bin(byte)
            if i < 4 { prefix |= UInt32(byte) << (8 * UInt32(i)) }
        }
        self.mask = mask
        self.length = UInt16(min(bytes.count, Int(UInt16.max)))
        self.repeats = self.length - UInt16(mask.nonzeroBitCount)
        self.prefix = prefix
    }

    @inline(__always)
    static func bin(_ byte: UInt8) -> UInt32 {
        switch byte {
        case 0x41...0x5A: return UInt32(byte - 0x41)
        case 0x61...0x7A: return UInt32(byte - 0x61)
        case 0x30...0x39: return 26 + UInt32(byte - 0x30) % 4
        case 0x20: return 30
        default: return 31
        }
    }

    @inline(__always)
    static func commonPrefix(_ a: TokenSignature, _ b: TokenSignature) -> Int {
        let x = a.prefix ^ b.prefix
        let l = x == 0 ? 4 : x.trailingZeroBitCount / 8
        return min(l, Int(a.length), Int(b.length))
    }

    /// An upper bound on standard Jaro–Winkler between the two strings.
    @inline(__always)
    static func standardBound(_ a: TokenSignature, _ b: TokenSignature) -> Double {
        let shared = Int((a.mask & b.mask).nonzeroBitCount) + Int(min(a.repeats, b.repeats))
        let m = min(shared, Int(a.length), Int(b.length))
        if m == 0 { return 0 }
        let md = Double(m)
        let j = (md / Double(a.length) + md / Double(b.length) + 1) / 3
        guard j > 0.7 else { return j }
        return j + Double(commonPrefix(a, b)) * 0.1 * (1 - j)
    }
}
