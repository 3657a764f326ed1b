extension NameIndex {
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
