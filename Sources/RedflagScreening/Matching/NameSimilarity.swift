/// The similarity of two names on OFAC's 0–100 scale, reproducing how OFAC's Sanctions List Search scores.
///
/// The score is the larger of two techniques (OFAC FAQ 249: the full name and its components):
/// 1. **Whole string**: Jaro–Winkler (prefix bonus always applied) between the two normalised names,
///    only when the query has two or more tokens and both names start with the same letter.
/// 2. **Per token**: every query token of three or more letters is paired with its most similar
///    token of the other name (standard Jaro–Winkler; long query tokens are not paired with
///    one- or two-letter tokens); pairs below 0.5 count as 0; the score is the mean over query
///    tokens. This aligns tokens regardless of order (`SURNAME, Given` ≡ `Given SURNAME`) and
///    penalises query tokens left unmatched.
/// Before comparing, two adjacent single-syllable tokens (one vowel group, as in romanised Korean
/// and Chinese given names) whose concatenation equals a token of the other name are joined
/// (`Sang Man` ≡ `Sangman` ≡ `Sang-man`, `Jin Ping` ≡ `Jinping`).
public enum NameSimilarity {
    /// Tokens of this many bytes or fewer are ignored when longer ones exist.
    public static let shortTokenLength = 2
    /// Per-token pairs below this Jaro–Winkler similarity contribute nothing.
    public static let pairFloor = 0.5
    /// OFAC's default threshold, used by ``Screener`` unless configured otherwise.
    public static let defaultThreshold = 80.0

    /// The similarity of `a` (the query) and `b` (a listed name), 0...100.
    public static func score(_ a: String, _ b: String) -> Double {
        compare(PreparedName(a), PreparedName(b)).score
    }

    /// The similarity and the tokens of `b` that matched a token of `a`.
    public static func explain(_ a: String, _ b: String) -> (score: Double, matchedTokens: [String]) {
        let result = compare(PreparedName(a), PreparedName(b))
        return (result.score, result.matchedTokens.map { String(decoding: $0, as: UTF8.self) })
    }

    struct Result {
        var score: Double
        var matchedTokens: [[UInt8]]
    }

    static func compare(_ query: PreparedName, _ candidate: PreparedName) -> Result {
        guard !query.tokens.isEmpty, !candidate.tokens.isEmpty else { return Result(score: 0, matchedTokens: []) }
        var best = 0.0
        if query.tokens.count >= 2, query.joined.first == candidate.joined.first {
            best = JaroWinkler.unconditional(query.joined, candidate.joined)
        }
        let (q, c) = alignJoinedTokens(query.tokens, candidate.tokens)
        let (perToken, matched) = perTokenScore(PreparedName(tokens: q).significantTokens, c)
        return Result(score: 100 * max(best, perToken), matchedTokens: matched)
    }

    /// Joins adjacent tokens on one side when their concatenation is a token of the other side.
    static func alignJoinedTokens(_ query: [[UInt8]], _ candidate: [[UInt8]]) -> ([[UInt8]], [[UInt8]]) {
        guard query.count > 1 || candidate.count > 1 else { return (query, candidate) }
        return (joinPairs(query, presentIn: Set(candidate)), joinPairs(candidate, presentIn: Set(query)))
    }

    private static func joinPairs(_ tokens: [[UInt8]], presentIn other: Set<[UInt8]>) -> [[UInt8]] {
        guard tokens.count > 1 else { return tokens }
        var out: [[UInt8]] = []
        var i = 0
        while i < tokens.count {
            if i + 1 < tokens.count, isSyllable(tokens[i]), isSyllable(tokens[i + 1]),
               other.contains(tokens[i] + tokens[i + 1]) {
                out.append(tokens[i] + tokens[i + 1])
                i += 2
            } else {
                out.append(tokens[i])
                i += 1
            }
        }
        return out
    }

    /// One to six Latin letters with a single group of vowels (`Y` and `W` count as glides).
    static func isSyllable(_ token: [UInt8]) -> Bool {
        guard (1...6).contains(token.count) else { return false }
        var groups = 0
        var inVowel = false
        for byte in token {
            guard (0x41...0x5A).contains(byte) else { return false }
            let vowel = byte == 0x41 || byte == 0x45 || byte == 0x49 || byte == 0x4F || byte == 0x55 || byte == 0x59
            if vowel && !inVowel { groups += 1 }
            inVowel = vowel
        }
        return groups == 1
    }

    static func perTokenScore(_ queryTokens: [[UInt8]], _ candidate: [[UInt8]]) -> (Double, [[UInt8]]) {
        guard !queryTokens.isEmpty, !candidate.isEmpty else { return (0, []) }
        let hasLong = candidate.contains { $0.count > shortTokenLength }
        var sum = 0.0
        var matched: [[UInt8]] = []
        for token in queryTokens {
            let skipShort = token.count > shortTokenLength && hasLong
            var bestScore = 0.0
            var bestToken: [UInt8]?
            for other in candidate where !(skipShort && other.count <= shortTokenLength) {
                let s = JaroWinkler.standard(token, other)
                if s > bestScore { bestScore = s; bestToken = other }
            }
            if bestScore >= pairFloor { sum += bestScore }
            if bestScore >= 0.8, let bestToken, !matched.contains(bestToken) { matched.append(bestToken) }
        }
        return (sum / Double(queryTokens.count), matched)
    }
}
