import RedflagDetection
import RedflagPrimitives

/// Links accounts through the identifiers they share, groups strongly linked accounts into
/// clusters with a union-find, gives each cluster its findings and score, and lets members
/// inherit part of the strongest other member's evidence (accounts outside a cluster, part of a
/// possibly related account's: ``NeighbourInheritance``).
public struct Linker: Sendable {
    public var weights = LinkWeights()
    /// Share of the strongest other member's evidence a member inherits.
    public var inheritedShare = 0.35
    /// The most evidence a member can inherit (about one strong finding).
    public var inheritedCap = 3.0
    public var scoreModel = ScoreModel()

    public init() {}

    public func link(_ result: DetectionResult) -> LinkAnalysis {
        let links = pairLinks(result)
        let accounts = result.states.keys.sorted()
        let index = Dictionary(uniqueKeysWithValues: accounts.enumerated().map { ($1, $0) })
        var sets = UnionFind(count: accounts.count)
        for link in links where link.isStrong { sets.union(index[link.first]!, index[link.second]!) }
        var groups: [Int: [String]] = [:]
        for account in accounts { groups[sets.find(index[account]!), default: []].append(account) }
        let ownEvidence = Dictionary(uniqueKeysWithValues: result.assessments.map { ($0.account, $0.ownEvidence) })
        var clusters: [Cluster] = []
        for members in groups.values where members.count > 1 {
            let memberSet = Set(members)
            let inside = links.filter { $0.isStrong && memberSet.contains($0.first) }
            let findings = ClusterFindings.findings(members: members, links: inside)
            let evidences = members.map { ownEvidence[$0] ?? 0 }.sorted(by: >)
            let total = scoreModel.evidence(findings) * 0.5 + evidences[0] + evidences.dropFirst().reduce(0, +) * 0.25
            let score = scoreModel.score(evidence: total)
            clusters.append(Cluster(id: "", members: members, links: inside, findings: findings, evidence: total, score: score, level: RiskLevel(score: score)))
        }
        clusters.sort { ($0.score, $1.members[0]) > ($1.score, $0.members[0]) }
        var clusterOf: [String: String] = [:]
        for position in clusters.indices {
            clusters[position].id = "c-\(position + 1)"
            for member in clusters[position].members { clusterOf[member] = clusters[position].id }
        }
        let possibleLinks = links.filter { !$0.isStrong }
        let inheritable = Dictionary(uniqueKeysWithValues: result.assessments.map { ($0.account, $0.evidenceOfItsOwn) })
        let assessments = inherit(result.assessments, clusters: clusters, clusterOf: clusterOf, possibleLinks: possibleLinks,
                                  ownEvidence: ownEvidence, inheritable: inheritable)
        return LinkAnalysis(clusters: clusters, possibleLinks: possibleLinks, assessments: assessments, clusterOf: clusterOf)
    }

    /// Every pair of accounts that shares at least one identifier worth counting.
    public func pairLinks(_ result: DetectionResult) -> [AccountLink] {
        let population = result.population
        var pairs: [PairKey: [SharedIdentifier]] = [:]
        for (identifier, sharers) in population.sharedIdentifiers where sharers.count <= weights.maximum(for: identifier.kind) {
            let rarity = weights.rarity(identifier.kind, sharers: sharers.count)
            // Each sharer's first use (and, for an address, its usage) once, not once per pair.
            let address = identifier.kind == .ip ? IPAddress(identifier.value) : nil
            var uses: [Evidence?] = [], usages: [AddressUsage?] = [], paidInOwnName: [Bool] = []
            for sharer in sharers {
                let index = result.states.index(forKey: sharer)
                uses.append(index.flatMap { result.states.values[$0].firstUse(of: identifier) })
                usages.append(index.flatMap { index in address.flatMap { result.states.values[index].network.addresses[$0] } })
                paidInOwnName.append(identifier.kind == .payoutHolder && index.flatMap { result.states.values[$0].profile.name.value }
                    .map { Normalize.personName($0) == identifier.value } == true)
            }
            for (i, first) in sharers.enumerated() {
                for j in (i + 1)..<sharers.count where !population.related(first, sharers[j]) {
                    guard let useA = uses[i], let useB = uses[j] else { continue }
                    var overlap = 1.0, concurrent = false, anonymizer = false
                    if let usageA = usages[i], let usageB = usages[j] {
                        concurrent = usageA.sharesAnHour(with: usageB)
                        overlap = concurrent ? 2 : 0.5
                        anonymizer = usageA.sample.isAnonymized
                    }
                    // An account paid in its own name may just share it with the other: namesakes.
                    let namesakes = [paidInOwnName[i], paidInOwnName[j]].reduce(1.0) { $1 ? $0 * weights.namesakeShare : $0 }
                    let weight = weights.base(identifier.kind) * rarity * overlap * namesakes
                    pairs[PairKey(first, sharers[j]), default: []].append(
                        SharedIdentifier(identifier: identifier, weight: weight, sharers: sharers.count, first: useA, second: useB,
                                         concurrent: concurrent, anonymizer: anonymizer))
                }
            }
        }
        let templateRarity = population.templateRarity(typicalShare: weights.typicalTemplateShare)
        for (account, neighbours) in population.templateNeighbours {
            for neighbour in neighbours where account < neighbour.account && !population.related(account, neighbour.account) {
                guard let own = result.states[account]?.bids.fingerprints.values.min() else { continue }
                // Where near-duplicates are common, a text only a few accounts share is still specific.
                let sharers = max(neighbours.count, population.templateNeighbours[neighbour.account]?.count ?? 0) + 1
                let weight = weights.base(.proposalText) * max(templateRarity, weights.rarity(.proposalText, sharers: sharers))
                pairs[PairKey(account, neighbour.account), default: []].append(
                    SharedIdentifier(identifier: Identifier(.proposalText, "minhash"), weight: weight, sharers: sharers,
                        first: own, second: neighbour.evidence, concurrent: false))
            }
        }
        return pairs.compactMap { key, shared -> AccountLink? in
            // Summed in the order they are listed, not the order the identifier table happened to give.
            let shared = DisjointAddressDiscount.apply(shared, cap: weights.disjointAddressCap)
                .sorted { ($0.weight, $1.identifier) > ($1.weight, $0.identifier) }
            let weight = shared.reduce(0) { $0 + $1.weight }
            guard weight >= weights.weakLink else { return nil }
            return AccountLink(first: key.first, second: key.second, weight: (weight * 100).rounded() / 100,
                shared: shared, isStrong: weight >= weights.strongLink)
        }.sorted { ($0.first, $0.second) < ($1.first, $1.second) }
    }

    /// Each member of a cluster inherits `inheritedShare` of the evidence of its own (not about what
    /// accounts share: the member holds that from its side) of the other member with the most.
    private func inherit(_ assessments: [AccountAssessment], clusters: [Cluster], clusterOf: [String: String], possibleLinks: [AccountLink],
                         ownEvidence: [String: Double], inheritable: [String: Double]) -> [AccountAssessment] {
        let byID = Dictionary(uniqueKeysWithValues: clusters.map { ($0.id, $0) })
        let neighbours = NeighbourInheritance(links: possibleLinks, ownEvidence: ownEvidence, inheritable: inheritable, linker: self)
        var updated = assessments.map { assessment -> AccountAssessment in
            var assessment = assessment
            guard let clusterID = clusterOf[assessment.account], let cluster = byID[clusterID] else {
                return neighbours.finding(for: assessment.account).map { inheriting($0, into: assessment) } ?? assessment
            }
            assessment.cluster = clusterID
            let strongest = cluster.members.filter { $0 != assessment.account }.max { (inheritable[$0] ?? 0, $1) < (inheritable[$1] ?? 0, $0) }!
            let inherited = min(inheritedCap, inheritedShare * (inheritable[strongest] ?? 0))
            guard inherited >= 0.1 else { return assessment }
            let finding = Finding(rule: "cluster.member", family: .cluster, weight: (inherited * 100).rounded() / 100,
                summary: "linked in cluster \(clusterID) (\(cluster.members.count) accounts) with \(strongest), whose evidence beyond what accounts share is \(String(format: "%.1f", inheritable[strongest] ?? 0))",
                evidence: cluster.links.filter { $0.first == assessment.account || $0.second == assessment.account }
                    .flatMap { link in link.shared.map { link.first == assessment.account ? $0.second : $0.first } }.bounded())
            return inheriting(finding, into: assessment)
        }
        updated.sort { ($0.score, $1.account) > ($1.score, $0.account) }
        return updated
    }

    /// `assessment` with `finding` added and its weight as the evidence inherited.
    private func inheriting(_ finding: Finding, into assessment: AccountAssessment) -> AccountAssessment {
        var assessment = assessment
        assessment.inheritedEvidence = finding.weight
        assessment.findings.append(finding)
        assessment.findings.sort { ($0.isScreening ? 1 : 0, $0.weight, $1.rule) > ($1.isScreening ? 1 : 0, $1.weight, $0.rule) }
        assessment.score = scoreModel.score(evidence: assessment.ownEvidence + assessment.inheritedEvidence)
        assessment.level = RiskLevel(score: assessment.score)
        return assessment
    }
}

/// An unordered pair of account ids.
struct PairKey: Hashable {
    let first: String
    let second: String
    init(_ a: String, _ b: String) {
        first = min(a, b)
        second = max(a, b)
    }
}
