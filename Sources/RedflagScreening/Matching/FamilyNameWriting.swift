/// Where a name, as written, shows its family name.
///
/// Name order alone does not say it (`Kim Sang Man` and `Sang Man Kim` are both common), but two
/// writings do: `SURNAME, Given`, and a given name written as hyphenated syllables (`Jong-su`,
/// `Min-jun`, `Xiao-ming`), which leaves the family name as the first or last part outside it.
/// Screening uses it so that a family name listed for a person is matched by the query's family
/// name, not by a syllable of its given name (`Hwang Jong-su` is not a Jong).
public enum FamilyNameWriting {
    /// The normalised tokens that can hold the family name of `name`, or nil when the writing does
    /// not show it. Hyphenated parts that are not single syllables (`Rahim-Safavi`, `Jean-Pierre`)
    /// may be a double-barrelled family name or a Western given name, so they show nothing.
    public static func familyNameTokens(of name: String) -> [String]? {
        if let comma = name.firstIndex(of: ",") {
            let family = NameNormalizer.tokens(String(name[..<comma]))
            return family.isEmpty || NameNormalizer.tokens(String(name[name.index(after: comma)...])).isEmpty ? nil : family
        }
        let parts = name.split(whereSeparator: \.isWhitespace)
        guard parts.count >= 2, parts.contains(where: isSyllableGivenName) else { return nil }
        let ends = [parts.first!, parts.last!].filter { !isSyllableGivenName($0) }
        let family = ends.flatMap { NameNormalizer.tokens(String($0)) }
        return family.isEmpty ? nil : family
    }

    /// `Jong-su`: two or more single-syllable parts joined by hyphens.
    static func isSyllableGivenName(_ part: Substring) -> Bool {
        let syllables = part.split(separator: "-", omittingEmptySubsequences: false)
        guard syllables.count >= 2 else { return false }
        return syllables.allSatisfy { syllable in
            let tokens = NameNormalizer.tokenBytes(String(syllable))
            return tokens.count == 1 && NameSimilarity.isSyllable(tokens[0])
        }
    }
}
