import RedflagDetection

/// How much a shared identifier says that two accounts have one operator (see `docs/linking.md`).
///
/// `weight = base(kind) × rarity(n) × overlap`, where n is how many accounts share the value:
/// a value shared by few accounts is specific, one shared by many (carrier NAT, a popular VPN
/// exit, a common holder name) says little. IP addresses also need time overlap: the same
/// address in the same hour means far more than the same address a month apart.
public struct LinkWeights: Sendable {
    /// A pair whose summed weight reaches this is linked strongly (one cluster).
    public var strongLink = 3.0
    /// Below this a pair is not reported at all; between the two it is "possibly related".
    public var weakLink = 1.0
    /// The most that addresses used at different hours add to one pair, counted once per network
    /// (``DisjointAddressDiscount``): below ``strongLink``, so they can make accounts "possibly
    /// related" but never one cluster on their own.
    public var disjointAddressCap = 2.0
    /// Share of a payout holder's weight for each of the two accounts paid in its own profile name
    /// (so ×0.25 when both are): the name may simply be common — two people called Jessica Clark —
    /// while a front person paid for several accounts shows in a shared destination as well.
    public var namesakeShare = 0.5
    /// Values shared by more accounts than this are ignored as too common, per kind.
    public var maximumSharers: [Identifier.Kind: Int] = [.ip: 12, .payoutHolder: 6, .proposalText: 30]
    public var defaultMaximumSharers = 50
    /// Up to this share of bidders with a near-identical proposal, a shared proposal counts in full;
    /// beyond it, less (``Population/templateRarity(typicalShare:)``), as in `bids.template`.
    public var typicalTemplateShare = Population.typicalTemplateShare

    public init() {}

    /// Base weight of one shared value of `kind`.
    public func base(_ kind: Identifier.Kind) -> Double {
        switch kind {
        case .documentNumber: 5
        case .payoutDestination, .wallet, .email, .endpointSerial: 4
        case .documentPhoto, .device: 3.5
        case .phone, .shippingAddress, .profilePhoto: 3
        case .payoutHolder: 2
        case .proposalText: 1.5
        case .ip: 1
        }
    }

    /// 1 for a value shared by up to `specific` accounts, falling as more share it.
    public func rarity(_ kind: Identifier.Kind, sharers: Int) -> Double {
        let specific = kind == .ip ? 3.0 : 8.0
        let n = Double(sharers)
        return n <= specific ? 1 : specific / n
    }

    public func maximum(for kind: Identifier.Kind) -> Int { maximumSharers[kind] ?? defaultMaximumSharers }
}
