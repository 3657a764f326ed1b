/// Parameters of one synthetic-marketplace run. The same values always give byte-identical output.
public struct SimulationConfig: Sendable, Equatable {
    /// Worker, applicant and employee accounts (clients are extra and get no labels).
    public var accounts: Int
    /// Days of activity.
    public var days: Int
    public var seed: UInt64
    /// First day of the window, `YYYY-MM-DD` (UTC midnight).
    public var start: String
    /// Multiplies bids, messages, work segments and endpoint check-ins; 1 gives roughly 200 events per account over 60 days.
    public var activityScale: Double
    /// Share of accounts that are DPRK proxies (0.065 by default; the brief asks for 5–8 %).
    public var dprkShare: Double
    /// Share of events delivered a second time with the same `id`.
    public var duplicateRate: Double
    /// Share of events delivered one to `maxDelayDays` days late.
    public var lateRate: Double
    public var maxDelayDays: Int
    /// Relative weights that replace the default ones of the named honest personas (`labels.csv`
    /// names, e.g. `"privacy_vpn": 40`), to test detection on a population with another mix; 0 leaves
    /// a persona out. Personas not named keep their default weight (freelancer 40, employee 13, …).
    public var honestWeights: [String: Double]

    public init(accounts: Int = 2000, days: Int = 60, seed: UInt64 = 1, start: String = "2026-03-01", activityScale: Double = 1,
                dprkShare: Double = 0.065, duplicateRate: Double = 0.002, lateRate: Double = 0.12, maxDelayDays: Int = 2,
                honestWeights: [String: Double] = [:]) {
        self.accounts = accounts
        self.days = days
        self.seed = seed
        self.start = start
        self.activityScale = activityScale
        self.dprkShare = dprkShare
        self.duplicateRate = duplicateRate
        self.lateRate = lateRate
        self.maxDelayDays = maxDelayDays
        self.honestWeights = honestWeights
    }
}

/// Why a run could not be made or written.
public enum SimulationError: Error, Equatable, CustomStringConvertible {
    /// A configuration value out of range: the field and the value given.
    case invalidConfig(field: String, value: String, reason: String)
    /// A file could not be created or written.
    case write(path: String, reason: String)

    public var description: String {
        switch self {
        case .invalidConfig(let field, let value, let reason): "invalid \(field) '\(value)': \(reason)"
        case .write(let path, let reason): "cannot write \(path): \(reason)"
        }
    }
}

/// What a run produced: counts for the README and for tests.
public struct SimulationSummary: Sendable, Equatable {
    /// Distinct events generated.
    public var events: Int
    /// Lines written, including re-delivered duplicates.
    public var lines: Int
    public var duplicates: Int
    public var accounts: Int
    public var dprkAccounts: Int
    public var teams: Int
    /// Accounts per persona label.
    public var personas: [String: Int]
    /// Distinct events per type.
    public var eventTypes: [String: Int]
}
