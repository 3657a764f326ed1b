import RedflagEvents
import RedflagPrimitives

/// Folds events into per-account state and evaluates the rule catalogue over it.
///
/// `redflag scan` streams a file through ``ingest(_:)`` and calls ``evaluate()`` once; the
/// server will fold new events into stored state the same way. Re-delivered events (same id)
/// count once, and the result does not depend on the order events arrive in.
public struct DetectionEngine: Sendable {
    public let context: DetectionContext
    public let rules: [any Rule]
    public let config: RuleConfig
    public var scoreModel = ScoreModel()
    public private(set) var accounts: [String: AccountState] = [:]
    public private(set) var duplicates = 0
    private var seen = DuplicateFilter()
    private var cache = FoldCache()

    public init(context: DetectionContext, rules: [any Rule] = RuleCatalogue.all, config: RuleConfig = RuleConfig()) {
        self.context = context
        self.rules = rules
        self.config = config
    }

    /// Folds `event`; returns false (and changes nothing) when it is a duplicate.
    @discardableResult
    public mutating func ingest(_ event: Event) -> Bool {
        guard seen.insert(event.id) else {
            duplicates += 1
            return false
        }
        let account = event.account
        accounts[account, default: AccountState(id: account)].fold(event, context: context, cache: &cache)
        return true
    }

    /// Evaluates every rule on every account and scores the findings. It first summarises what
    /// was folded (``AccountState/finish()``); folding more afterwards and evaluating again works.
    public mutating func evaluate() -> DetectionResult {
        for index in accounts.indices { accounts.values[index].finish() }
        let population = Population(accounts: accounts.values, context: context)
        let active = rules.map { ($0, config.settings(for: $0.metadata)) }.filter { $0.1.enabled }
        var assessments: [AccountAssessment] = []
        assessments.reserveCapacity(accounts.count)
        for account in accounts.values {
            var findings = active.compactMap { rule, settings in rule.evaluate(account, in: population, settings: settings) }
            if let screener = context.screener {
                findings += ScreeningFindings.findings(for: account, screener: screener)
            }
            findings.sort { ($0.isScreening ? 1 : 0, $0.weight, $1.rule) > ($1.isScreening ? 1 : 0, $1.weight, $0.rule) }
            let evidence = scoreModel.evidence(findings)
            let score = scoreModel.score(evidence: evidence)
            var assessment = AccountAssessment(account: account.id, findings: findings, ownEvidence: evidence, score: score, level: RiskLevel(score: score))
            assessment.stakeUSD = account.profile.earnings.value
                ?? account.profile.hourlyRate.value.flatMap { rate in account.profile.hoursWorked.value.map { rate * $0 } }
            assessment.claimedCountry = account.claimedCountry
            assessment.name = account.profile.name.value
            assessments.append(assessment)
        }
        assessments.sort { ($0.score, $1.account) > ($1.score, $0.account) }
        return DetectionResult(assessments: assessments, population: population, states: accounts)
    }
}

/// What one evaluation produced: assessments ranked by score, and the state behind them.
public struct DetectionResult: Sendable {
    public var assessments: [AccountAssessment]
    public var population: Population
    public var states: [String: AccountState]
}
