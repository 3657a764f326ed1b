import RedflagDetection

/// The findings of a cluster as a whole: what its members share, in one line each.
enum ClusterFindings {
    private struct Kind {
        let rule: String
        let kinds: Set<Identifier.Kind>
        let minimumMembers: Int
        let weight: Double
        let noun: String
    }

    private static let kinds: [Kind] = [
        Kind(rule: "cluster.shared_payout", kinds: [.payoutDestination, .wallet, .payoutHolder], minimumMembers: 2, weight: 3, noun: "payout destinations or holders"),
        Kind(rule: "cluster.shared_device", kinds: [.device, .endpointSerial], minimumMembers: 2, weight: 3, noun: "devices"),
        Kind(rule: "cluster.farm", kinds: [.ip, .shippingAddress], minimumMembers: 3, weight: 3, noun: "addresses or shipping addresses"),
        Kind(rule: "cluster.shared_identity", kinds: [.documentNumber, .documentPhoto, .email, .phone, .profilePhoto], minimumMembers: 2, weight: 3, noun: "identity documents, photos or contact points"),
        Kind(rule: "cluster.template_ring", kinds: [.proposalText], minimumMembers: 3, weight: 1.6, noun: "proposal templates"),
    ]

    static func findings(members: [String], links: [AccountLink]) -> [Finding] {
        kinds.compactMap { kind -> Finding? in
            var involved = Set<String>(), evidence: [Evidence] = [], values = Set<String>()
            for link in links {
                for shared in link.shared where kind.kinds.contains(shared.identifier.kind) {
                    if shared.identifier.kind == .ip && !shared.concurrent { continue }
                    involved.formUnion([link.first, link.second])
                    values.insert(shared.identifier.description)
                    evidence += [shared.first, shared.second]
                }
            }
            guard involved.count >= kind.minimumMembers else { return nil }
            return Finding(rule: kind.rule, family: .linkage, weight: kind.weight * min(2, Double(involved.count) / 2),
                summary: "\(involved.count) of \(members.count) members share \(values.count) \(kind.noun)", evidence: Array(Set(evidence)).bounded())
        }
    }
}
