extension NameIndex {
    /// Similarity of query token `i` and listed token `v`, computed once per search.
    @inline(__always)
    func similarity(_ i: Int, _ v: Int, _ tokens: [[UInt8]], _ patterns: [PatternJaro?],
                            _ scratch: inout Scratch) -> Double {
        let cached = scratch.cache[i][v]
        if cached >= 0 { return cached }
        let s: Double = vocabulary[v].withUnsafeBufferPointer { text in
            if let p = patterns[i] { return p.standard(text) }
            return tokens[i].withUnsafeBufferPointer { JaroWinkler.standard($0, text) }
        }
        scratch.cache[i][v] = s
        scratch.cacheTouched.append(Int32(i * vocabulary.count + v))
        return s
    }

    /// For query tokens with no listed pair at the floor: at most `floor` each, or less if the signature
    /// bound over this name's tokens is lower.
    func unknownTokensBound(_ n: Int, k: Int, floor: Float, hitBits: UInt64, _ sigs: [TokenSignature]) -> Float {
        var total: Float = 0
        let ids = tokenIDs[n]
        let hasLong = nameHasLong[n]
        let short = UInt16(NameSimilarity.shortTokenLength)
        for i in 0..<k where hitBits & (UInt64(1) << UInt64(i)) == 0 {
            let skipShort = sigs[i].length > short && hasLong
            var best = 0.0
            for v in ids {
                let vi = Int(v)
                if skipShort && vocabularyLengths[vi] <= short { continue }
                best = max(best, TokenSignature.standardBound(sigs[i], signatures[vi]))
                if best >= Double(floor) { break }
            }
            total += min(floor, Float(best) + 1e-6)
        }
        return total
    }

    /// The listed tokens that were the best pair (at least 0.8) of some query token, as ``NameSimilarity`` reports them.
    func matchedTokens(_ n: Int, k: Int, _ tokens: [[UInt8]], _ patterns: [PatternJaro?],
                               _ scratch: inout Scratch) -> [String] {
        let ids = tokenIDs[n]
        let hasLong = nameHasLong[n]
        var matched: [Int32] = []
        for i in 0..<k {
            let skipShort = tokens[i].count > NameSimilarity.shortTokenLength && hasLong
            var best = 0.0
            var bestID: Int32 = -1
            for v in ids {
                let vi = Int(v)
                if skipShort && vocabulary[vi].count <= NameSimilarity.shortTokenLength { continue }
                let s = similarity(i, vi, tokens, patterns, &scratch)
                if s > best { best = s; bestID = v }
            }
            if best >= 0.8, bestID >= 0, !matched.contains(bestID) { matched.append(bestID) }
        }
        return matched.map { String(decoding: vocabulary[Int($0)], as: UTF8.self) }
    }

    /// The per-token score of name `n`, identical to ``NameSimilarity`` when no tokens are joined.
    func perTokenScore(_ n: Int, k: Int, _ tokens: [[UInt8]], _ patterns: [PatternJaro?],
                               _ scratch: inout Scratch) -> Double {
        let ids = tokenIDs[n]
        guard !ids.isEmpty else { return 0 }
        let hasLong = nameHasLong[n]
        var sum = 0.0
        for i in 0..<k {
            let skipShort = tokens[i].count > NameSimilarity.shortTokenLength && hasLong
            var best = 0.0
            for v in ids {
                let vi = Int(v)
                if skipShort && vocabulary[vi].count <= NameSimilarity.shortTokenLength { continue }
                let s = similarity(i, vi, tokens, patterns, &scratch)
                if s > best { best = s }
            }
            if best >= NameSimilarity.pairFloor { sum += best }
        }
        return sum / Double(k)
    }

    /// The same answer by scoring every listed name: the reference the index is tested against.
    public func bruteForce(_ query: String, threshold: Double) -> [Hit] {
        let q = PreparedName(query)
        var results: [Hit] = []
        for (ni, name) in prepared.enumerated() {
            let r = NameSimilarity.compare(q, name)
            if r.score >= threshold {
                results.append(Hit(nameIndex: ni, owner: names[ni].owner, score: r.score,
                                   matchedTokens: r.matchedTokens.map { String(decoding: $0, as: UTF8.self) }))
            }
        }
        results.sort { $0.score != $1.score ? $0.score > $1.score : $0.nameIndex < $1.nameIndex }
        return results
    }
}
