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
    public private(set) var duplicates = 0
    /// Per-account state, by an ordinal the account gets when first seen.
    private var states: [AccountState] = []
    private var ordinals: [String: Int] = [:]
    /// Accepted events not yet folded. Folding them a batch at a time, grouped by account, keeps
    /// one account's state in cache while its events are folded instead of jumping between
    /// thousands of accounts line by line; folding is order-independent, so the result is the same.
    private var pending: [Event?] = []
    private var pendingOrdinals: [Int] = []
    private var seen = DuplicateFilter()
    private var cache = FoldCache()
    private static let batchSize = 16_384

    public init(context: DetectionContext, rules: [any Rule] = RuleCatalogue.all, config: RuleConfig = RuleConfig()) {
        self.context = context
        self.rules = rules
        self.config = config
    }

    /// Prepares for about `count` events (a guess is fine: too few only means growing later).
    public mutating func reserveCapacity(forEvents count: Int) { seen.reserveCapacity(count) }

    /// Accepts `event` for folding; returns false (and changes nothing) when it is a duplicate.
    @discardableResult
    public mutating func ingest(_ event: consuming Event) -> Bool {
        guard seen.insert(event.id) else {
            duplicates += 1
            return false
        }
        let ordinal: Int
        if let known = ordinals[event.account] {
            ordinal = known
        } else {
            ordinal = states.count
            states.append(AccountState(id: event.account))
            ordinals[event.account] = ordinal
        }
        if pending.isEmpty {
            pending.reserveCapacity(Self.batchSize)
            pendingOrdinals.reserveCapacity(Self.batchSize)
        }
        pending.append(consume event)
        pendingOrdinals.append(ordinal)
        if pending.count >= Self.batchSize { foldPending() }
        return true
    }

    private mutating func foldPending() {
        var order = pendingOrdinals.enumerated().map { UInt64($0.element) << 32 | UInt64($0.offset) }
        order.sort()
        var batch: [Event?] = []
        swap(&batch, &pending)
        batch.withUnsafeMutableBufferPointer { batch in
            for key in order {
                let position = Int(key & 0xFFFF_FFFF)
                states[pendingOrdinals[position]].fold(batch[position].take()!, context: context, cache: &cache)  // moved, not copied
            }
        }
        batch.removeAll(keepingCapacity: true)
        swap(&batch, &pending)
        pendingOrdinals.removeAll(keepingCapacity: true)
    }

    /// Evaluates every rule on every account and scores the findings. It first folds what is
    /// pending and summarises it (``AccountState/finish()``); ingesting more afterwards and
    /// evaluating again works.
    public mutating func evaluate() -> DetectionResult {
        foldPending()
        cache.markInferredRelays(RelayInference().relays(in: &states, cache: cache, geography: context.geography))
        for index in states.indices { states[index].finish(cache: cache) }
        let accounts = states
        let population = Population(accounts: accounts, context: context)
        let allSettings = rules.map { config.settings(for: $0.metadata) }
        let active = rules.indices.filter { allSettings[$0].enabled }
        let (activeRules, settings) = (active.map { rules[$0] }, active.map { allSettings[$0] })
        var assessments: [AccountAssessment] = []
        assessments.reserveCapacity(accounts.count)
        var scratch = context.screener?.makeScratch()
        let sharingRules = Set(activeRules.filter(\.metadata.isAboutSharing).map(\.metadata.id))
        for account in accounts {
            var findings: [Finding] = []
            for index in activeRules.indices where !account.isClient || activeRules[index].metadata.appliesToClients {
                if let finding = activeRules[index].evaluate(account, in: population, settings: settings[index]) { findings.append(finding) }
            }
            if let screener = context.screener {
                findings += ScreeningFindings.findings(for: account, screener: screener, scratch: &scratch!)  // made with the screener
            }
            findings.sort { ($0.isScreening ? 1 : 0, $0.weight, $1.rule) > ($1.isScreening ? 1 : 0, $1.weight, $0.rule) }
            let evidence = scoreModel.evidence(findings)
            let score = scoreModel.score(evidence: evidence)
            var assessment = AccountAssessment(account: account.id, findings: findings, ownEvidence: evidence, score: score, level: RiskLevel(score: score))
            assessment.evidenceOfItsOwn = scoreModel.evidence(findings.filter { !sharingRules.contains($0.rule) })
            assessment.stakeUSD = account.profile.earnings.value
                ?? account.profile.hourlyRate.value.flatMap { rate in account.profile.hoursWorked.value.map { rate * $0 } }
            assessment.claimedCountry = account.claimedCountry
            assessment.name = account.profile.name.value
            assessments.append(assessment)
        }
        assessments.sort { ($0.score, $1.account) > ($1.score, $0.account) }
        return DetectionResult(assessments: assessments, population: population, states: Dictionary(uniqueKeysWithValues: accounts.map { ($0.id, $0) }))
    }
}

/// What one evaluation produced: assessments ranked by score, and the state behind them.
public struct DetectionResult: Sendable {
    public var assessments: [AccountAssessment]
    public var population: Population
    public var states: [String: AccountState]
}
