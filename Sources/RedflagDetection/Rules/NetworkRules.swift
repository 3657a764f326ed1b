import RedflagEnrichment
import RedflagPrimitives

/// Most located sessions come from another country than the profile claims, and not as a trip.
struct CountryMismatchRule: Rule {
    let metadata = RuleMetadata(
        id: "network.country_mismatch", title: "Works from another country than claimed",
        description: "Most unanonymized logins and work segments geolocate to a country other than the one the profile claimed at the time, and not as a trip (a stretch of at most `max_trip_days` abroad with sessions at home before and after; a session on a mobile network of the claimed country counts as at home here). Proxy accounts claim a Western residence and are worked from elsewhere. Sessions abroad that form an itinerary — successive stays in two or more countries, each left for good, none a high-risk origin — are how a traveller moves, not how a hidden operator works, and count `itinerary_share` of the weight.",
        sources: [Advisory.stateTreasuryFBI2022, Advisory.fbiPSA2024], family: .location, strength: .moderate,
        parameters: ["min_share": 0.5, "min_days": 5, "min_sessions": 5, "max_trip_days": 21, "itinerary_share": 0.5]).workersOnly()

    func evaluate(_ account: AccountState, in population: Population, settings: RuleSettings) -> Finding? {
        var home = 0, foreign = 0
        var foreignDays = Set<Int>(), foreignCountries: [CountryCode: Int] = [:]
        // Per day abroad, its foreign country with most sessions (for the itinerary); the days with sessions at home.
        var abroad: [(day: Int, country: CountryCode)] = [], homeDays: [Int] = []
        for (day, counts) in account.network.dailyCountries {
            guard let claimed = account.profile.claimedCountry(at: startOfDay(day)) else { return nil }
            var top: (country: CountryCode, sessions: Int)?
            for (country, sessions) in counts {
                if country == claimed {
                    home += sessions
                    homeDays.append(day)
                } else {
                    foreign += sessions
                    foreignDays.insert(day)
                    foreignCountries[country, default: 0] += sessions
                    if top.map({ sessions > $0.sessions || sessions == $0.sessions && country < $0.country }) ?? true { top = (country, sessions) }
                }
            }
            if let top { abroad.append((day, top.country)) }
        }
        let total = home + foreign
        guard total >= Int(settings["min_sessions"]), foreign > 0 else { return nil }
        let share = Double(foreign) / Double(total)
        guard share >= settings["min_share"], foreignDays.count >= Int(settings["min_days"]) else { return nil }
        // A trip: a short stretch abroad with sessions at home both before and after it. A session on a
        // mobile network of the claimed country shows home for this too (not for the shares above: a
        // roaming SIM's traffic can leave through its home network), so someone whose only located
        // sessions are a week in a hotel abroad is still seen to have left home and come back.
        for sighting in account.network.orderedSightings where sighting.kinds.contains(.mobileCarrier) && !sighting.isAnonymized {
            if let country = sighting.country, country == account.profile.claimedCountry(at: sighting.time) { homeDays.append(sighting.time.day) }
        }
        let (tripStart, tripEnd) = (foreignDays.min()!, foreignDays.max()!)
        if tripEnd - tripStart + 1 <= Int(settings["max_trip_days"]),
            homeDays.contains(where: { $0 < tripStart }) && homeDays.contains(where: { $0 > tripEnd })
        {
            return nil
        }
        let countries = foreignCountries.sorted { ($0.value, $1.key) > ($1.value, $0.key) }.map(\.key.code)
        let claims = Set(account.profile.countryClaims.values.map(\.code)).sorted()
        let claimed = claims.count > 1 ? "claimed \(listing(claims)) in turn" : "says \(account.claimedCountry?.code ?? "?")"
        let stays = Itinerary.stays(abroad, highRiskOrigins: population.context.highRiskOrigins)
        let intensity = min(1.5, 0.5 + share) * (stays == nil ? 1 : settings["itinerary_share"])
        let itinerary = stays.map { " as an itinerary of \($0) successive stays" } ?? ""
        let evidence = account.network.orderedSightings.filter { sighting in
            guard let country = sighting.country, sighting.isPreciselyLocated else { return false }
            return country != account.profile.claimedCountry(at: sighting.time)
        }.map(\.evidence)
        return finding(
            settings, intensity: intensity,
            "\(foreign) of \(total) located sessions on \(foreignDays.count) days from \(listing(countries))\(itinerary), none of them the country claimed at the time (the profile \(claimed))",
            evidence)
    }
}

/// Three or more countries within 24 hours, or consecutive sessions farther apart than an airliner flies.
struct CountryHoppingRule: Rule {
    let metadata = RuleMetadata(
        id: "network.country_hopping", title: "Impossible travel",
        description: "Precisely located sessions (not VPN, hosting, mobile carrier or satellite) from three or more countries within 24 hours, or two consecutive sessions farther apart than an airliner could fly in the time between them: several people in different places share the account. A jump between two sessions of the same device is not counted: one device cannot be in two places, so its network changed (a VPN the IP data does not know).",
        sources: [Advisory.fbiROK2023, Advisory.mandiant2024], family: .network, strength: .moderate,
        parameters: ["countries_per_day": 3, "max_speed_kmh": 1000, "min_distance_km": 1000, "min_events": 3]).workersOnly()

    func evaluate(_ account: AccountState, in population: Population, settings: RuleSettings) -> Finding? {
        // Read in place: copying a sighting retains its strings, and this loop touches each several times.
        account.network.orderedSightings.withUnsafeBufferPointer { sightings in
            evaluate(sightings, geography: population.context.geography, settings: settings)
        }
    }

    private func evaluate(_ sightings: UnsafeBufferPointer<Sighting>, geography: any CountryGeography, settings: RuleSettings) -> Finding? {
        let located = sightings.indices.filter { sightings[$0].isPreciselyLocated }
        guard located.count >= 2 else { return nil }
        let (countriesPerDay, minimumKilometres, maximumSpeed) =
            (Int(settings["countries_per_day"]), settings["min_distance_km"], settings["max_speed_kmh"])
        var events: [Evidence] = []
        var impossible = 0, crowdedDays = 0
        var windowStart = 0
        // Sessions per country in the last 24 hours: a handful of countries, so a list beats hashing.
        var windowCountries: [(country: CountryCode, sessions: Int)] = []
        var lastCrowded: Int64?
        for (position, index) in located.enumerated() {
            let time = sightings[index].time.milliseconds
            let country = sightings[index].country!
            if let known = windowCountries.firstIndex(where: { $0.country == country }) {
                windowCountries[known].sessions += 1
            } else {
                windowCountries.append((country, 1))
            }
            while time - sightings[located[windowStart]].time.milliseconds > 86_400_000 {
                let leaving = sightings[located[windowStart]].country!
                let known = windowCountries.firstIndex { $0.country == leaving }!
                windowCountries[known].sessions -= 1
                if windowCountries[known].sessions == 0 { windowCountries.remove(at: known) }
                windowStart += 1
            }
            if windowCountries.count >= countriesPerDay, time - (lastCrowded ?? .min / 2) > 86_400_000 {
                crowdedDays += 1
                lastCrowded = time
                events += located[windowStart...position].map { sightings[$0].evidence }
            }
            guard position > 0 else { continue }
            let previous = located[position - 1]
            // One device cannot be in two places: the same device on both sides of a jump is its network
            // changing (a VPN switched on or off that the IP data does not know), not two people.
            if let device = sightings[index].device, sightings[previous].device == device { continue }
            guard sightings[previous].country != sightings[index].country,
                let travel = Travel(
                    from: (sightings[previous].location, sightings[previous].country!, sightings[previous].time),
                    to: (sightings[index].location, sightings[index].country!, sightings[index].time), geography: geography)
            else { continue }
            if travel.isImpossible(minimumKilometres: minimumKilometres, maximumSpeed: maximumSpeed) {
                impossible += 1
                events += [
                    sightings[previous].evidence.with("km", String(Int(travel.kilometres))),
                    sightings[index].evidence.with("km_per_h", String(Int(travel.kilometresPerHour))),
                ]
            }
        }
        guard impossible + crowdedDays >= Int(settings["min_events"]) else { return nil }
        var parts: [String] = []
        if impossible > 0 { parts.append("\(impossible) jump\(impossible == 1 ? "" : "s") faster than \(Int(maximumSpeed)) km/h") }
        if crowdedDays > 0 { parts.append("\(crowdedDays) day\(crowdedDays == 1 ? "" : "s") with ≥\(countriesPerDay) countries in 24 h") }
        return finding(settings, intensity: min(1.5, 0.8 + 0.1 * Double(impossible + crowdedDays)), parts.joined(separator: " and "), events)
    }
}

/// Most sessions through hosting, VPN, proxy or Tor while the profile claims a home.
struct AnonymizerRule: Rule {
    let metadata = RuleMetadata(
        id: "network.anonymizer", title: "Hides behind VPN or hosting networks",
        description: "A large share of sessions comes through hosting, commercial VPN, proxy or Tor addresses while the account claims a home location. Weak alone — many honest people use a privacy VPN — but DPRK IT workers are reported to route everything through VPNs (Astrill in particular).",
        sources: [Advisory.stateTreasuryFBI2022, Advisory.fbiPSA2024, Advisory.mandiant2024], family: .network, strength: .weak,
        parameters: ["min_share": 0.6, "min_sessions": 10]).workersOnly()

    func evaluate(_ account: AccountState, in population: Population, settings: RuleSettings) -> Finding? {
        let network = account.network
        guard let claimed = account.claimedCountry, network.sessionCount >= Int(settings["min_sessions"]) else { return nil }
        let share = Double(network.anonymizedCount) / Double(network.sessionCount)
        guard share >= settings["min_share"] else { return nil }
        let astrill = network.astrillCount > 0 ? " (Astrill VPN: \(network.astrillCount))" : ""
        return finding(
            settings, intensity: network.astrillCount > 0 ? 2 : 1,
            "\(network.anonymizedCount) of \(network.sessionCount) sessions through VPN, hosting, proxy or Tor networks\(astrill) while the profile claims a home in \(claimed.code)",
            network.anonymizedSamples.map(\.evidence))
    }
}

/// An unanonymized session from a high-risk origin (CN, RU, LA, KP) on an account that claims to live elsewhere.
struct LeakRule: Rule {
    let metadata = RuleMetadata(
        id: "network.leak", title: "Real origin leaks through",
        description: "Sessions from a high-risk origin (China, Russia, Laos or North Korea: where the advisories and designations place DPRK IT workers) on an account that claims to live elsewhere, even when rare: a single connection made without the VPN, among a hundred made through it, shows where the operator sits.",
        sources: [Advisory.stateTreasuryFBI2022, Advisory.fbiROK2023, Advisory.treasury2023, Advisory.mandiant2024], family: .network, strength: .moderate,
        parameters: ["min_sessions": 1])

    /// The account's sessions from a high-risk origin other than the country its profile claimed at the time.
    static func leaks(of account: AccountState) -> [Sighting] {
        account.network.highRiskSightings.filter { sighting in
            guard let claimed = account.profile.claimedCountry(at: sighting.time) else { return false }
            return sighting.country != claimed
        }
    }

    func evaluate(_ account: AccountState, in population: Population, settings: RuleSettings) -> Finding? {
        let leaks = Self.leaks(of: account)
        guard leaks.count >= Int(settings["min_sessions"]), let claimed = account.claimedCountry else { return nil }
        let network = account.network
        let anonymizedShare = network.sessionCount > 0 ? Double(network.anonymizedCount) / Double(network.sessionCount) : 0
        let countries = Set(leaks.compactMap(\.country?.code)).sorted()
        let context = anonymizedShare >= 0.5 ? " among \(network.anonymizedCount) sessions through VPN or hosting" : ""
        return finding(
            settings, intensity: anonymizedShare >= 0.5 ? 1.5 : 1,
            "\(leaks.count) session\(leaks.count == 1 ? "" : "s") from \(listing(countries))\(context) while the profile says \(claimed.code)",
            leaks.map(\.evidence))
    }
}

/// Any address in North Korean address space.
struct DPRKSpaceRule: Rule {
    let metadata = RuleMetadata(
        id: "network.dprk_space", title: "North Korean address space",
        description: "A login, work segment or device check-in from North Korea's address space (175.45.176.0/22, and the ranges leased to it).",
        sources: [Advisory.stateTreasuryFBI2022], family: .network, strength: .conclusive)

    func evaluate(_ account: AccountState, in population: Population, settings: RuleSettings) -> Finding? {
        let sightings = account.network.dprkSightings
        guard !sightings.isEmpty else { return nil }
        let addresses = Set(sightings.map(\.ip.description)).sorted()
        return finding(settings, "\(sightings.count) connection\(sightings.count == 1 ? "" : "s") from North Korean address space (\(listing(addresses)))", sightings.map(\.evidence))
    }
}

/// One residential (non-carrier, non-office, non-VPN) address used by several unrelated accounts.
struct SharedIPRule: Rule {
    let metadata = RuleMetadata(
        id: "network.shared_ip", title: "Address shared with unrelated accounts",
        description: "One address that is home — at least `min_share` of the sessions — to several accounts that are not of one registered agency and are online on it together (in at least `min_common_hours` of the same UTC hours): the mark of a laptop farm, whose machines run side by side. Carrier NAT and dynamic pools (where each account passes through many addresses, or very many accounts share one), VPN exits and allow-listed offices are discounted; accounts that only use the address at other times (an address a dynamic pool handed on, an office's address that a neighbour's line also got) do not count, and two accounts (a couple, roommates) are not enough. Accounts whose profiles all claim the one city are a family, or a coworking space or office in the town they all live in, and count `household_share` of the weight; a farm's identities claim to live wherever their owners did, and when its accounts claim to live in `scattered_areas` or more different regions (a state or province; the city where the profile gives none) the summary says so — for the analyst, not the weight: the honest owner of a line that residential proxies resell shares it with accounts that claim to live anywhere.",
        sources: [Advisory.fbiPSA2024, Advisory.fbiPSA2025], family: .linkage, strength: .moderate,
        parameters: ["min_accounts": 3, "nat_accounts": 20, "min_share": 0.25, "min_common_hours": 1, "household_share": 0.4, "scattered_areas": 3]).aboutSharing()

    func evaluate(_ account: AccountState, in population: Population, settings: RuleSettings) -> Finding? {
        var evidence: [Evidence] = []
        var partners = Set<String>()
        var addresses: [String] = []
        for (address, usage) in account.network.addresses where !usage.sample.isAnonymized {
            let identifier = Identifier(.ip, address.description)
            let all = population.others(sharing: identifier, with: account.id)
            guard all.count + 1 < Int(settings["nat_accounts"]) else { continue }
            let uses = population.addressUses[address] ?? [:]
            guard let own = uses[account.id], own.share >= settings["min_share"] else { continue }
            let homed = population.unrelatedOthers(sharing: identifier, with: account.id).compactMap { other in
                uses[other].flatMap { $0.share >= settings["min_share"] ? (other, $0) : nil }
            }
            let unrelated = Self.onlineTogether(own, homed, minimumCommonHours: Int(settings["min_common_hours"]))
            guard unrelated.count + 1 >= Int(settings["min_accounts"]) else { continue }
            partners.formUnion(unrelated)
            addresses.append(address.description)
            evidence.append(usage.sample.evidence.with("shared_with", listing(unrelated.sorted())))
        }
        guard !partners.isEmpty else { return nil }
        let partnerList = partners.sorted()
        let residents = [account.id] + partnerList
        let oneTown = population.claimOneTown(residents)
        let areas = Set(residents.compactMap { population.claimedPlaces[$0]?.area }).count
        let scattered = Double(areas) >= settings["scattered_areas"]
        return finding(
            settings, intensity: min(2, 0.6 + 0.2 * Double(partners.count)) * (oneTown ? settings["household_share"] : 1),
            "home address \(listing(addresses.sorted())) is also home to \(accountsPhrase(partnerList))"
                + (oneTown ? ", who all claim to live in one city (a family, a coworking space?)" : scattered ? ", whose profiles claim to live in \(areas) different regions" : ""),
            evidence, sharedWith: partnerList)
    }

    /// The accounts of `others` online on the address with the account, directly or through one
    /// another: machines run side by side form one group even when two of them never overlap.
    static func onlineTogether(_ own: SharedAddressUse, _ others: [(String, SharedAddressUse)], minimumCommonHours: Int) -> [String] {
        var reached = [own]
        var waiting = others
        var group: [String] = []
        var next = 0
        while next < reached.count {
            let use = reached[next]
            next += 1
            waiting.removeAll { account, other in
                guard use.commonHours(with: other, upTo: minimumCommonHours) >= minimumCommonHours else { return false }
                group.append(account)
                reached.append(other)
                return true
            }
        }
        return group
    }
}

/// One device id used by several unrelated accounts.
struct SharedDeviceRule: Rule {
    let metadata = RuleMetadata(
        id: "device.shared", title: "Device shared with unrelated accounts",
        description: "One device fingerprint logs in to several accounts that are not of one registered agency: one operator runs them. Accounts that use it at home, alone there (the addresses they share — one, or several a line was given in turn — carry at least `home_share` of the sessions of each, and of no other account online there with them) — two, or any number (`max_household`, 0: no limit) whose profiles all claim the one city — are a family computer or a public one (an internet café) and count `household_share` of the weight.",
        sources: [Advisory.stateTreasuryFBI2022, Advisory.fbiROK2023], family: .device, strength: .strong,
        parameters: ["min_accounts": 2, "household_share": 0.4, "home_share": 0.25, "max_household": 0]).aboutSharing()

    func evaluate(_ account: AccountState, in population: Population, settings: RuleSettings) -> Finding? {
        let (partners, evidence) = sharedPartners(of: account, kinds: [.device], in: population, minimumAccounts: Int(settings["min_accounts"]))
        guard !partners.isEmpty else { return nil }
        let devices = evidence.compactMap { $0.facts.first { $0.key == "device" }?.value }.sorted()
        return sharingFinding("device \(listing(devices))", of: account, with: partners, evidence, in: population, settings: settings,
            intensity: 0.8, householdGuess: "a family or a public computer?")
    }
}
