/// Per query token, one byte per listed token: an upper bound on what the pair adds to the per-token sum, in
/// 255ths rounded up — from the exact similarity where the token search computed it, else from the
/// letter-bound levels it recorded (``TokenMatches``, ``NameIndex/QueryTokens/levelBounds``). The
/// per-candidate bound then reads one byte per pair and adds integers, instead of testing level bits.
///
/// Rounding up keeps every code an upper bound (a code is never below `255 ×` the value it stands for), so
/// a name whose codes sum to less than ``neededCode(floor:tokens:)`` is below the floor. The level floors
/// sit on code steps (``NameIndex/levelFloors(below:)``), so a level bound loses nothing to the rounding.
enum PairCodes {
    /// The code of an exact similarity `x` in 0...1: the smallest byte `c` with `c ≥ 255 x`.
    @inline(__always)
    static func code(_ x: Double) -> UInt8 {
        x <= 0 ? 0 : UInt8(Swift.min(255, (x * 255).rounded(.up)))
    }

    /// The code of a strict bound (the similarity is below `x`): `c ≥ 255 x`, less a margin far below the
    /// one ``neededCode(floor:tokens:)`` leaves, so that a level on a code step keeps that step's code.
    static func strictCode(_ x: Double) -> UInt8 {
        UInt8(Swift.min(255, Swift.max(0, (x * 255 - 1e-9).rounded(.up))))
    }

    /// The smallest code sum that can reach `floor × tokens`: a sum below it proves the mean is below the floor.
    static func neededCode(floor: Double, tokens: Int) -> Int {
        Int((floor * Double(tokens) * 255 - 1e-6).rounded(.up))
    }

    /// `spread[b]`: bit `k` of `b` as byte `k` (0 or 1) of a 64-bit word.
    static let spread: [UInt64] = (0..<256).map { (b: Int) -> UInt64 in
        var word: UInt64 = 0
        for k in 0..<8 where (b >> k) & 1 == 1 { word |= UInt64(1) << UInt64(8 * k) }
        return word
    }

    /// Writes the codes of one query token into `row` (``TokenMatches/bits`` word by word, so `row` has room
    /// for a multiple of 64 tokens): `levelBounds[k]` for a listed token meeting `k` levels, `[4 + k]` for
    /// short tokens below `shortTokenLimit` when `shortSkipped` (the search did not cover them), then the
    /// exact similarity's code for the tokens the search returned.
    static func fill(_ row: UnsafeMutablePointer<UInt8>, matches: TokenMatches, words: Int, levelBounds: [Double],
                     shortSkipped: Bool, shortTokenLimit: Int) {
        let levels = matches.levels
        let covered = (0...levels).map { strictCode(levelBounds[$0]) }
        let short = (0...levels).map { strictCode(levelBounds[4 + $0]) }
        // Levels are nested (a higher floor needs at least as many shared letters), so a token meeting `k`
        // levels gets base + the first `k` steps; each step is added through a 0/1 byte per token.
        func steps(_ codes: [UInt8]) -> (UInt64, UInt64, UInt64, UInt64) {
            func step(_ k: Int) -> UInt64 { k < levels ? UInt64(codes[k + 1] &- codes[k]) : 0 }
            return (UInt64(codes[0]) &* 0x0101_0101_0101_0101, step(0), step(1), step(2))
        }
        let long = steps(covered), shortSteps = steps(short)
        let firstLongWord = shortSkipped ? (shortTokenLimit + 63) / 64 : 0
        row.withMemoryRebound(to: UInt64.self, capacity: words * 8) { chunks in
            spread.withUnsafeBufferPointer { spread in
                matches.bits.withUnsafeBufferPointer { bits in
                    for w in 0..<words {
                        let (base, s0, s1, s2) = w < firstLongWord ? shortSteps : long
                        var m0: UInt64 = 0, m1: UInt64 = 0, m2: UInt64 = 0
                        if levels > 0 { m0 = bits[w &* levels] }
                        if levels > 1 { m1 = m0 & bits[w &* levels &+ 1] }
                        if levels > 2 { m2 = m1 & bits[w &* levels &+ 2] }
                        for c in 0..<8 {
                            let shift = UInt64(8 &* c)
                            chunks[w &* 8 &+ c] = base
                                &+ spread[Int((m0 &>> shift) & 0xFF)] &* s0
                                &+ spread[Int((m1 &>> shift) & 0xFF)] &* s1
                                &+ spread[Int((m2 &>> shift) & 0xFF)] &* s2
                        }
                    }
                }
            }
        }
        // The word holding the first long tokens was written with the short codes: redo its long tokens.
        if firstLongWord > 0 && shortTokenLimit % 64 != 0 {
            for v in shortTokenLimit..<min(firstLongWord * 64, words * 64) {
                var met = 0
                while met < levels && (matches.bits[(v / 64) * levels + met] >> UInt64(v % 64)) & 1 == 1 { met += 1 }
                row[v] = covered[met]
            }
        }
        for (v, s) in matches.found { row[Int(v)] = code(s) }
    }
}
