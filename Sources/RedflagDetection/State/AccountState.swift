import RedflagEvents
import RedflagPrimitives

/// Everything the rules need to know about one account, folded from its events once.
///
/// Folding is order-independent: counts, sets, per-day bins, earliest-N evidence samples and
/// latest-wins profile fields give the same state whatever order the lines came in. Memory is
/// bounded by the account's days, addresses and identifiers, not by its number of events.
public struct AccountState: Sendable {
    public let id: String
    public var profile = ProfileState()
    public var network = NetworkState()
    public var activity = ActivityState()
    public var bids = BidState()
    public var payouts: [PayoutRecord] = []
    public var shipments: [ShipmentRecord] = []
    public var endpoints = EndpointState()
    public var hiring = HiringState()
    public var messages = MessageState()
    public var reviewsReceived: [ReviewRecord] = []
    /// Clients with the earliest time a contract with them became active.
    public var contractClients: [String: Timestamp] = [:]
    /// Identifiers that can link this account to others.
    public var identifiers: [Identifier: IdentifierUse] = [:]
    public var firstSeen: Timestamp?
    public var lastSeen: Timestamp?

    public init(id: String) { self.id = id }

    /// Devices seen in logins and endpoint reports, with their first use.
    public var devices: [String: IdentifierUse] {
        var result: [String: IdentifierUse] = [:]
        for (identifier, use) in identifiers where identifier.kind == .device { result[identifier.value] = use }
        return result
    }

    /// The country the profile claims now.
    public var claimedCountry: CountryCode? { profile.country.value }
    /// Whether the profile says the account is a client (one that hires), not a worker.
    public var isClient: Bool { profile.kind.value == "client" }

    /// Every country the profile has claimed as home, at any time.
    public var claimedHomes: Set<CountryCode> {
        Set(profile.countryClaims.values).union(profile.country.value.map { [$0] } ?? [])
    }

    /// Payouts into another country than the one the profile claimed when they were made, and not
    /// into one it claimed as home at another time: someone who moved, or lives on the road, and
    /// keeps the bank account of a former home is paid where they said they lived. Nor into a
    /// country where Wise or Payoneer keep the receiving accounts they give everyone (``ReceivingAccounts``).
    public var foreignPayouts: [PayoutRecord] {
        let homes = claimedHomes
        return payouts.filter { payout in
            guard let country = payout.country, let claimed = profile.claimedCountry(at: payout.evidence.time) else { return false }
            return country != claimed && !homes.contains(country) && !ReceivingAccounts.isProviderAccount(method: payout.method, country: country)
        }
    }

    /// The earliest event in which the account used `identifier` (addresses come from the
    /// network state, the rest from ``identifiers``).
    public func firstUse(of identifier: Identifier) -> Evidence? {
        if identifier.kind == .ip {
            return IPAddress(identifier.value).flatMap { network.addresses[$0]?.sample.evidence }
        }
        return identifiers[identifier]?.first
    }

    /// Builds the summaries rules read from what was folded (see ``NetworkState/finish(account:cache:)``),
    /// with the cache the events were folded with.
    mutating func finish(cache: FoldCache) {
        network.finish(account: id, cache: cache)
        activity.finish()
    }

    mutating func note(_ identifier: Identifier, _ evidence: Evidence) {
        identifiers[identifier, default: IdentifierUse(evidence)].include(evidence)
    }

    /// Records a device; its evidence is built only for a first or earlier sighting.
    mutating func noteDevice(_ device: String, _ event: Event) {
        let key = Identifier(.device, device)
        if let known = identifiers.index(forKey: key) {
            identifiers.values[known].include(time: event.time, eventID: event.id) { Evidence(event, [Fact("device", device)]) }
        } else {
            var use = IdentifierUse(Evidence(event, [Fact("device", device)]))
            use.include(use.first)
            identifiers[key] = use
        }
    }
}
