/// Bit-parallel Jaro–Winkler against one fixed string (the "pattern", up to 64 bytes), for comparing a
/// query token with thousands of listed tokens. Returns exactly what ``JaroWinkler`` returns: the greedy
/// Jaro match count and transpositions are the same whichever string drives the matching.
struct PatternJaro: Sendable {
    let pattern: [UInt8]
    /// For each byte value, the positions where it occurs in the pattern.
    private let positions: [UInt64]

    init?(_ pattern: [UInt8]) {
        guard !pattern.isEmpty, pattern.count <= 64 else { return nil }
        self.pattern = pattern
        var positions = [UInt64](repeating: 0, count: 256)
        for (i, byte) in pattern.enumerated() { positions[Int(byte)] |= 1 << UInt64(i) }
        self.positions = positions
    }

    /// Jaro similarity of the pattern (as the first string) and `text`.
    @inline(__always)
    func jaro(_ text: UnsafeBufferPointer<UInt8>) -> Double {
        let lp = pattern.count, lt = text.count
        if lt == 0 { return 0 }
        if lt > 64 {
            return pattern.withUnsafeBufferPointer { JaroWinkler.jaro($0, text) }
        }
        let window = max(0, max(lp, lt) / 2 - 1)
        var patternMatched: UInt64 = 0
        var textMatched: UInt64 = 0
        var matches = 0
        positions.withUnsafeBufferPointer { pm in
            for j in 0..<lt {
                let lo = max(0, j - window)
                let hi = min(lp - 1, j + window)
                if lo > hi { continue }
                let upper: UInt64 = hi >= 63 ? ~0 : (UInt64(1) << UInt64(hi + 1)) &- 1
                let range = upper & ~((UInt64(1) << UInt64(lo)) &- 1)
                let candidates = pm[Int(text[j])] & ~patternMatched & range
                if candidates != 0 {
                    patternMatched |= candidates & (~candidates &+ 1)
                    textMatched |= UInt64(1) << UInt64(j)
                    matches += 1
                }
            }
        }
        if matches == 0 { return 0 }
        var half = 0
        var p = patternMatched, t = textMatched
        pattern.withUnsafeBufferPointer { pat in
            while t != 0 {
                if text[t.trailingZeroBitCount] != pat[p.trailingZeroBitCount] { half += 1 }
                t &= t &- 1
                p &= p &- 1
            }
        }
        let m = Double(matches)
        return (m / Double(lp) + m / Double(lt) + (m - Double(half / 2)) / m) / 3
    }

    @inline(__always)
    func prefixLength(_ text: UnsafeBufferPointer<UInt8>) -> Int {
        var l = 0
        let limit = min(4, pattern.count, text.count)
        while l < limit && pattern[l] == text[l] { l += 1 }
        return l
    }

    /// Same as ``JaroWinkler/standard(_:_:)`` with the pattern first.
    @inline(__always)
    func standard(_ text: UnsafeBufferPointer<UInt8>) -> Double {
        let j = jaro(text)
        guard j > 0.7 else { return j }
        return j + Double(prefixLength(text)) * 0.1 * (1 - j)
    }

    /// Same as ``JaroWinkler/unconditional(_:_:)`` with the pattern first.
    @inline(__always)
    func unconditional(_ text: UnsafeBufferPointer<UInt8>) -> Double {
        let j = jaro(text)
        guard j > 0 else { return 0 }
        return j + Double(prefixLength(text)) * 0.1 * (1 - j)
    }
}
