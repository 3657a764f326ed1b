import RedflagPrimitives

/// One account on one day: the place where its events for that day are made.
struct DayContext {
    let cast: Cast
    let plan: AccountPlan
    let day: Int
    var dayStart: Int64 { cast.start + Int64(day) * 86_400 }
    var team: Team? { plan.team.map { cast.teams[$0] } }
    /// Calibrated so that a scale of 1 gives about 200 events per account over 60 days.
    var scale: Double { cast.config.activityScale * 1.25 }

    /// Day of week of the account's local date, 0 = Monday.
    var localWeekday: Int {
        let local = dayStart / 86_400 + (Int64(plan.workOffset) * 60 + 43_200) / 86_400
        return Int(((local + 3) % 7 + 7) % 7)
    }

    /// UTC seconds of `minuteOfDay` local time in the offset the account keeps.
    func at(localMinute: Int, offset: Int? = nil) -> Int64 {
        dayStart + Int64(localMinute - (offset ?? plan.workOffset)) * 60
    }

    /// The offset to write a timestamp in: mostly `Z`, sometimes the device's local zone.
    func timeOffset(_ state: inout SimulatedAccount, share: Double = 0.1) -> Int {
        if plan.isDPRK, plan.has(.localTimestamps), let team, state.rng.chance(0.5) { return team.operatorOffset }
        return state.rng.chance(share) ? (stay?.place.offsetMinutes ?? state.identity.place.offsetMinutes) : 0
    }

    func emit(_ type: String, at time: Int64, offset: Int = 0, _ fields: FieldList, _ writer: inout EventWriter) {
        writer.emit(type, day: day, time: time, account: plan.id, offsetMinutes: offset, fields)
    }

    /// The profile as first seen (or as re-sent by the source at the start of the window).
    func snapshot(_ state: inout SimulatedAccount, kind: String, at time: Int64, _ writer: inout EventWriter) {
        let id = state.identity
        var f = FieldList()
        f.add("kind", kind)
        f.add("name", id.name)
        f.add("country", id.country)
        f.add("city", id.place.city)
        f.add("region", id.place.region)
        f.add("timezone", id.place.timezone)
        f.add("email", id.email)
        f.add("phone", id.phone)
        f.add("created", TimeFormat.rfc3339(kind == "applicant" ? time : plan.created))
        if kind == "freelancer" {
            f.add("hourly_rate", plan.rate)
            f.add("hours_worked", plan.hoursWorked)
            if plan.hoursWorked > 0 { f.add("job_success", plan.jobSuccess) }
            f.add("earnings", plan.earnings)
        }
        f.add("education", JSONValue.array(plan.education.map { e in
            .object([("institution", .string(e.institution)), ("country", .string(e.country)), ("degree", .string(e.degree))])
        }))
        f.add("employment", JSONValue.array(plan.employment.map { e in
            .object([("company", .string(e.company)), ("domain", .string(e.domain)), ("country", .string(e.country)),
                     ("title", .string(state.rng.pick(["Software engineer", "Frontend developer", "Backend engineer", "Designer", "QA engineer"])))])
        }))
        if state.rng.chance(0.4) { f.add("github", Contact.ascii(id.first) + "-" + Contact.ascii(id.last) + String(state.rng.int(1...99))) }
        f.add("photo_hash", plan.photoHash)
        f.add("agency", plan.agency)
        f.add("status", "active")
        emit("account", at: time, f, &writer)
    }

    /// A sign-in from `ip` on `device`.
    func login(_ state: inout SimulatedAccount, at time: Int64, ip: IPAddress, device: String, _ writer: inout EventWriter) {
        var f = FieldList()
        f.add("ip", ip.description)
        f.add("device", device)
        f.add("user_agent", state.userAgents[device] ?? UserAgents.all[0])
        if state.rng.chance(0.03) { f.add("success", false) }
        emit("login", at: time, offset: timeOffset(&state), f, &writer)
    }

    func payoutEvent(_ state: inout SimulatedAccount, at time: Int64, amount: Double?, _ writer: inout EventWriter) {
        var f = FieldList()
        f.add("method", state.payout.method)
        f.add("destination", state.payout.destination)
        f.add("holder", state.payout.holder)
        f.add("country", state.payout.country)
        f.add("wallet", state.payout.wallet)
        if let amount {
            f.add("amount", (amount * 100).rounded() / 100)
            f.add("currency", "USD")
        }
        emit("payout", at: time, f, &writer)
    }
}
