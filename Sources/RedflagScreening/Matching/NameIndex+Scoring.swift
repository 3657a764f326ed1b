extension NameIndex {
    /// Exact similarity of query token `i` and listed token `v`, computed once per search.
    @inline(__always)
    func similarity(_ i: Int, _ v: Int, _ query: QueryTokens, _ scratch: inout Scratch) -> Double {
        let slot = query.slot(i, v)
        let cached = scratch.exact[slot]
        if cached >= 0 { return cached }
        let s: Double = vocabulary.withBytes(v) { text in
            if let p = query.patterns[i] { return p.standard(text) }
            return query.tokens[i].withUnsafeBufferPointer { JaroWinkler.standard($0, text) }
        }
        scratch.setExact(slot, s)
        return s
    }

    /// An upper bound on the similarity of query token `i` and listed token `v`, as `1 + ceil(254 b)`:
    /// exact when known, else the signature bound, capped at the floor when the token search covered `v`
    /// (a listed token it did not return is below the floor).
    @inline(__always)
    func upperBound(_ i: Int, _ v: Int, _ query: QueryTokens, _ scratch: inout Scratch) -> Int {
        let slot = query.slot(i, v)
        let cached = scratch.bounds[slot]
        if cached != 0 { return Int(cached) }
        var b = TokenSignature.standardBound(query.signatures[i], signatures[v])
        if query.minimumLength == 0 || v >= shortTokenLimit { b = min(b, query.floor) }
        scratch.setBound(slot, b)
        return Int(scratch.bounds[slot])
    }

    /// Whether name `n`'s per-token score can reach `t`, from upper bounds only.
    func perTokenMayReach(_ n: Int, _ t: Double, _ query: QueryTokens, _ scratch: inout Scratch) -> Bool {
        let range = nameTokens.range(n)
        guard !range.isEmpty else { return false }
        let hasLong = nameHasLong[n]
        // In units of 1/254, each bound stored plus one.
        let needed = (t * Double(query.count) - 1e-9) * 254
        var total = 0
        for i in 0..<query.count {
            let skipShort = query.isLong[i] && hasLong
            var best = 1
            for p in range {
                let v = Int(nameTokens.items[p])
                if skipShort && v < shortTokenLimit { continue }
                best = max(best, upperBound(i, v, query, &scratch))
            }
            total += best - 1
            if Double(total + 254 * (query.count - 1 - i)) < needed { return false }
        }
        return Double(total) >= needed
    }

    /// Whether the bound rules out that query token `i` and listed token `v` beat `best`.
    @inline(__always)
    func cannotBeat(_ best: Double, _ i: Int, _ v: Int, _ query: QueryTokens, _ scratch: inout Scratch) -> Bool {
        Double(upperBound(i, v, query, &scratch) - 1) / 254 + 1e-9 <= best
    }

    /// The per-token score of name `n`, identical to ``NameSimilarity`` when no tokens are joined.
    func perTokenScore(_ n: Int, _ query: QueryTokens, _ scratch: inout Scratch) -> Double {
        let range = nameTokens.range(n)
        guard !range.isEmpty else { return 0 }
        let hasLong = nameHasLong[n]
        var sum = 0.0
        for i in 0..<query.count {
            let skipShort = query.isLong[i] && hasLong
            var best = 0.0
            for p in range {
                let v = Int(nameTokens.items[p])
                if skipShort && v < shortTokenLimit { continue }
                if cannotBeat(best, i, v, query, &scratch) { continue }
                let s = similarity(i, v, query, &scratch)
                if s > best { best = s }
            }
            if best >= NameSimilarity.pairFloor { sum += best }
        }
        return sum / Double(query.count)
    }

    /// The listed tokens that were the best pair (at least 0.8) of some query token, as ``NameSimilarity`` reports them.
    func matchedTokens(_ n: Int, _ query: QueryTokens, _ scratch: inout Scratch) -> [String] {
        let range = nameTokens.range(n)
        let hasLong = nameHasLong[n]
        var matched: [Int32] = []
        for i in 0..<query.count {
            let skipShort = query.isLong[i] && hasLong
            var best = 0.0
            var bestID: Int32 = -1
            for p in range {
                let v = Int(nameTokens.items[p])
                if skipShort && v < shortTokenLimit { continue }
                if cannotBeat(best, i, v, query, &scratch) { continue }
                let s = similarity(i, v, query, &scratch)
                if s > best { best = s; bestID = Int32(v) }
            }
            if best >= 0.8, bestID >= 0, !matched.contains(bestID) { matched.append(bestID) }
        }
        return matched.map { String(decoding: vocabulary.array(Int($0)), as: UTF8.self) }
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
