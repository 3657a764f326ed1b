import RedflagPrimitives

extension DayContext {
    /// Everything the account does today.
    func play(_ state: inout SimulatedAccount, _ writer: inout EventWriter) {
        if plan.persona.isEmployeeTrack {
            playHiring(&state, &writer)
            return
        }
        if day == 0 && plan.wakeDay == 0 || day == plan.wakeDay && plan.wakeDay > 0 && plan.persona != .dprkRented {
            let time = max(plan.created, dayStart + Int64(state.rng.below(7200)))
            snapshot(&state, kind: "freelancer", at: time, &writer)
            if day > 0 || plan.created >= cast.start { payoutEvent(&state, at: time + 600, amount: nil, &writer) }
        }
        if plan.persona == .dprkRented {
            playRented(&state, &writer)
            if day < plan.wakeDay { return }
        }
        guard day >= plan.wakeDay else { return }
        refreshHome(&state)
        if let stay, stay.fromDay == day, plan.persona == .nomad, state.rng.chance(0.5) {
            var f = FieldList()
            f.add("country", stay.country)
            f.add("city", stay.place.city)
            f.add("timezone", stay.place.timezone)
            emit("account", at: dayStart + Int64(state.rng.below(86_400)), f, &writer)
        }
        if state.payoutChangeDays.contains(day) { changePayout(&state, &writer) }
        playFreelance(&state, &writer)
    }

    /// A dormant account rented or taken over: honest history, silence, then a new operator.
    func playRented(_ state: inout SimulatedAccount, _ writer: inout EventWriter) {
        if day == 0 {
            snapshot(&state, kind: "freelancer", at: dayStart + Int64(state.rng.below(7200)), &writer)
            let old = dayStart - Int64(state.rng.int(150...400)) * 86_400
            login(&state, at: old, ip: state.homeIP, device: "dev-" + state.rng.hex(8), &writer)
            var owner = state.payout
            owner = PayoutMethod(method: "paypal", destination: cast.destination("paypal", &state.rng), holder: state.identity.name, country: state.identity.country)
            swap(&owner, &state.payout)
            payoutEvent(&state, at: old + 3600, amount: Double(state.rng.int(200...2500)), &writer)
            swap(&owner, &state.payout)
        }
        guard day == plan.wakeDay, let team else { return }
        state.devices = [cast.deviceID(&state.rng)] + (plan.has(.sharedDevice) ? [team.devices[0]] : [])
        for device in state.devices where state.userAgents[device] == nil { state.userAgents[device] = state.rng.pick(UserAgents.all) }
        var f = FieldList()
        f.add("email", plan.wakeEmail ?? state.identity.email)
        f.add("phone", plan.wakePhone ?? state.identity.phone)
        if state.rng.chance(0.5) {
            let place = state.rng.pick(CountryProfile.of(team.claimedCountry).places)
            f.add("country", team.claimedCountry)
            f.add("city", place.city)
            f.add("timezone", place.timezone)
        }
        f.add("hourly_rate", plan.rate + 15)
        let time = dayStart + Int64(state.rng.below(40_000))
        emit("account", at: time, f, &writer)
        payoutEvent(&state, at: time + 1800, amount: nil, &writer)
    }

    /// A new payout instrument: same holder for honest people, the cell's other instruments for DPRK churn.
    func changePayout(_ state: inout SimulatedAccount, _ writer: inout EventWriter) {
        if plan.isDPRK, let team {
            state.payout = state.rng.pick(team.sharedPayouts)
        } else {
            let method = state.rng.pick(["paypal", "wise", "payoneer", "bank"].filter { $0 != state.payout.method })
            state.payout = PayoutMethod(method: method, destination: cast.destination(method, &state.rng), holder: state.identity.name,
                                        country: state.identity.country)
        }
        payoutEvent(&state, at: dayStart + Int64(state.rng.below(86_400)), amount: nil, &writer)
    }
}
