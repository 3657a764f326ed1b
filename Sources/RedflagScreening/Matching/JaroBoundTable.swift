/// For a query string of a given length and a floor: the fewest Jaro matches `m` a listed string of each
/// length needs for the Jaro–Winkler upper bound `(m/|q| + m/|v| + 1) / 3` (plus the prefix bonus for a
/// common prefix of `l` bytes) to reach the floor — so candidate filters compare integers only.
enum JaroBoundTable {
    /// Lengths covered by the table; longer strings are bounded directly.
    static let maximumLength = 128
    /// Entries in one table: prefixes 0...4 × lengths 0...maximumLength.
    static let tableSize = 5 * (maximumLength + 1)

    /// `table[l * (maximumLength + 1) + length]`: the fewest matches `m` for which the bound with common
    /// prefix `l` (0...4) reaches `floor`, or `UInt16.max` if none does. With `unconditional`, the prefix
    /// bonus applies whatever the Jaro score (the whole-string technique).
    static func requiredMatches(queryLength lq: Int, floor: Double, unconditional: Bool) -> [UInt16] {
        (0...4).flatMap { l in
            (0...maximumLength).map { lv -> UInt16 in
                let m = fewestMatches(lq, lv, l, floor: floor, unconditional: unconditional)
                return m == .max ? UInt16.max : UInt16(m)
            }
        }
    }

    /// The fewest matches `m` (1...min(lq, lv)) whose ``bound(_:_:_:_:unconditional:)`` reaches `floor`, or `Int.max`.
    /// The bound grows with `m` (Jaro does, and so does the prefix bonus, which only ever adds), so a binary
    /// search finds the same `m` as trying every count in turn.
    static func fewestMatches(_ lq: Int, _ lv: Int, _ l: Int, floor: Double, unconditional: Bool) -> Int {
        guard lv > 0, lq > 0 else { return .max }
        var low = 1, high = min(lq, lv)
        guard bound(high, lq, lv, l, unconditional: unconditional) >= floor else { return .max }
        while low < high {
            let mid = (low + high) / 2
            if bound(mid, lq, lv, l, unconditional: unconditional) >= floor { high = mid } else { low = mid + 1 }
        }
        return low
    }

    /// The Jaro–Winkler upper bound for `m` matches between strings of `lq` and `lv` bytes with common prefix `l`.
    @inline(__always)
    static func bound(_ m: Int, _ lq: Int, _ lv: Int, _ l: Int, unconditional: Bool) -> Double {
        let md = Double(m)
        let j = (md / Double(lq) + md / Double(lv) + 1) / 3
        return unconditional || j > 0.7 ? j + Double(min(l, lq, lv)) * 0.1 * (1 - j) : j
    }

    /// The fewest matches for prefix `l` and listed length `lv`, from `table` or computed when `lv` is beyond it.
    @inline(__always)
    static func required(_ table: UnsafeBufferPointer<UInt16>, _ l: Int, _ lq: Int, _ lv: Int, floor: Double,
                         unconditional: Bool) -> Int {
        if lv <= maximumLength {
            let r = table[l &* (maximumLength &+ 1) &+ lv]
            return r == .max ? .max : Int(r)
        }
        return fewestMatches(lq, lv, l, floor: floor, unconditional: unconditional)
    }
}
