/// Jaro and Jaro–Winkler similarity over byte strings, in the two variants the matcher needs.
enum JaroWinkler {
    /// Jaro similarity in 0...1 (matching window `max(len)/2 - 1`, half-transpositions rounded down).
    static func jaro(_ a: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>) -> Double {
        let la = a.count, lb = b.count
        if la == 0 || lb == 0 { return 0 }
        let window = max(0, max(la, lb) / 2 - 1)
        return withUnsafeTemporaryAllocation(of: Bool.self, capacity: la + lb) { flags -> Double in
            flags.initialize(repeating: false)
            var matches = 0
            for i in 0..<la {
                let lo = max(0, i - window), hi = min(lb - 1, i + window)
                if lo > hi { continue }
                let ai = a[i]
                var j = lo
                while j <= hi {
                    if !flags[la + j] && b[j] == ai {
                        flags[i] = true
                        flags[la + j] = true
                        matches += 1
                        break
                    }
                    j += 1
                }
            }
            if matches == 0 { return 0 }
            var halfTranspositions = 0
            var k = 0
            for i in 0..<la where flags[i] {
                while !flags[la + k] { k += 1 }
                if a[i] != b[k] { halfTranspositions += 1 }
                k += 1
            }
            let m = Double(matches)
            let t = Double(halfTranspositions / 2)
            return (m / Double(la) + m / Double(lb) + (m - t) / m) / 3
        }
    }

    /// Length of the common prefix, at most four bytes.
    static func prefixLength(_ a: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>) -> Int {
        var l = 0
        let limit = min(4, a.count, b.count)
        while l < limit && a[l] == b[l] { l += 1 }
        return l
    }

    /// Standard Jaro–Winkler (Winkler 1990): prefix bonus 0.1 per byte, applied only when Jaro > 0.7.
    static func standard(_ a: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>) -> Double {
        let j = jaro(a, b)
        guard j > 0.7 else { return j }
        return j + Double(prefixLength(a, b)) * 0.1 * (1 - j)
    }

    /// Jaro–Winkler with the prefix bonus applied whatever the Jaro score (the SimMetrics variant).
    static func unconditional(_ a: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>) -> Double {
        let j = jaro(a, b)
        guard j > 0 else { return 0 }
        return j + Double(prefixLength(a, b)) * 0.1 * (1 - j)
    }

    static func standard(_ a: [UInt8], _ b: [UInt8]) -> Double {
        a.withUnsafeBufferPointer { pa in b.withUnsafeBufferPointer { pb in standard(pa, pb) } }
    }

    static func unconditional(_ a: [UInt8], _ b: [UInt8]) -> Double {
        a.withUnsafeBufferPointer { pa in b.withUnsafeBufferPointer { pb in unconditional(pa, pb) } }
    }
}
