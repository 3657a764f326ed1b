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

    static func isDescriptive(_ word: Substring) -> Bool {
        let word = String(word)
        return words.contains(word) || descriptiveWords.contains(word)
    }
}
