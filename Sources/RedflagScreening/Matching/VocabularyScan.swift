/// Listed strings' signatures in structure-of-arrays form, scanned for those whose Jaro–Winkler upper
/// bound (``TokenSignature``) against a query string reaches a floor, with integer work only: for the
/// query, a table gives the fewest shared letters that can reach the floor for each length and prefix.
struct VocabularyScan: Sendable {
    private let masks: [UInt32]
    private let lengths: [UInt16]
    private let repeats: [UInt16]
    private let prefixes: [UInt32]
    /// Positions of the strings, grouped by first byte (for the whole-string technique).
    private let byFirstByte: [[Int32]]
    let count: Int

    init(_ signatures: [TokenSignature]) {
        count = signatures.count
        masks = signatures.map(\.mask)
        lengths = signatures.map(\.length)
        repeats = signatures.map(\.repeats)
        prefixes = signatures.map(\.prefix)
        var groups = [[Int32]](repeating: [], count: 256)
        for (i, s) in signatures.enumerated() where s.length > 0 { groups[Int(s.prefix & 0xFF)].append(Int32(i)) }
        byFirstByte = groups
    }

    /// `table[l][length]`: the fewest matches `m` for which the bound reaches `floor` (Int.max if none).
    static func requiredMatches(queryLength lq: Int, floor: Double, unconditional: Bool, maximumLength: Int) -> [UInt16] {
        (0...4).flatMap { l in
            (0...maximumLength).map { lv -> UInt16 in
                guard lv > 0, lq > 0 else { return UInt16.max }
                for m in 1...min(lq, lv) {
                    let md = Double(m)
                    let j = (md / Double(lq) + md / Double(lv) + 1) / 3
                    let lEff = Double(min(l, lq, lv))
                    let jw = unconditional || j > 0.7 ? j + lEff * 0.1 * (1 - j) : j
                    if jw >= floor { return UInt16(m) }
                }
                return UInt16.max
            }
        }
    }

    /// Calls `body` with every string whose bound reaches `floor` (tokens of `minimumLength` or fewer
    /// bytes skipped). With `unconditional`, the bound is for the always-boosted Jaro–Winkler and only
    /// strings starting with the query's first byte are visited.
    static let maximumTableLength = 128

    func candidates(for query: TokenSignature, floor: Double, minimumLength: UInt16, unconditional: Bool = false,
                    table: [UInt16], _ body: (Int) -> Void) {
        let lq = Int(query.length)
        guard lq > 0 else { return }
        let maxLength = Self.maximumTableLength
        let qMask = query.mask, qRepeats = query.repeats, qPrefix = query.prefix
        let minLength = Int(minimumLength)
        table.withUnsafeBufferPointer { table in
        masks.withUnsafeBufferPointer { masks in
        lengths.withUnsafeBufferPointer { lengths in
        repeats.withUnsafeBufferPointer { repeats in
        prefixes.withUnsafeBufferPointer { prefixes in
            @inline(__always) func check(_ v: Int) -> Bool {
                let lv = Int(lengths[v])
                if lv <= minLength { return false }
                let x = qPrefix ^ prefixes[v]
                let l = x == 0 ? 4 : x.trailingZeroBitCount &>> 3
                let shared = (qMask & masks[v]).nonzeroBitCount &+ Int(min(qRepeats, repeats[v]))
                let m = min(shared, lq, lv)
                if lv > maxLength {
                    let md = Double(m)
                    let j = (md / Double(lq) + md / Double(lv) + 1) / 3
                    let lEff = Double(min(l, lq, lv))
                    let jw = unconditional || j > 0.7 ? j + lEff * 0.1 * (1 - j) : j
                    return m > 0 && jw >= floor
                }
                return m >= Int(table[l &* (maxLength &+ 1) &+ lv])
            }
            if unconditional {
                for v in byFirstByte[Int(qPrefix & 0xFF)] where check(Int(v)) { body(Int(v)) }
            } else {
                for v in 0..<count where check(v) { body(v) }
            }
        }}}}}
    }

    /// The bound for one string, as the scan computes it.
    func bound(_ query: TokenSignature, _ v: Int) -> Double {
        TokenSignature.standardBound(query, TokenSignature(mask: masks[v], length: lengths[v], repeats: repeats[v], prefix: prefixes[v]))
    }
}
