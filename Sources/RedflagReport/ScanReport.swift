import RedflagDetection
import RedflagLinking

/// Everything a scan produced, ready for any renderer: ranked assessments, clusters, and the
/// folded state behind them (for charts).
public struct ScanReport: Sendable {
    public var assessments: [AccountAssessment]
    public var clusters: [Cluster]
    public var possibleLinks: [AccountLink]
    public var states: [String: AccountState]
    public var summary: ScanSummary

    public init(assessments: [AccountAssessment], clusters: [Cluster], possibleLinks: [AccountLink], states: [String: AccountState], summary: ScanSummary) {
        self.assessments = assessments
        self.clusters = clusters
        self.possibleLinks = possibleLinks
        self.states = states
        self.summary = summary
    }

    /// Assessments at or above `level`, plus any with a sanctions or indicator hit.
    public func reported(minimum level: RiskLevel) -> [AccountAssessment] {
        assessments.filter { $0.level >= level || $0.hasScreeningHit }
    }
}

/// Counts for the end-of-scan summary.
public struct ScanSummary: Sendable, Hashable {
    public var eventsRead = 0
    public var rejected = 0
    public var duplicates = 0
    public var accounts = 0
    public var byLevel: [RiskLevel: Int] = [:]
    public var screeningHits = 0
    public var seconds = 0.0
    public init() {}

    /// One line per fact, for standard error.
    public var lines: [String] {
        let levels = RiskLevel.allCases.reversed().map { "\($0.rawValue) \(byLevel[$0] ?? 0)" }.joined(separator: ", ")
        let rate = seconds > 0 ? Int(Double(eventsRead) / seconds) : 0
        return [
            "events read: \(eventsRead) (\(rate) events/s), rejected: \(rejected), duplicates: \(duplicates)",
            "accounts: \(accounts) — \(levels); sanctions/indicator hits: \(screeningHits)",
        ]
    }
}
