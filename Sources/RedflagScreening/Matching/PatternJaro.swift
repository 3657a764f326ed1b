/// Bit-parallel Jaro–Winkler against one fixed string (the "pattern", up to 64 bytes), for comparing a
/// query token with thousands of listed tokens. Returns exactly what ``JaroWinkler`` returns: the greedy
/// Jaro match count and transpositions are the same whichever string drives the matching.
///
/// Hot loops use the static functions on raw pointers (``jaro(positions:pattern:length:_:minimumMatches:)``), so that
/// a comparison does no reference counting.
struct PatternJaro: Sendable {
    let pattern: [UInt8]
    /// For each byte value, the positions where it occurs in the pattern (256 entries).
    let positions: [UInt64]

    init?(_ pattern: [UInt8]) {
        guard !pattern.isEmpty, pattern.count <= 64 else { return nil }
        self.pattern = pattern
        positions = Self.positions(of: pattern)
    }

    /// The 256 position masks of `pattern` (at most 64 bytes).
    static func positions(of pattern: [UInt8]) -> [UInt64] {
        var positions = [UInt64](repeating: 0, count: 256)
        for (i, byte) in pattern.enumerated() { positions[Int(byte)] |= 1 << UInt64(i) }
        return positions
    }

    /// Jaro similarity of a pattern of `lp` bytes (1...64) with position masks `pm` and `text` — or 0 as
    /// soon as fewer than `minimumMatches` matches remain possible (the similarity is then below what the
    /// caller needs).
    @inline(__always)
    static func jaro(positions pm: UnsafePointer<UInt64>, pattern: UnsafePointer<UInt8>, length lp: Int,
                     _ text: UnsafeBufferPointer<UInt8>, minimumMatches: Int = 0) -> Double {
        let lt = text.count
        if lt == 0 { return 0 }
        if lt > 64 { return JaroWinkler.jaro(UnsafeBufferPointer(start: pattern, count: lp), text) }
        if min(lp, lt) < minimumMatches { return 0 }
        let window = max(0, max(lp, lt) / 2 - 1)
        var patternMatched: UInt64 = 0
        var textMatched: UInt64 = 0
        var matches = 0
        let t = text.baseAddress!
        // The pattern positions text byte `j` may match, `max(0, j − window)...min(lp − 1, j + window)`, as a
        // mask that slides one position per text byte (and grows while `j < window`).
        let patternMask: UInt64 = lp >= 64 ? ~0 : (UInt64(1) &<< UInt64(lp)) &- 1
        var range: UInt64 = (window >= 63 ? ~0 : (UInt64(1) &<< UInt64(window &+ 1)) &- 1) & patternMask
        for j in 0..<lt {
            if matches &+ lt &- j < minimumMatches { return 0 }
            let candidates = pm[Int(t[j])] & ~patternMatched & range
            if candidates != 0 {
                patternMatched |= candidates & (~candidates &+ 1)
                textMatched |= UInt64(1) &<< UInt64(j)
                matches &+= 1
            }
            range = ((range &<< 1) | (j < window ? 1 : 0)) & patternMask
        }
        if matches == 0 || matches < minimumMatches { return 0 }
        var half = 0
        var p = patternMatched, q = textMatched
        while q != 0 {
            if t[q.trailingZeroBitCount] != pattern[p.trailingZeroBitCount] { half &+= 1 }
            q &= q &- 1
            p &= p &- 1
        }
        let m = Double(matches)
        return (m / Double(lp) + m / Double(lt) + (m - Double(half / 2)) / m) / 3
    }

    @inline(__always)
    static func prefixLength(_ pattern: UnsafePointer<UInt8>, _ lp: Int, _ text: UnsafeBufferPointer<UInt8>) -> Int {
        var l = 0
        let limit = min(4, lp, text.count)
        while l < limit && pattern[l] == text[l] { l &+= 1 }
        return l
    }

    /// Same as ``JaroWinkler/standard(_:_:)`` with the pattern (`lp` bytes, masks `pm`) first; 0 when fewer
    /// than `minimumMatches` Jaro matches are possible.
    @inline(__always)
    static func standard(positions pm: UnsafePointer<UInt64>, pattern: UnsafePointer<UInt8>, length lp: Int,
                         _ text: UnsafeBufferPointer<UInt8>, minimumMatches: Int = 0) -> Double {
        let j = jaro(positions: pm, pattern: pattern, length: lp, text, minimumMatches: minimumMatches)
        guard j > 0.7 else { return j }
        return j + Double(prefixLength(pattern, lp, text)) * 0.1 * (1 - j)
    }

    /// Same as ``JaroWinkler/unconditional(_:_:)`` with the pattern (`lp` bytes, masks `pm`) first; 0 when
    /// fewer than `minimumMatches` Jaro matches are possible.
    @inline(__always)
    static func unconditional(positions pm: UnsafePointer<UInt64>, pattern: UnsafePointer<UInt8>, length lp: Int,
                              _ text: UnsafeBufferPointer<UInt8>, minimumMatches: Int = 0) -> Double {
        let j = jaro(positions: pm, pattern: pattern, length: lp, text, minimumMatches: minimumMatches)
        guard j > 0 else { return 0 }
        return j + Double(prefixLength(pattern, lp, text)) * 0.1 * (1 - j)
    }

    /// Same as ``JaroWinkler/standard(_:_:)`` with the pattern first; 0 when fewer than `minimumMatches`
    /// Jaro matches are possible.
    @inline(__always)
    func standard(_ text: UnsafeBufferPointer<UInt8>, minimumMatches: Int = 0) -> Double {
        positions.withUnsafeBufferPointer { pm in
            pattern.withUnsafeBufferPointer { p in
                Self.standard(positions: pm.baseAddress!, pattern: p.baseAddress!, length: p.count, text,
                              minimumMatches: minimumMatches)
            }
        }
    }

    /// Same as ``JaroWinkler/unconditional(_:_:)`` with the pattern first.
    @inline(__always)
    func unconditional(_ text: UnsafeBufferPointer<UInt8>) -> Double {
        positions.withUnsafeBufferPointer { pm in
            pattern.withUnsafeBufferPointer { p in
                Self.unconditional(positions: pm.baseAddress!, pattern: p.baseAddress!, length: p.count, text)
            }
        }
    }
}
