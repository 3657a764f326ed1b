/// Whether a name can be read as a listed person's, part by part: family name with family name,
/// given name with given name.
///
/// The OFAC-style score (``NameSimilarity``) pairs every query part with its best listed part
/// whatever their roles and ignores one- and two-letter parts, so `In-chul Kim` scores 100 against
/// `KIM, Yong Chol` (`Chul` ~ `Chol`, `In` ignored) and `Hwang Jong-su` 90 against `JONG, Song Hwa`
/// (his given name's `Jong` ~ her family name). Korean and Chinese given names are one or two
/// syllables, often of two letters, and a family name of four letters is another one a letter
/// away (`Jang`, `Song`, `Hong` ~ `Jong` score 83–85), so for people those scores mostly say that two
/// names are in one language. A scan reports a listed person only when the names agree here too.
public enum PersonNameAgreement {
    /// Jaro–Winkler at which two long family names are one (``familyNamesAgree(_:_:)``): spellings
    /// score 0.94 and up (`Sanchez` ~ `Sanches` 0.943, `Martinez` ~ `Martines` 0.95, `Andreev` ~
    /// `Andreyev` 0.975, `Ivanov` ~ `Ivanova` 0.97), other names below (`Hernandez` ~ `Fernandez`
    /// 0.926, `Petrov` ~ `Petriv`, `Medina` ~ `Medino` 0.933).
    static let sameFamilyName = 0.94
    /// Jaro–Winkler at which a given-name part matches a listed one (`Chul` ~ `Chol`).
    static let samePart = 0.8
    /// Jaro–Winkler at which a given name written as one word matches the listed parts joined (`Sangman`).
    static let sameJoinedGivenName = 0.9
    /// Jaro–Winkler at which a one-part query is a listed one-part name (a nickname, a mononym).
    static let sameNickname = 0.95

    /// Whether some reading of `query` and some reading of `listed` (``readings(of:)``: the family name
    /// where the writing shows it, else first or last) have the same family name and given names that
    /// agree: every part of the query's matches a part of the listed one (an initial, its first
    /// letter), or the two, joined, match (`Sangman` ~ `Sang Man`). Listed parts may stay unmatched (a
    /// patronymic, a middle name) unless the given name is syllables (``givenNamesAgree(_:_:)``). A listed
    /// name of one part (a nickname) agrees only with a query of that one part, spelled alike, and a
    /// query of one part with no listed name of several: one part of a name does not say who someone is.
    public static func agrees(query: String, listed: String) -> Bool {
        let listedReadings = readings(of: listed)
        if listedReadings.isEmpty {
            let (only, own) = (parts(listed), parts(query))
            return only.count == 1 && own.count == 1 && JaroWinkler.standard(own[0], only[0]) >= sameNickname
        }
        return readings(of: query).contains { own in
            listedReadings.contains { other in
                own.family.contains { part in other.family.contains { familyNamesAgree(part, $0) } }
                    && givenNamesAgree(own.given, other.given)
            }
        }
    }

    /// A name split into family name (its surname spelling folded: `Gim` → `KIM`) and given name (not
    /// folded: a syllable of a given name is not a surname).
    struct Reading {
        var family: [[UInt8]]
        var given: [[UInt8]]

        init(family: [[UInt8]], given: [[UInt8]]) {
            self.family = NameNormalizer.foldingSurnames(family)
            self.given = given
        }
    }

    /// The normalised parts of `text`, no surname folded.
    static func parts(_ text: String) -> [[UInt8]] {
        NameNormalizer.unfoldedTokenBytes(text)
    }

    /// The ways `name` may split: as its writing shows — before a comma, or outside a given name
    /// written as hyphenated syllables (`Hwang Jong-su`, `Jong-su Hwang`) — else family name first
    /// or last, of one part or two. Hyphenated parts that are not single syllables (`Rahim-Safavi`,
    /// `Jean-Pierre`) may be a double-barrelled family name or a Western given name, and show nothing.
    static func readings(of name: String) -> [Reading] {
        if let comma = name.firstIndex(of: ",") {
            let reading = Reading(family: parts(String(name[..<comma])), given: parts(String(name[name.index(after: comma)...])))
            return reading.family.isEmpty || reading.given.isEmpty ? [] : [reading]
        }
        let words = name.split(whereSeparator: \.isWhitespace)
        let tokens = parts(name)
        guard tokens.count >= 2 else { return [] }
        func atStart(_ length: Int) -> Reading { Reading(family: Array(tokens.prefix(length)), given: Array(tokens.dropFirst(length))) }
        func atEnd(_ length: Int) -> Reading { Reading(family: Array(tokens.suffix(length)), given: Array(tokens.dropLast(length))) }
        guard words.count >= 2, words.contains(where: isSyllableGivenName) else {
            // A family name of one part, or of two (`Rahim-Safavi`, `Dela Cruz`) when a given name remains.
            let lengths = tokens.count >= 3 ? [1, 2] : [1]
            return lengths.map(atStart) + lengths.map(atEnd)
        }
        switch (isSyllableGivenName(words.first!), isSyllableGivenName(words.last!)) {
        case (true, false): return [atEnd(1)]
        case (false, true): return [atStart(1)]
        default: return [atStart(1), atEnd(1)]
        }
    }

    /// `Jong-su`: two or more single-syllable parts joined by hyphens.
    static func isSyllableGivenName(_ part: Substring) -> Bool {
        let syllables = part.split(separator: "-", omittingEmptySubsequences: false)
        guard syllables.count >= 2 else { return false }
        return syllables.allSatisfy { syllable in
            let tokens = parts(String(syllable))
            return tokens.count == 1 && NameSimilarity.isSyllable(tokens[0])
        }
    }

    /// One family name, spelled alike: equal after the romanisation folds, or — both longer than four
    /// letters — at ``sameFamilyName`` and sounding alike (``NameSounds``: `Moroz` ~ `Morozov` scores
    /// 0.94 but is another name). Short family names a letter apart are other names (`Han` ~ `Chan`
    /// 0.92, `Jang` ~ `Jong` 0.85); their romanisations are what the folds are for.
    static func familyNamesAgree(_ a: [UInt8], _ b: [UInt8]) -> Bool {
        a == b || min(a.count, b.count) > 4 && JaroWinkler.standard(a, b) >= sameFamilyName && NameSounds.alike(a, b)
    }

    /// Every part of the query's given name matches a listed part — and, when the listed given name is
    /// syllables (`Cheng He`, `Sang Man`), every syllable is matched too: such a name is one unit, and
    /// `He` alone is another name, while a Western middle name or patronymic may be left out — or the
    /// two, joined, match. A syllabic given name written as initials is the unit's initial or its
    /// syllables'.
    static func givenNamesAgree(_ query: [[UInt8]], _ listed: [[UInt8]]) -> Bool {
        guard !query.isEmpty else { return false }
        let isSyllabic = listed.count >= 2 && listed.allSatisfy(NameSimilarity.isSyllable)
        if isSyllabic, query.allSatisfy({ $0.count == 1 }) {
            // Initials of a given name of syllables: the name's (`T. Lin` for `Tsung-Han Lin`) or each syllable's.
            return query.count == 1 ? query[0][0] == listed[0][0] : query.map(\.[0]) == listed.map(\.[0])
        }
        let partByPart = query.allSatisfy { part in listed.contains { partsAlike(part, $0) } }
            && (!isSyllabic || listed.allSatisfy { syllable in query.contains { partsAlike($0, syllable) } })
        guard !partByPart else { return true }
        let (joinedQuery, joinedListed) = (Array(query.joined()), Array(listed.joined()))
        return JaroWinkler.standard(joinedQuery, joinedListed) >= sameJoinedGivenName && NameSounds.alike(joinedQuery, joinedListed)
            && !areGenderedForms(joinedQuery, joinedListed)
    }

    /// An initial and a part it begins; or parts of about one length (apart by at most one letter, or
    /// by half the shorter) at ``samePart`` that sound alike (``NameSounds``). Jaro–Winkler alone finds
    /// `Ho` in `Chol` (0.83) and `Yong` in `Youngsoo` (0.87): a syllable is not a longer name's part;
    /// and it scores other names as high as spellings of one (`Veronica` ~ `Monica` 0.82, `Sean` ~
    /// `Sven` 0.85, `Mohammed` ~ `Muhammad` 0.85).
    static func partsAlike(_ part: [UInt8], _ other: [UInt8]) -> Bool {
        if part.count == 1 { return other.first == part[0] }
        guard abs(part.count - other.count) <= max(1, min(part.count, other.count) / 2) else { return false }
        return JaroWinkler.standard(part, other) >= samePart && NameSounds.alike(part, other) && !areGenderedForms(part, other)
    }

    /// The feminine and masculine forms of one name, which sound alike but name two people: `Maria` ~
    /// `Mario`, `Gabriela` ~ `Gabriel`, `Aleksandra` ~ `Aleksandr`, `Yevgeniya` ~ `Yevgeniy` — one ends in
    /// `A` where the other ends in `O` or in the consonant before it.
    static func areGenderedForms(_ a: [UInt8], _ b: [UInt8]) -> Bool {
        let (short, long) = a.count <= b.count ? (a, b) : (b, a)
        guard short.count >= 3, let end = long.last, let shortEnd = short.last else { return false }
        let letterA: UInt8 = 0x41, letterO: UInt8 = 0x4F
        if short.count == long.count {
            return short.dropLast() == long.dropLast() && Set([end, shortEnd]) == [letterA, letterO]
        }
        let vowels: Set<UInt8> = [0x41, 0x45, 0x49, 0x4F, 0x55]
        return long.count == short.count + 1 && end == letterA && long.starts(with: short) && !vowels.contains(shortEnd)
    }
}
