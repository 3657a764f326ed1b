import RedflagPrimitives

/// The result for one account: findings, evidence total, score and level.
public struct AccountAssessment: Sendable {
    public var account: String
    /// Rule findings and screening findings, strongest first.
    public var findings: [Finding]
    /// The account's own evidence total (before any cluster share).
    public var ownEvidence: Double
    /// The part of ``ownEvidence`` that is not about what the account shares with others: what a
    /// linked account can inherit from it (the shared facts it already holds from its own side).
    public var evidenceOfItsOwn: Double = 0
    /// Evidence inherited from its cluster (filled by linking).
    public var inheritedEvidence: Double = 0
    public var score: Int
    public var level: RiskLevel
    /// Operator cluster id, when linking put the account in one with others.
    public var cluster: String?
    /// How much is at stake (lifetime earnings, or rate × hours) — never part of the score.
    public var stakeUSD: Double?
    public var claimedCountry: CountryCode?
    public var name: String?

    /// Whether any sanctions or known-indicator finding is present; such accounts are always reported.
    public var hasScreeningHit: Bool { findings.contains { $0.isScreening } }

    public init(account: String, findings: [Finding], ownEvidence: Double, score: Int, level: RiskLevel) {
        self.account = account
        self.findings = findings
        self.ownEvidence = ownEvidence
        self.score = score
        self.level = level
    }
}
