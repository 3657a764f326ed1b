import RedflagPrimitives

/// Far more bids in a day than the population sends.
struct BidBurstRule: Rule {
    let metadata = RuleMetadata(
        id: "bids.burst", title: "Bid bursts",
        description: "Days with far more proposals than the population sends (over `factor` times the busiest day of the 90th-percentile account, and over `min_bids`): a team bidding through one account.",
        sources: [Advisory.press], family: .bids, strength: .weak, parameters: ["factor": 3, "min_bids": 30]).workersOnly()

    func evaluate(_ account: AccountState, in population: Population, settings: RuleSettings) -> Finding? {
        let threshold = max(settings["min_bids"], population.busiestBidDayP90 * settings["factor"])
        let bursts = account.bids.perDay.filter { Double($0.value) > threshold }
        // The busiest day, the earliest of equally busy ones (dictionary order differs between runs).
        guard let busiest = bursts.max(by: { ($0.value, $1.key) < ($1.value, $0.key) }) else { return nil }
        let evidence = bursts.keys.sorted().map {
            Evidence(time: startOfDay($0), eventID: "day:\(startOfDay($0).dayString)", account: account.id, facts: [Fact("bids", String(account.bids.perDay[$0]!))])
        }
        return finding(settings, intensity: min(2, Double(busiest.value) / threshold),
            "\(bursts.count) day\(bursts.count == 1 ? "" : "s") above \(Int(threshold)) bids (most: \(busiest.value) on \(startOfDay(busiest.key).dayString))", evidence)
    }
}

/// A steady trickle of one or two bids every single day.
struct BidThrottledRule: Rule {
    let metadata = RuleMetadata(
        id: "bids.throttled", title: "Machine-steady bidding",
        description: "One or two proposals every single day across many days, without the gaps people have: scripted bidding kept under platform limits.",
        sources: [Advisory.press], family: .bids, strength: .weak, parameters: ["min_days": 21, "min_coverage": 0.9, "max_per_day": 2]).workersOnly()

    func evaluate(_ account: AccountState, in population: Population, settings: RuleSettings) -> Finding? {
        let perDay = account.bids.perDay
        guard perDay.count >= Int(settings["min_days"]), let first = perDay.keys.min(), let last = perDay.keys.max() else { return nil }
        let span = last - first + 1
        let small = perDay.values.filter { $0 <= Int(settings["max_per_day"]) }.count
        guard Double(perDay.count) / Double(span) >= settings["min_coverage"], Double(small) / Double(perDay.count) >= 0.9 else { return nil }
        return finding(settings, "\(small) of \(span) days with exactly 1–\(Int(settings["max_per_day"])) bids", account.bids.samples)
    }
}

/// Near-identical proposal texts across unrelated accounts.
struct BidTemplateRule: Rule {
    let metadata = RuleMetadata(
        id: "bids.template", title: "Proposal template shared across accounts",
        description: "Weak alone — honest freelancers copy public proposal templates too; a ring of accounts sharing one template and other identifiers is caught by linking (`cluster.template_ring`). Proposals nearly identical (MinHash-estimated Jaccard similarity of word 3-shingles ≥ 0.7, texts of at least 25 distinct shingles) to those of unrelated accounts: one team writing for many profiles. Where more than `typical_share` of the bidding accounts have such a text (counted as if 50 more bidders had been seen sharing at `typical_share`, so a handful of bidders cannot decide it), sharing one is common — proposals assembled from stock phrases — and says less: the weight is scaled by ln(share) / ln(`typical_share`), down to nothing when every bidder shares one.",
        sources: [Advisory.press, Advisory.mandiant2024], family: .bids, strength: .weak, parameters: ["min_accounts": 1, "typical_share": Population.typicalTemplateShare]).aboutSharing()

    func evaluate(_ account: AccountState, in population: Population, settings: RuleSettings) -> Finding? {
        let neighbours = (population.templateNeighbours[account.id] ?? []).filter { !population.related(account.id, $0.account) }
        guard neighbours.count >= Int(settings["min_accounts"]) else { return nil }
        let own = account.bids.fingerprints.values.sorted()
        let rarity = population.templateRarity(typicalShare: settings["typical_share"])
        let common = rarity < 1 ? " (\(Int((100 * population.templateShare).rounded())) % of bidders share a proposal text here)" : ""
        return finding(settings, intensity: min(1.6, 0.8 + 0.2 * Double(neighbours.count)) * rarity,
            "proposal text nearly identical to that of \(accountsPhrase(neighbours.map(\.account)))\(common)",
            Array(own.prefix(2)) + neighbours.map(\.evidence), sharedWith: neighbours.map(\.account))
    }
}

/// Bids aimed only at clients in the countries the advisories name.
struct ClientTargetingRule: Rule {
    static let targets = Set(["US", "GB", "AU", "IL"].compactMap(CountryCode.init))
    let metadata = RuleMetadata(
        id: "bids.client_targeting", title: "Bids only to US/UK/AU/IL clients",
        description: "Nearly all proposals go to clients in the US, UK, Australia or Israel and none elsewhere. Weak alone: many honest freelancers prefer these markets.",
        sources: [Advisory.press], family: .bids, strength: .weak, parameters: ["min_bids": 20, "min_share": 0.97]).workersOnly()

    func evaluate(_ account: AccountState, in population: Population, settings: RuleSettings) -> Finding? {
        let total = account.bids.clientCountries.values.reduce(0, +)
        guard total >= Int(settings["min_bids"]) else { return nil }
        let targeted = account.bids.clientCountries.filter { Self.targets.contains($0.key) }.values.reduce(0, +)
        guard Double(targeted) / Double(total) >= settings["min_share"] else { return nil }
        return finding(settings, "\(targeted) of \(total) bids to clients in US, GB, AU or IL", account.bids.samples)
    }
}
