import RedflagPrimitives

/// What is known about one account, to be checked against the lists: names (own name, aliases, payout
/// holder, employer), exact identifiers, and optional date of birth and country used only to adjust a
/// name match.
public struct ScreeningQuery: Sendable, Hashable {
    public var names: [String]
    public var emails: [String]
    public var wallets: [String]
    /// Web domains (employer, portfolio site); e-mail domains are checked as well.
    public var domains: [String]
    public var documentNumbers: [String]
    /// `yyyy-MM-dd`, `dd Mon yyyy` or a bare year.
    public var birthDate: String?
    public var country: CountryCode?

    public init(
        names: [String] = [], emails: [String] = [], wallets: [String] = [], domains: [String] = [],
        documentNumbers: [String] = [], birthDate: String? = nil, country: CountryCode? = nil
    ) {
        self.names = names
        self.emails = emails
        self.wallets = wallets
        self.domains = domains
        self.documentNumbers = documentNumbers
        self.birthDate = birthDate
        self.country = country
    }
}

/// One match of an account's value against a list entry: the evidence for a `sanctions.*` or `indicator.*` finding.
public struct ScreeningHit: Sendable, Hashable {
    /// `name` for a fuzzy name match, `identifier` for an exact wallet / e-mail / domain / document / address match.
    public enum Kind: String, Sendable, Hashable, Codable { case name, identifier }

    public var kind: Kind
    /// True for curated indicators (`indicator.*`), false for OFAC / UN (`sanctions.*`).
    public var isIndicator: Bool
    /// `OFAC SDN`, `UN Consolidated`, `Redflag DPRK indicators`, or a user indicator list's name.
    public var list: String
    public var entryID: String
    public var entryName: String
    public var programs: [String]
    /// The account's value that matched.
    public var query: String
    /// 0...100; 100 for identifiers. Name scores include the date-of-birth / country adjustment.
    public var score: Double
    /// For names: the listed tokens that matched. For identifiers: the matched value.
    public var matchedTokens: [String]
    /// For indicators: `source (date)`.
    public var source: String?
    /// The listed name or alias that matched (names only).
    public var matchedName: String?
    /// The name similarity before the date-of-birth / country adjustment.
    public var nameScore: Double?
    /// What the entry is: a person, an organisation, a vessel, an aircraft…
    public var entryKind: SanctionsEntry.Kind
    /// Whether the entry is a person: their listed names give the family name first, before a comma
    /// (`KIM, Sang Man`).
    public var isIndividual: Bool { entryKind == .individual }

    /// The finding code the detection engine reports: `sanctions.name`, `indicator.identifier`, ….
    public var findingCode: String { "\(isIndicator ? "indicator" : "sanctions").\(kind.rawValue)" }

    public init(
        kind: Kind, isIndicator: Bool, list: String, entryID: String, entryName: String, programs: [String],
        query: String, score: Double, matchedTokens: [String], source: String? = nil,
        matchedName: String? = nil, nameScore: Double? = nil, entryKind: SanctionsEntry.Kind = .unknown
    ) {
        self.kind = kind
        self.isIndicator = isIndicator
        self.list = list
        self.entryID = entryID
        self.entryName = entryName
        self.programs = programs
        self.query = query
        self.score = score
        self.matchedTokens = matchedTokens
        self.source = source
        self.matchedName = matchedName
        self.nameScore = nameScore
        self.entryKind = entryKind
    }
}

/// The best-scoring name of one list entry for a queried name.
public struct NameMatch: Sendable, Hashable {
    public var list: String
    public var isIndicator: Bool
    /// The matched entry (read from its list, not copied, when the match is made).
    public var entry: SanctionsEntry { entries[entryIndex] }
    /// The entry's name or alias that scored best.
    public var matchedName: String
    public var score: Double
    public var matchedTokens: [String]
    let entries: [SanctionsEntry]
    let entryIndex: Int

    init(list: String, isIndicator: Bool, entries: [SanctionsEntry], entryIndex: Int, matchedName: String,
         score: Double, matchedTokens: [String]) {
        self.list = list
        self.isIndicator = isIndicator
        self.entries = entries
        self.entryIndex = entryIndex
        self.matchedName = matchedName
        self.score = score
        self.matchedTokens = matchedTokens
    }

    public static func == (a: NameMatch, b: NameMatch) -> Bool {
        a.list == b.list && a.isIndicator == b.isIndicator && a.matchedName == b.matchedName && a.score == b.score
            && a.matchedTokens == b.matchedTokens && a.entry == b.entry
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(list)
        hasher.combine(entry.id)
        hasher.combine(matchedName)
        hasher.combine(score)
    }
}
