/// A red-flag rule: a small value with metadata and one evaluation over an account's folded state.
///
/// Rules never read events again: everything they need is in ``AccountState`` and ``Population``.
public protocol Rule: Sendable {
    var metadata: RuleMetadata { get }
    /// Returns a finding when the rule fires on `account`, using `settings` for thresholds.
    func evaluate(_ account: AccountState, in population: Population, settings: RuleSettings) -> Finding?
}

/// How much a rule's evidence is worth alone.
public enum RuleStrength: String, Sendable, Codable {
    /// Common among honest users; only counts next to other evidence.
    case weak
    case moderate
    case strong
    /// Nearly conclusive by itself (North Korean address space, a sanctioned identifier).
    case conclusive

    public var defaultWeight: Double {
        switch self {
        case .weak: 0.8
        case .moderate: 1.6
        case .strong: 3.0
        case .conclusive: 4.5
        }
    }
}

/// What the catalogue says about a rule: id, title, description with its source, defaults.
public struct RuleMetadata: Sendable {
    public var id: String
    public var title: String
    public var description: String
    /// The advisories and reports the rule is taken from.
    public var sources: [String]
    public var family: EvidenceFamily
    public var strength: RuleStrength
    /// Default thresholds, overridable by name in the rules file.
    public var parameters: [String: Double]
    /// Whether the rule is evaluated on `client` accounts. Rules that assume one person working
    /// (hours, locations, bids, being paid) are not: a client is usually an organisation whose
    /// staff share the account from several offices, and it pays rather than being paid.
    public var appliesToClients = true
    /// Whether a finding of the rule is about what the account shares with other accounts (an
    /// address, a device, a payout destination…). An account linked to it holds the same fact from
    /// its side, so linking does not pass such findings on (``AccountAssessment/evidenceOfItsOwn``).
    public var isAboutSharing = false

    public init(
        id: String, title: String, description: String, sources: [String], family: EvidenceFamily,
        strength: RuleStrength, parameters: [String: Double] = [:]
    ) {
        self.id = id
        self.title = title
        self.description = description
        self.sources = sources
        self.family = family
        self.strength = strength
        self.parameters = parameters
    }

    /// This metadata for a rule whose findings are about what accounts share.
    public func aboutSharing() -> RuleMetadata {
        var metadata = self
        metadata.isAboutSharing = true
        return metadata
    }

    /// This metadata for a rule that is not evaluated on `client` accounts.
    public func workersOnly() -> RuleMetadata {
        var metadata = self
        metadata.appliesToClients = false
        return metadata
    }
}

/// The effective weight and thresholds of one rule after the rules file is applied.
public struct RuleSettings: Sendable {
    public var enabled: Bool
    public var weight: Double
    public var parameters: [String: Double]

    public init(enabled: Bool = true, weight: Double, parameters: [String: Double]) {
        self.enabled = enabled
        self.weight = weight
        self.parameters = parameters
    }

    /// The threshold `name`; a rule asks only for names it declares in its metadata.
    public subscript(_ name: String) -> Double { parameters[name] ?? 0 }
}

/// The advisories the rule catalogue cites.
public enum Advisory {
    public static let stateTreasuryFBI2022 = "US State/Treasury/FBI advisory on DPRK IT workers, May 2022"
    public static let fbiROK2023 = "FBI / Republic of Korea update on DPRK IT workers, Oct 2023"
    public static let fbiPSA2024 = "FBI PSA I-051624-PSA, May 2024"
    public static let fbiPSA2025 = "FBI PSA I-012325-PSA, Jan 2025"
    public static let mandiant2024 = "Mandiant, UNC5267 report, Sep 2024"
    public static let treasury2023 = "US Treasury designation of Chinyong Information Technology Cooperation Company (IT workers in Russia and Laos), May 2023"
    public static let press = "Press reporting on freelance-platform proxy accounts (2023–2025)"
}
