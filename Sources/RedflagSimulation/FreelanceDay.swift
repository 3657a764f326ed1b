import RedflagPrimitives

extension DayContext {
    func playFreelance(_ state: inout SimulatedAccount, _ writer: inout EventWriter) {
        let weekend = localWeekday >= 5
        let activeChance = plan.activeProbability * (weekend ? (plan.isDPRK ? 0.9 : 0.35) : 1)
        closeContracts(&state, &writer)
        farmReview(&state, &writer)
        guard state.rng.chance(activeChance) else { return }
        let marathon = plan.has(.marathon)
        let sessions = marathon ? 3 : (plan.dailyMinutes > 300 ? 2 : 1) + (state.rng.chance(0.3) ? 1 : 0)
        let total = Int(Double(plan.dailyMinutes) * state.rng.double(0.6...1.15))
        var minute = plan.workStartHour * 60 + state.rng.int(-45...45)
        let offset = stay?.place.offsetMinutes ?? plan.workOffset
        var windows: [(Int64, Int64)] = []
        for s in 0..<sessions {
            let length = max(20, total / sessions + state.rng.int(-30...30))
            let time = at(localMinute: minute, offset: offset)
            let ip = address(&state)
            let device = marathon && s > 0 ? state.devices[s % state.devices.count] : state.devices[0]
            login(&state, at: time, ip: ip, device: device, &writer)
            windows.append((time, time + Int64(length) * 60))
            if !state.contracts.isEmpty {
                let contract = state.contracts[state.rng.below(state.contracts.count)]
                work(&state, contract: contract, from: time + 120, minutes: length, ip: ip, &writer)
            }
            minute += length + (marathon ? state.rng.int(5...30) : state.rng.int(30...240))
        }
        bids(&state, windows: windows, &writer)
        messages(&state, windows: windows, &writer)
        if localWeekday == plan.index % 5, state.earned > 40 {
            payoutEvent(&state, at: windows[0].0 + Int64(state.rng.below(3600)), amount: state.earned, &writer)
            state.earned = 0
        }
    }

    func work(_ state: inout SimulatedAccount, contract: OpenContract, from start: Int64, minutes: Int, ip: IPAddress, _ writer: inout EventWriter) {
        let pieces = max(1, min(4, Int((Double(minutes) / 90 * scale).rounded())))
        var time = start
        for _ in 0..<pieces {
            let length = max(10, minutes / pieces + state.rng.int(-10...10))
            var f = FieldList()
            f.add("minutes", length)
            f.add("contract", contract.id)
            f.add("ip", ip.description)
            f.add("source", "timetracker")
            emit("work", at: time, f, &writer)
            state.earned += Double(length) / 60 * contract.rate
            time += Int64(length) * 60 + Int64(state.rng.int(0...600))
        }
    }

    func bids(_ state: inout SimulatedAccount, windows: [(Int64, Int64)], _ writer: inout EventWriter) {
        var count: Int
        if plan.isDPRK {
            count = plan.has(.bidBurst) && state.rng.chance(0.15) ? state.rng.int(8...25) : state.rng.int(1...2)
        } else {
            count = state.rng.poisson((state.contracts.isEmpty ? 0.8 : 0.2) * scale)
        }
        count = min(count, 40)
        let targets = ["US", "GB", "AU", "IL"]
        for _ in 0..<count {
            let window = state.rng.pick(windows)
            let time = window.0 + Int64(state.rng.below(Int(max(60, window.1 - window.0))))
            var client = state.rng.pick(cast.clients)
            if plan.has(.targetClients), !targets.contains(client.country) {
                client = state.rng.pick(cast.clients.filter { targets.contains($0.country) })
            }
            var f = FieldList()
            f.add("job", "job-\(state.rng.int(10_000...99_999))")
            f.add("client", client.id)
            f.add("client_country", client.country)
            let rate = (plan.rate * state.rng.double(0.85...1.15)).rounded()
            f.add("rate", rate)
            let text = plan.isDPRK && (plan.has(.template) || team?.care == .sloppy) && state.rng.chance(0.85)
                ? Texts.fill(state.rng.pick(team?.templates ?? [Texts.template(&state.rng)]), &state.rng) : Texts.honestProposal(&state.rng)
            f.add("text", text)
            emit("bid", at: time, f, &writer)
            let winRate = plan.persona == .topFreelancer ? 0.35 : plan.isDPRK ? 0.08 : 0.14
            if state.contracts.count < 3, state.rng.chance(winRate) {
                startContract(&state, client: client, rate: rate, at: time + Int64(state.rng.int(3600...86_400)), length: state.rng.int(5...35), &writer)
            }
        }
    }

    func startContract(_ state: inout SimulatedAccount, client: Client, rate: Double, at time: Int64, length: Int, _ writer: inout EventWriter) {
        let contract = OpenContract(id: "ct-" + state.rng.hex(8), client: client, rate: rate, startDay: day, endDay: day + length)
        for status in ["offered", "active"] {
            var f = FieldList()
            f.add("contract", contract.id)
            f.add("client", client.id)
            f.add("client_country", client.country)
            f.add("status", status)
            f.add("rate", rate)
            emit("contract", at: time + (status == "active" ? Int64(state.rng.int(600...20_000)) : 0), f, &writer)
        }
        state.contracts.append(contract)
        if plan.isDPRK, plan.has(.offPlatform), let team, state.rng.chance(0.7) {
            var f = FieldList()
            f.add("counterparty", client.id)
            f.add("direction", "sent")
            f.add("text", Texts.offPlatform(handle: team.chatHandle, &state.rng))
            emit("message", at: time + Int64(state.rng.int(1800...40_000)), f, &writer)
        }
    }

    func closeContracts(_ state: inout SimulatedAccount, _ writer: inout EventWriter) {
        let ending = state.contracts.filter { $0.endDay <= day }
        guard !ending.isEmpty else { return }
        state.contracts.removeAll { $0.endDay <= day }
        for contract in ending {
            let time = dayStart + Int64(state.rng.below(86_400))
            var f = FieldList()
            f.add("contract", contract.id)
            f.add("client", contract.client.id)
            f.add("client_country", contract.client.country)
            f.add("status", "ended")
            f.add("rate", contract.rate)
            emit("contract", at: time, f, &writer)
            let farmed = contract.client.id == team?.reviewClient
            guard farmed || state.rng.chance(0.8) else { continue }
            var r = FieldList()
            r.add("from", contract.client.id)
            r.add("rating", farmed || state.rng.chance(0.8) ? 5 : state.rng.int(3...4))
            r.add("contract", contract.id)
            emit("review", at: time + Int64(state.rng.int(3600...200_000)), r, &writer)
        }
    }

    /// One client hires the cell's new accounts for tiny jobs and rates them 5 stars within days.
    func farmReview(_ state: inout SimulatedAccount, _ writer: inout EventWriter) {
        guard plan.isDPRK, plan.has(.reviewFarm), let team, day == plan.wakeDay + 2 else { return }
        let client = Client(id: team.reviewClient, country: "US")
        let time = dayStart + Int64(state.rng.below(40_000))
        startContract(&state, client: client, rate: 25, at: time, length: state.rng.int(1...3), &writer)
    }

    func messages(_ state: inout SimulatedAccount, windows: [(Int64, Int64)], _ writer: inout EventWriter) {
        guard let contract = state.contracts.first else { return }
        for _ in 0..<state.rng.poisson(0.5 * scale) {
            let window = state.rng.pick(windows)
            var f = FieldList()
            let sent = state.rng.chance(0.6)
            f.add("counterparty", contract.client.id)
            f.add("direction", sent ? "sent" : "received")
            f.add("text", sent ? state.rng.pick(Texts.honestMessages) : state.rng.pick(["Thanks!", "Looks good.", "Any update?", "Great work, approved."]))
            emit("message", at: window.0 + Int64(state.rng.below(Int(max(60, window.1 - window.0)))), f, &writer)
        }
    }
}
