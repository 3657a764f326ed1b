import RedflagPrimitives

extension DayContext {
    /// The stay (trip or nomad leg) the account is on today, if any.
    var stay: Stay? { plan.stays.first { $0.fromDay <= day && day <= $0.toDay } }

    /// The address one login or work segment comes from, following how this persona really connects.
    func address(_ state: inout SimulatedAccount) -> IPAddress {
        var rng = state.rng
        defer { state.rng = rng }
        let networks = cast.networks
        if let stay {
            return rng.chance(0.85) ? stay.ip : networks.all[stay.networkIndex].address(&rng)
        }
        if plan.isDPRK, let teamIndex = plan.team {
            let team = cast.teams[teamIndex]
            let leakRate: Double = plan.has(.leaks) ? (team.care == .sloppy ? 0.04 : team.care == .careful ? 0.012 : 0.005) : 0.0008
            if rng.chance(leakRate) {
                let kp = team.leakNetworks.filter { networks.all[$0].country == "KP" }
                let pool = !kp.isEmpty && rng.chance(0.06) ? kp : team.leakNetworks.filter { networks.all[$0].country != "KP" }
                return networks.all[rng.pick(pool)].address(&rng)
            }
            if day >= plan.wakeDay, plan.persona == .dprkRented, rng.chance(0.8) {
                return networks.all[rng.pick(team.vpnExits)].address(&rng)
            }
            let vpnShare: Double = plan.has(.vpnHeavy) ? 0.8 : (team.care == .veryCareful ? 0.1 : 0.35)
            if rng.chance(vpnShare) { return networks.all[rng.pick(team.vpnExits)].address(&rng) }
            return rng.chance(0.9) ? state.homeIP : cast.farms[team.farm].ip
        }
        switch plan.persona {
        case .privacyVPN:
            if rng.chance(0.8) { return networks.all[rng.pick(state.favouriteExits)].address(&rng) }
        case .chinaVPN:
            if rng.chance(0.7) {
                let exits = networks.all.indices.filter {
                    let n = networks.all[$0]
                    return (n.kind == .vpn || n.kind == .hosting) && ["HK", "JP", "SG", "US"].contains(n.country)
                }
                return networks.all[rng.pick(exits)].address(&rng)
            }
        case .mobileNAT:
            if rng.chance(0.9), !plan.sharedIPs.isEmpty { return rng.pick(plan.sharedIPs) }
        case .agency:
            if rng.chance(0.85), let office = plan.sharedIPs.first { return office }
        default:
            break
        }
        let roll = rng.unit()
        if roll < 0.85 { return state.homeIP }
        if roll < 0.93, let pool = cast.natPools[state.identity.country], !pool.isEmpty { return rng.pick(pool) }
        if plan.persona == .chinaVPN { return networks.all[plan.homeNetwork].address(&rng) }
        return cast.homeAddress(plan.identity.country, &rng, v6: 0).0
    }

    /// Residential addresses are dynamic: now and then the home address moves inside its network.
    func refreshHome(_ state: inout SimulatedAccount) {
        guard !plan.isDPRK, plan.persona != .sharedHome, state.rng.chance(0.04) else { return }
        var rng = state.rng
        state.homeIP = cast.networks.all[plan.homeNetwork].address(&rng)
        state.rng = rng
    }
}
