import RedflagScreening

/// Whether a name is an organisation's rather than a person's, by the words organisations put in
/// their names: legal forms and common business words.
enum OrganisationName {
    static let words: Set<String> = [
        "llc", "ltd", "limited", "inc", "gmbh", "sarl", "sas", "bv", "oy", "ab", "pty", "corp", "corporation", "company",
        "co", "srl", "spa", "kft", "sro", "ooo", "plc", "studio", "agency", "solutions", "technologies", "technology",
        "labs", "trading", "group", "holdings", "industries", "industry", "international", "network", "shipping",
        "services", "bank", "enterprise", "enterprises", "consulting", "department", "ministry", "bureau",
    ]

    /// Words that many unrelated organisations share besides ``words``: trades, sectors, places, articles.
    /// Two company names alike only in such words (`Hengtai Trading Co., Ltd.` and `Liaoning China Trade
    /// Industry Co., Ltd.`) are two companies in one line of business.
    static let descriptiveWords: Set<String> = [
        "trade", "general", "import", "export", "commercial", "development", "investment", "information",
        "cooperation", "joint", "venture", "stock", "jsc", "llp", "lp", "sa", "ag", "nv", "fze", "fzco", "fzc",
        "establishment", "factory", "firm", "partners", "systems", "software", "tech", "it", "electronics",
        "logistics", "energy", "petroleum", "construction", "engineering", "manufacturing", "foundation",
        "association", "center", "centre", "institute", "office", "branch", "committee", "digital", "data",
        "cloud", "web", "online", "media", "global", "world", "national", "korea", "korean", "china", "chinese",
        "asia", "pacific", "north", "south", "east", "west", "of", "the", "and", "for", "de", "la", "al",
    ]

    /// Whether `name` has a word of ``words`` (compared in ``Normalize/text(_:)`` form).
    static func contains(_ name: String) -> Bool {
        Normalize.text(name).split(separator: " ").contains { words.contains(String($0)) }
    }

    /// The parts of `name` that tell one organisation from another: those neither in ``words`` nor in
    /// ``descriptiveWords`` (compared in ``Normalize/text(_:)`` form).
    static func distinctiveParts(of name: String) -> [Substring] {
        Normalize.text(name).split(separator: " ").filter { !isDescriptive($0) }
    }

    /// Similarity (0–100, ``NameSimilarity``) at which two distinctive parts that sound alike
    /// (``NameSounds``) are one word spelled two ways (`Sobaeksu` ~ `Sobaeksoo`); a brand that merely
    /// starts alike is another (`PineSoft` ~ `Pine` 90, `SilverSoft` ~ `Silverstar` 92, `VertexLabs` ~ `Vertex` 92).
    static let sameWord = 92.0

    /// Whether `query` names the listed organisation: their distinctive parts correspond, every one of
    /// each name spelled alike in the other, whatever their legal forms, trades and places. Employers are
    /// written freely, most as one brand word (`Toptal`, `Oracle`), and a brand resembling one word of a
    /// listed company's name (`PineSoft`, `GREEN PINE ASSOCIATED CORPORATION`) is another company.
    static func sameOrganisation(_ query: String, _ listed: String) -> Bool {
        partsSpelledAlike(of: query, in: listed) && partsSpelledAlike(of: listed, in: query)
    }

    /// Whether `name` has distinctive parts and each is spelled alike by one of `other`'s: `Silverstar
    /// Network Technology` in `Yanbian Silverstar Network Technology Co., Ltd.`, not `Blue Point LLC` in
    /// `BLUEFINS` nor `Daniel Moller` in `DANIEL`.
    static func partsSpelledAlike(of name: String, in other: String) -> Bool {
        let own = distinctiveParts(of: name).map(String.init)
        let others = distinctiveParts(of: other).map(String.init)
        return !own.isEmpty && own.allSatisfy { part in
            others.contains { NameSimilarity.score(part, $0) >= sameWord && NameSounds.alike(part, $0) }
        }
    }

    static func isDescriptive(_ word: Substring) -> Bool {
        let word = String(word)
        return words.contains(word) || descriptiveWords.contains(word)
    }
}
