import Testing

@testable import RedflagDetection

@Suite struct ScoreModelTests {
    let model = ScoreModel()

    func finding(_ family: EvidenceFamily, _ strength: RuleStrength, _ rule: String = "x") -> Finding {
        Finding(rule: rule, family: family, weight: strength.defaultWeight, summary: "", evidence: [])
    }

    func level(_ findings: [Finding]) -> RiskLevel { RiskLevel(score: model.score(evidence: model.evidence(findings))) }

    @Test func oneWeakSignalStaysLow() {
        #expect(level([finding(.network, .weak)]) == .low)
    }

    @Test func oneModerateOrStrongSignalNeverReachesHigh() {
        #expect(level([finding(.network, .moderate)]) == .low)
        #expect(level([finding(.payout, .strong)]) == .medium)
    }

    @Test func correlatedRulesOfOneFamilyAreDiscounted() {
        let network = [finding(.network, .moderate, "a"), finding(.network, .moderate, "b"), finding(.network, .weak, "c")]
        let spread = [finding(.network, .moderate), finding(.payout, .moderate), finding(.activity, .weak)]
        #expect(model.evidence(network) < model.evidence(spread))
        #expect(level(network) < .high)
    }

    @Test func independentKindsAddUp() {
        let evidence = [finding(.network, .moderate), finding(.payout, .strong), finding(.activity, .moderate), finding(.linkage, .moderate)]
        #expect(level(evidence) >= .high)
        #expect(level(evidence + [finding(.shipping, .strong), finding(.endpoint, .strong)]) == .critical)
    }

    @Test func conclusiveSignalIsHighAlone() {
        #expect(level([finding(.network, .conclusive)]) == .high)
    }

    @Test func screeningFindingsDoNotMoveTheScore() {
        let hit = Finding(rule: "sanctions.name", family: .sanctions, weight: 5, summary: "", evidence: [])
        #expect(model.evidence([hit]) == 0)
        #expect(hit.isScreening)
    }

    @Test func levelsHaveTheirBoundaries() {
        #expect(RiskLevel(score: 29) == .low)
        #expect(RiskLevel(score: 30) == .medium)
        #expect(RiskLevel(score: 55) == .high)
        #expect(RiskLevel(score: 80) == .critical)
        #expect(model.score(evidence: 0) == 0)
        #expect(model.score(evidence: 1000) == 100)
    }
}
