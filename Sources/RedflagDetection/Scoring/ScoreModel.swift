import Foundation

/// Turns findings into a 0–100 score (see `docs/scoring.md`).
///
/// 1. Findings about what the account shares that name the same accounts (``Finding/sharedWith``)
///    are one link seen through several identifiers: the strongest counts in full, the others at
///    `sameLinkDiscount`. A device and a bank account shared with one other account say once that
///    the two are run together.
/// 2. Findings are grouped by ``EvidenceFamily``. Within a family the strongest counts in full
///    and the others at `sameFamilyDiscount`, and a family is capped at `familyCap`: three
///    network rules caused by one VPN are one piece of evidence, not three.
/// 3. Family totals add up to the evidence `E`.
/// 4. `score = 100 · (1 − exp(−E / scale))`: each further independent kind of evidence moves the
///    score, with diminishing returns, and no single weak or moderate finding reaches `high`.
///
/// Sanctions and indicator findings are left out of `E`: they are reported beside the score.
public struct ScoreModel: Sendable {
    public var sameFamilyDiscount = 0.35
    public var sameLinkDiscount = 0.35
    public var familyCap = 5.0
    public var scale = 5.0

    public init() {}

    /// The evidence total of `findings`.
    public func evidence(_ findings: [Finding]) -> Double {
        let weights = weightsCountingEachLinkOnce(findings)
        var byFamily: [EvidenceFamily: [Double]] = [:]
        for (finding, weight) in zip(findings, weights) where !finding.isScreening {
            byFamily[finding.family, default: []].append(weight)
        }
        // Families in their declared order: a sum in a dictionary's order would differ in the last
        // bits from run to run, and a score or a rounded figure on a boundary with it.
        return EvidenceFamily.allCases.reduce(0) { total, family in
            guard let weights = byFamily[family] else { return total }
            let sorted = weights.sorted(by: >)
            let familyTotal = sorted[0] + sorted.dropFirst().reduce(0, +) * sameFamilyDiscount
            return total + min(familyCap, familyTotal)
        }
    }

    /// Each finding's weight, with all but the strongest of the findings that name the same
    /// accounts as sharers at `sameLinkDiscount` (the strongest chosen by weight, then rule id, so the
    /// result never depends on the findings' order).
    func weightsCountingEachLinkOnce(_ findings: [Finding]) -> [Double] {
        var weights = findings.map(\.weight)
        var byLink: [[String]: [Int]] = [:]
        for (index, finding) in findings.enumerated() where !finding.sharedWith.isEmpty && !finding.isScreening {
            byLink[finding.sharedWith, default: []].append(index)
        }
        for indices in byLink.values where indices.count > 1 {
            let strongest = indices.max { (findings[$0].weight, findings[$1].rule) < (findings[$1].weight, findings[$0].rule) }
            for index in indices where index != strongest { weights[index] *= sameLinkDiscount }
        }
        return weights
    }

    /// The 0–100 score of an evidence total.
    public func score(evidence: Double) -> Int {
        guard evidence > 0 else { return 0 }
        return Int((100 * (1 - exp(-evidence / scale))).rounded())
    }
}
