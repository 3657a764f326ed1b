import RedflagEnrichment
import RedflagPrimitives

/// Finds the networks that the scan's own sessions show to be relays — exits of a VPN or proxy
/// that the IP data does not list — so that their addresses are not read as where people are.
///
/// No IP database lists every VPN: of a sample of 300 published VPN ranges the bundled one flags
/// 182. An unlisted exit geolocates like a home line, so an honest user who switches a VPN on and
/// off appears to jump between countries faster than any airliner, and to live abroad. The sessions
/// themselves tell such an exit apart: accounts reach it by impossible jumps from where they mostly
/// are, and it is home to few of the accounts that use it — whereas a residential or office network
/// is someone's home.
///
/// A network here is an autonomous system (or, for an address with no AS number, its /24 or /48).
/// For each impossible jump between two stretches of an account's sessions in different countries
/// (farther than `minimumDistanceKm`, faster than `maximumSpeedKmh`), the side in the country where
/// the account has fewer sessions is the likelier detour, and its networks get the account's vote. A
/// network is a relay when at least `minimumAccounts` accounts vote for it and at most
/// `maximumHomeShare` of its users have it as home (`homeShare` of their precisely located sessions).
/// Its addresses then get ``NetworkKinds/inferredRelay`` and count like a listed VPN's: anonymized,
/// so neither a country the account works from nor a hop, nor a home address that accounts share
/// (linking still weighs accounts on one exit in the same hours, as for a listed VPN). Leaks from
/// high-risk origins are noted as events are folded, before this runs: a leak on a network inferred
/// later still counts.
struct RelayInference {
    /// An autonomous system, or the block of an address without one.
    enum Network: Hashable {
        case autonomousSystem(UInt32)
        case block(IPAddress)

        init(_ address: IPAddress, asn: UInt32?) {
            if let asn {
                self = .autonomousSystem(asn)
            } else if let v4 = address.v4Value {
                self = .block(IPAddress(v4: v4 & 0xFFFF_FF00))
            } else {
                self = .block(IPAddress(v6High: address.high & 0xFFFF_FFFF_FFFF_0000, low: 0))
            }
        }
    }

    var minimumAccounts = 3
    var maximumHomeShare = 0.25
    var homeShare = 0.3
    var maximumSpeedKmh = 1_000.0
    var minimumDistanceKm = 1_000.0

    /// Consecutive precisely located sessions of an account in one country.
    private struct Stretch {
        var start: Timestamp
        var end: Timestamp
        var country: CountryCode
        var location: Coordinate?
        var networks: Set<Network>
    }

    /// The relays among the networks of `accounts`' sessions, whose addresses `cache` numbered.
    func relays(in accounts: inout [AccountState], cache: FoldCache, geography: any CountryGeography) -> Set<Network> {
        var votes: [Network: Int] = [:], users: [Network: Int] = [:], homes: [Network: Int] = [:]
        for index in accounts.indices {
            var located: [(slot: NetworkState.Session, facts: FoldCache.Located, network: Network)] = []
            var sessionsPerNetwork: [Network: Int] = [:], sessionsPerCountry: [CountryCode: Int] = [:]
            for slot in accounts[index].network.mergedLog() {
                let (address, facts) = cache.addresses[Int(slot.address)]
                // As the IP data says, whatever an earlier inference marked: evaluating again infers afresh.
                let kinds = facts.kinds.subtracting(.inferredRelay)
                guard let country = facts.country, kinds.locatesUser else { continue }
                let network = Network(address, asn: facts.asn)
                sessionsPerNetwork[network, default: 0] += slot.count
                sessionsPerCountry[country, default: 0] += slot.count
                located.append((slot, facts, network))
            }
            let total = sessionsPerNetwork.values.reduce(0, +)
            for (network, sessions) in sessionsPerNetwork {
                users[network, default: 0] += 1
                if Double(sessions) >= homeShare * Double(total) { homes[network, default: 0] += 1 }
            }
            located.sort { $0.slot.isEarlier(than: $1.slot) }
            for network in detours(stretches(located), sessionsPerCountry: sessionsPerCountry, geography: geography) {
                votes[network, default: 0] += 1
            }
        }
        return Set(votes.compactMap { network, voters in
            guard voters >= minimumAccounts, let all = users[network], Double(homes[network] ?? 0) <= maximumHomeShare * Double(all) else { return nil }
            return network
        })
    }

    private func stretches(_ located: [(slot: NetworkState.Session, facts: FoldCache.Located, network: Network)]) -> [Stretch] {
        var stretches: [Stretch] = []
        for (slot, facts, network) in located {
            if let last = stretches.last, last.country == facts.country {
                stretches[stretches.count - 1].end = max(last.end, slot.last)
                stretches[stretches.count - 1].networks.insert(network)
            } else {
                stretches.append(Stretch(start: slot.time, end: slot.last, country: facts.country!, location: facts.location, networks: [network]))
            }
        }
        return stretches
    }

    /// The networks on the less used side of each impossible jump (both sides when the account
    /// used both countries as much).
    private func detours(_ stretches: [Stretch], sessionsPerCountry: [CountryCode: Int], geography: any CountryGeography) -> Set<Network> {
        var networks = Set<Network>()
        for (from, to) in zip(stretches, stretches.dropFirst()) where isImpossible(from: from, to: to, geography) {
            let (fromSessions, toSessions) = (sessionsPerCountry[from.country] ?? 0, sessionsPerCountry[to.country] ?? 0)
            if fromSessions <= toSessions { networks.formUnion(from.networks) }
            if toSessions <= fromSessions { networks.formUnion(to.networks) }
        }
        return networks
    }

    private func isImpossible(from: Stretch, to: Stretch, _ geography: any CountryGeography) -> Bool {
        Travel(from: (from.location, from.country, from.end), to: (to.location, to.country, to.start), geography: geography)?
            .isImpossible(minimumKilometres: minimumDistanceKm, maximumSpeed: maximumSpeedKmh) ?? false
    }
}
