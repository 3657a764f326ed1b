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

    /// Family totals are added in the families' declared order, so the evidence of an account is the
    /// same number to the last bit in every run (a dictionary's order changes from process to process,
    /// and so would the sum, and with it a rounded figure or a score on a boundary).
    @Test func familiesAddUpInTheirDeclaredOrder() {
        let weights: [(EvidenceFamily, Double)] = [
            (.network, 0.1), (.location, 0.7), (.device, 0.2), (.activity, 0.3), (.bids, 1.1), (.payout, 0.6),
            (.shipping, 0.9), (.endpoint, 0.4), (.hiring, 1.3), (.identity, 0.5), (.contact, 0.15), (.profile, 0.35),
        ]
        let findings = weights.map { Finding(rule: "t.\($0.0)", family: $0.0, weight: $0.1, summary: "", evidence: []) }
        let expected = EvidenceFamily.allCases.reduce(0.0) { total, family in
            total + (weights.first { $0.0 == family }?.1 ?? 0)
        }
        #expect(model.evidence(findings) == expected)
        #expect(model.evidence(findings.reversed()) == expected)
        #expect(model.evidence(findings.shuffled()) == expected)
    }

    func sharing(_ family: EvidenceFamily, _ rule: String, _ weight: Double, with partners: [String]) -> Finding {
        Finding(rule: rule, family: family, weight: weight, summary: "", evidence: [], sharedWith: partners)
    }

    /// A device and a bank account shared with the same account say once that the two are run
    /// together: the second counts at `sameLinkDiscount`, so the pair alone stays below `high`.
    /// Shared with different accounts, they are two links and add up in full.
    @Test func identifiersSharedWithTheSameAccountsAreOneLink() {
        let oneLink = [sharing(.payout, "payout.shared", 3, with: ["b"]), sharing(.device, "device.shared", 2.4, with: ["b"])]
        #expect(abs(model.evidence(oneLink) - (3 + 0.35 * 2.4)) < 1e-9)
        #expect(model.evidence(oneLink.reversed()) == model.evidence(oneLink))
        #expect(level(oneLink) == .medium)
        let twoLinks = [sharing(.payout, "payout.shared", 3, with: ["b"]), sharing(.device, "device.shared", 2.4, with: ["c"])]
        #expect(abs(model.evidence(twoLinks) - 5.4) < 1e-9)
        #expect(level(twoLinks) == .high)
        let overlapping = [sharing(.payout, "payout.shared", 3, with: ["b"]), sharing(.device, "device.shared", 2.4, with: ["b", "c"])]
        #expect(abs(model.evidence(overlapping) - 5.4) < 1e-9)
    }

    /// Evidence of the account's own next to the link still adds up in full.
    @Test func aLinkAndEvidenceOfItsOwnAddUp() {
        let findings = [
            sharing(.payout, "payout.shared", 3, with: ["b"]), sharing(.device, "device.shared", 2.4, with: ["b"]),
            finding(.location, .moderate, "network.country_mismatch"),
        ]
        #expect(abs(model.evidence(findings) - (3 + 0.35 * 2.4 + 1.6)) < 1e-9)
        #expect(level(findings) == .high)
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
