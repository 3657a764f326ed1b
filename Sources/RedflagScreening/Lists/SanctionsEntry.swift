import RedflagPrimitives

/// One designated person, organisation, vessel or aircraft on a sanctions list, or one curated indicator.
public struct SanctionsEntry: Sendable, Hashable, Codable {
    /// What the entry designates.
    public enum Kind: String, Sendable, Hashable, Codable {
        case individual, entity, vessel, aircraft, identifier, unknown
    }

    /// The list's own identifier (OFAC `ent_num`, UN `REFERENCE_NUMBER`, indicator id).
    public var id: String
    public var name: String
    public var kind: Kind
    /// Programme tags as the list writes them (`DPRK3`, `CYBER2`, UN regime `DPRK`).
    public var programs: [String]
    public var aliases: [String]
    /// Dates of birth as written (`01 Apr 1950`, `1950 to 1952`, `1944-10-13`).
    public var birthDates: [String]
    /// Countries of nationality or citizenship.
    public var nationalities: [CountryCode]
    /// Countries of the listed addresses.
    public var addressCountries: [CountryCode]
    /// Digital-currency addresses as `(currency, address)`, e.g. `XBT`, `1Kuf2…`.
    public var wallets: [Wallet]
    public var emails: [String]
    /// Web domains (from `Website` remarks or curated indicators), lower case, no `www.`.
    public var domains: [String]
    /// Passport, national-ID and other document numbers as written.
    public var documentNumbers: [String]
    public var remarks: String?
    /// For curated indicators: where the fact was published, and when.
    public var source: String?
    public var date: String?

    /// A digital-currency address named on a list.
    public struct Wallet: Sendable, Hashable, Codable {
        public var currency: String
        public var address: String
        public init(currency: String, address: String) {
            self.currency = currency
            self.address = address
        }
    }

    public init(
        id: String, name: String, kind: Kind = .unknown, programs: [String] = [], aliases: [String] = [],
        birthDates: [String] = [], nationalities: [CountryCode] = [], addressCountries: [CountryCode] = [],
        wallets: [Wallet] = [], emails: [String] = [], domains: [String] = [], documentNumbers: [String] = [],
        remarks: String? = nil, source: String? = nil, date: String? = nil
    ) {
        self.id = id
        self.name = name
        self.kind = kind
        self.programs = programs
        self.aliases = aliases
        self.birthDates = birthDates
        self.nationalities = nationalities
        self.addressCountries = addressCountries
        self.wallets = wallets
        self.emails = emails
        self.domains = domains
        self.documentNumbers = documentNumbers
        self.remarks = remarks
        self.source = source
        self.date = date
    }

    /// The name followed by every alias.
    public var allNames: [String] { [name] + aliases }

    /// Four-digit years mentioned in the dates of birth (`1950 to 1952` gives 1950…1952).
    public var birthYears: Set<Int> {
        var years = Set<Int>()
        for text in birthDates {
            let found = DateText.years(in: text)
            if text.contains(" to "), found.count == 2, let lo = found.min(), let hi = found.max(), hi - lo < 20 {
                years.formUnion(lo...hi)
            } else {
                years.formUnion(found)
            }
        }
        return years
    }
}

/// A named, dated collection of entries: one sanctions list or one indicator file.
public struct SanctionsList: Sendable, Hashable, Codable {
    /// Display name: `OFAC SDN`, `UN Consolidated`, or an indicator file's `list` field.
    public var name: String
    /// The publication date of this version, when known (ISO `yyyy-MM-dd`).
    public var date: String?
    /// True for curated indicator sets (`indicator.*` findings), false for official lists.
    public var isIndicator: Bool
    public var entries: [SanctionsEntry]

    public init(name: String, date: String? = nil, isIndicator: Bool = false, entries: [SanctionsEntry]) {
        self.name = name
        self.date = date
        self.isIndicator = isIndicator
        self.entries = entries
    }
}

/// Small helpers for the date text the lists use.
enum DateText {
    static let months = ["JAN": 1, "FEB": 2, "MAR": 3, "APR": 4, "MAY": 5, "JUN": 6,
                         "JUL": 7, "AUG": 8, "SEP": 9, "OCT": 10, "NOV": 11, "DEC": 12]

    static func pad(_ v: Int, _ w: Int) -> String {
        let s = String(v)
        return String(repeating: "0", count: max(0, w - s.count)) + s
    }

    /// Plausible years (1900…2100) written as four digits in `text`.
    static func years(in text: String) -> [Int] {
        var out: [Int] = []
        var digits = ""
        for ch in text + " " {
            if ch.isASCII && ch.isNumber { digits.append(ch); continue }
            if digits.count == 4, let y = Int(digits), (1900...2100).contains(y) { out.append(y) }
            digits = ""
        }
        return out
    }

    /// `yyyy-MM-dd` for `01 Apr 1950`, `1950-04-01` or `1950/04/01`; nil when there is no full date.
    static func isoDay(_ text: String) -> String? {
        let parts = text.uppercased().split(whereSeparator: { $0 == " " || $0 == "-" || $0 == "/" || $0 == "." })
        if parts.count == 3, let d = Int(parts[0]), let m = months[String(parts[1].prefix(3))], let y = Int(parts[2]) {
            return String(format3: y, m, d)
        }
        if parts.count == 3, parts[0].count == 4, let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2]) {
            return String(format3: y, m, d)
        }
        return nil
    }
}

extension String {
    init(format3 y: Int, _ m: Int, _ d: Int) {
        self = "\(DateText.pad(y, 4))-\(DateText.pad(m, 2))-\(DateText.pad(d, 2))"
    }
}
