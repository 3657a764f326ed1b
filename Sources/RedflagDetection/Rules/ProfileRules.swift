import RedflagPrimitives

/// A dormant account that wakes up with a new device, country and payout within days.
struct TakeoverRule: Rule {
    let metadata = RuleMetadata(
        id: "profile.takeover", title: "Dormant account taken over",
        description: "After months without activity the account returns with a device, a country and a payout destination it never used before, within days: a bought, rented or stolen account. The country the profile claimed before the pause is not a new one: that is the owner coming home.",
        sources: [Advisory.press, Advisory.fbiPSA2025], family: .profile, strength: .strong,
        parameters: ["dormant_days": 90, "wake_days": 14])

    func evaluate(_ account: AccountState, in population: Population, settings: RuleSettings) -> Finding? {
        var activeDays = Set(account.activity.days.keys)
        activeDays.formUnion(account.network.dailyCountries.keys)
        activeDays.formUnion(account.payouts.map(\.evidence.time.day))
        let sorted = activeDays.sorted()
        guard sorted.count >= 2 else { return nil }
        var wake: (from: Int, to: Int)?
        for (previous, next) in zip(sorted, sorted.dropFirst()) where next - previous >= Int(settings["dormant_days"]) {
            wake = (previous, next)
        }
        guard let wake else { return nil }
        let windowEnd = wake.to + Int(settings["wake_days"])
        let before = { (time: Timestamp) in time.day <= wake.from }
        let inWindow = { (time: Timestamp) in time.day >= wake.to && time.day <= windowEnd }
        var signs: [String] = [], evidence: [Evidence] = []
        if let device = account.devices.filter({ inWindow($0.value.first.time) }).min(by: { $0.value.first < $1.value.first }) {
            signs.append("new device \(device.key)"); evidence.append(device.value.first)
        }
        let sightings = account.network.orderedSightings.filter(\.isPreciselyLocated)
        // Coming back in the country the profile already claimed is the owner coming home.
        var oldCountries = Set(sightings.filter { before($0.time) }.compactMap(\.country))
        if let home = account.profile.claimedCountry(at: startOfDay(wake.from + 1)) { oldCountries.insert(home) }
        if let newCountry = sightings.first(where: { inWindow($0.time) && !oldCountries.contains($0.country!) }) {
            signs.append("new country \(newCountry.country!.code)"); evidence.append(newCountry.evidence)
        }
        let payouts = account.payouts.sorted()
        let oldDestinations = Set(payouts.filter { before($0.evidence.time) }.compactMap { $0.destination ?? $0.wallet })
        if let newPayout = payouts.first(where: { inWindow($0.evidence.time) && !oldDestinations.contains($0.destination ?? $0.wallet ?? "") }) {
            signs.append("new payout destination"); evidence.append(newPayout.evidence)
        }
        guard signs.count >= 2 else { return nil }
        return finding(settings, intensity: signs.count == 3 ? 1 : 0.6,
            "dormant \(wake.to - wake.from) days, then within \(Int(settings["wake_days"])) days: \(signs.joined(separator: ", "))", evidence)
    }
}

/// Early pushes to move the conversation off the platform, and asks to be paid outside it.
struct OffPlatformRule: Rule {
    let metadata = RuleMetadata(
        id: "messages.off_platform", title: "Pushes off the platform",
        description: "Within the first days of a conversation and before a contract, the account asks to move to Telegram, WhatsApp, Skype or Discord; or, at any time, asks to be paid outside the platform (directly, in crypto). Freelancers and clients move a working conversation to a chat app once they work together; asking for payment around the platform is what the advisories describe.",
        sources: [Advisory.stateTreasuryFBI2022, Advisory.fbiPSA2025], family: .messages, strength: .moderate, parameters: ["early_days": 3])

    func evaluate(_ account: AccountState, in population: Population, settings: RuleSettings) -> Finding? {
        let window = Int64(settings["early_days"] * 86_400_000)
        let early = account.messages.offPlatform.filter { message in
            let party = message.counterparty ?? ""
            guard let first = account.messages.firstContact[party] else { return false }
            let beforeContract = account.contractClients[party].map { message.evidence.time < $0 } ?? true
            return message.evidence.time.milliseconds - first.milliseconds <= window && beforeContract
        }
        let payments = account.messages.paymentsOffPlatform
        guard !early.isEmpty || !payments.isEmpty else { return nil }
        let parties = Set((early + payments).compactMap(\.counterparty))
        var parts: [String] = []
        if !early.isEmpty {
            parts.append("\(early.count) early message\(early.count == 1 ? "" : "s") pushing to \(listing(Set(early.map(\.channel)).sorted()))")
        }
        if !payments.isEmpty {
            parts.append("\(payments.count) asking to be paid outside the platform")
        }
        return finding(settings, intensity: parties.count > 1 ? 1.2 : 0.7,
            "\(parts.joined(separator: "; ")) (\(parties.count) counterpart\(parties.count == 1 ? "y" : "ies"))",
            (early + payments).sorted().map(\.evidence))
    }
}

/// One client rating several new accounts highly in a short time.
struct ReviewFarmingRule: Rule {
    let metadata = RuleMetadata(
        id: "reviews.farming", title: "Reviews farmed by one client",
        description: "A client gave top ratings to several new accounts within a short time: a ring building reputation for fresh profiles. New means created at most `new_days` before the review; an account whose profile gives no creation date counts from its first event only when that came at least `first_seen_after_days` after the data begins (before then it may be an old account).",
        sources: [Advisory.press], family: .reviews, strength: .moderate,
        parameters: ["min_accounts": 3, "window_days": 30, "new_days": 60, "min_rating": 4.5, "first_seen_after_days": 14])

    func evaluate(_ account: AccountState, in population: Population, settings: RuleSettings) -> Finding? {
        let window = Int64(settings["window_days"]) * 86_400_000
        let newness = Int64(settings["new_days"]) * 86_400_000
        let censoring = Int64(settings["first_seen_after_days"] * 86_400_000)
        var evidence: [Evidence] = [], ring = Set<String>(), farmers: [String] = []
        for review in account.reviewsReceived where review.rating >= settings["min_rating"] {
            let given = (population.reviewsByReviewer[review.from] ?? []).filter { other in
                other.record.rating >= settings["min_rating"]
                    && abs(other.record.evidence.time.milliseconds - review.evidence.time.milliseconds) <= window
                    && population.wasNew(other.account, at: other.record.evidence.time, newness: newness, censoring: censoring)
            }
            let accounts = Set(given.map(\.account))
            guard accounts.count >= Int(settings["min_accounts"]), accounts.contains(account.id) else { continue }
            ring.formUnion(accounts.subtracting([account.id]))
            farmers.append(review.from)
            evidence.append(review.evidence)
        }
        guard !ring.isEmpty else { return nil }
        return finding(settings, "client \(listing(Array(Set(farmers)).sorted())) rated this and \(accountsPhrase(ring.sorted())) highly while they were new", evidence)
    }
}
