/// The four levels a score falls into.
public enum RiskLevel: String, Sendable, CaseIterable, Comparable, Codable {
    case low, medium, high, critical

    /// The level of a 0–100 score: low < 30 ≤ medium < 55 ≤ high < 80 ≤ critical.
    public init(score: Int) {
        switch score {
        case ..<30: self = .low
        case ..<55: self = .medium
        case ..<80: self = .high
        default: self = .critical
        }
    }

    var rank: Int { Self.allCases.firstIndex(of: self)! }
    public static func < (lhs: RiskLevel, rhs: RiskLevel) -> Bool { lhs.rank < rhs.rank }
}
