import RedflagDetection

/// Lets an account outside any cluster inherit part of the evidence of a possibly related account
/// that is at `high` on its own, in proportion to how close their link comes to a strong one.
///
/// A cell's careful member often shares only one thing with its sloppy ones — the address of a
/// laptop farm, used in the same hours — which is less than a strong link, so no cluster forms and
/// nothing passes between them. Only what two accounts share specifically counts here
/// (``isSpecific(_:)``), and only evidence an account holds without any help: two honest
/// roommates, each with a weak finding, pass nothing to each other.
struct NeighbourInheritance {
    private struct Candidate {
        var neighbour: String
        var neighbourEvidence: Double
        var link: AccountLink
        var specificWeight: Double
        var inherited: Double
    }

    private var best: [String: Candidate] = [:]
    private let linker: Linker

    /// `ownEvidence` decides who is at `high` on its own; `inheritable` (the part not about sharing)
    /// is what passes on.
    init(links: [AccountLink], ownEvidence: [String: Double], inheritable: [String: Double], linker: Linker) {
        self.linker = linker
        for link in links {
            let specific = link.shared.filter(Self.isSpecific).reduce(0) { $0 + $1.weight }
            guard specific >= linker.weights.weakLink else { continue }
            let closeness = min(1, specific / linker.weights.strongLink)
            for (account, other) in [(link.first, link.second), (link.second, link.first)] {
                guard RiskLevel(score: linker.scoreModel.score(evidence: ownEvidence[other] ?? 0)) >= .high else { continue }
                let evidence = inheritable[other] ?? 0
                let inherited = closeness * min(linker.inheritedCap, linker.inheritedShare * evidence)
                if let known = best[account], (known.inherited, other) >= (inherited, known.neighbour) { continue }
                best[account] = Candidate(neighbour: other, neighbourEvidence: evidence, link: link, specificWeight: specific, inherited: inherited)
            }
        }
    }

    /// Whether a shared value says two accounts are run together rather than alike: not an address
    /// used at different hours or a VPN exit (strangers share those), a holder's name (namesakes)
    /// or a proposal template (texts copied from the same place).
    static func isSpecific(_ shared: SharedIdentifier) -> Bool {
        switch shared.identifier.kind {
        case .ip: shared.concurrent && !shared.anonymizer
        case .payoutHolder, .proposalText: false
        default: true
        }
    }

    /// The `cluster.neighbour` finding of `account`, whose weight is the evidence it inherits, when
    /// it has a neighbour to inherit from.
    func finding(for account: String) -> Finding? {
        guard let best = best[account], best.inherited >= 0.1 else { return nil }
        let isFirst = best.link.first == account
        let summary = String(
            format: "possibly related to %@ (link %.1f of the %.0f a cluster needs), whose evidence beyond what accounts share is %.1f",
            best.neighbour, best.specificWeight, linker.weights.strongLink, best.neighbourEvidence)
        return Finding(rule: "cluster.neighbour", family: .cluster, weight: (best.inherited * 100).rounded() / 100, summary: summary,
                       evidence: best.link.shared.filter(Self.isSpecific).map { isFirst ? $0.second : $0.first }.bounded())
    }
}
