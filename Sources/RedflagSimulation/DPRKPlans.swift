import RedflagPrimitives

extension Cast {
    /// Splits `dprkCount` accounts into cells of 3–10, builds the cells and their shared laptop farms.
    mutating func buildTeams(dprkCount: Int, _ rng: inout SeededGenerator) -> [PlanSeed] {
        guard dprkCount > 0 else { return [] }
        var sizes: [Int] = []
        var left = dprkCount
        while left > 0 {
            var size = min(left, rng.int(3...10))
            if left - size < 3 { size = left - size > 0 && sizes.count > 0 ? size : left }
            if left - size > 0 && left - size < 3 { size = left }
            sizes.append(size)
            left -= size
        }
        let farmCount = max(1, (sizes.count + 1) / 2)
        for _ in 0..<farmCount { farms.append(makeFarm(&rng)) }
        var seeds: [PlanSeed] = []
        for (t, size) in sizes.enumerated() {
            let care = t < 3 ? Care.allCases[t] : [Care.sloppy, .careful, .veryCareful][rng.weighted([35, 40, 25])]
            let team = makeTeam(number: t, care: care, employeeTrack: t % 2 == 1 || rng.chance(0.3), farm: t % farmCount, &rng)
            teams.append(team)
            for _ in 0..<size {
                let persona: Persona = team.employeeTrack ? .dprkEmployee : (rng.chance(0.2) ? .dprkRented : .dprkFreelancer)
                seeds.append(PlanSeed(persona: persona, team: t))
            }
        }
        return seeds
    }

    private func makeFarm(_ rng: inout SeededGenerator) -> LaptopFarm {
        let place = rng.pick(CountryProfile.of("US").places)
        let netIndex = networks.home("US", &rng)
        let streets = ["Oak", "Maple", "Cedar", "Pine", "Elm", "Willow", "Lakeview", "Hillcrest", "Sunset", "Park"]
        let facilitator = Identity.draw(country: "US", &rng)
        return LaptopFarm(number: rng.int(100...9800), street: rng.pick(streets), streetType: rng.pick(["Street", "Avenue", "Drive"]),
                          unit: rng.int(1...24), city: place.city, region: place.region ?? "", postal: String(rng.int(10_000...99_950)),
                          ip: networks.all[netIndex].address(&rng), networkIndex: netIndex, facilitator: facilitator.name)
    }

    private func makeTeam(number: Int, care: Care, employeeTrack: Bool, farm: Int, _ rng: inout SeededGenerator) -> Team {
        let exitCountries = ["US", "US", "US", "GB", "CA", "JP", "NL", "DE", "SG", "HK"]
        let exitPool = networks.all.indices.filter {
            let n = networks.all[$0]
            return (n.kind == .vpn || n.kind == .hosting) && exitCountries.contains(n.country) && n.network.address.family == .v4
        }
        let vpnExits = (0..<rng.int(3...6)).map { _ in rng.pick(exitPool) }
        let cn = networks.indexes("CN", .residential)
        let leak = networks.liaoning + networks.liaoning + [rng.pick(cn)] + networks.indexes("RU", .residential).prefix(2) + networks.indexes("KP", .residential)
        let fronts = (0..<rng.int(1...3)).map { _ in Identity.draw(country: rng.pick(["US", "US", "CN", "HK"]), &rng).name }
        var payouts: [PayoutMethod] = []
        for holder in fronts {
            let method = rng.pick(["bank", "payoneer", "paypal", "wise"])
            payouts.append(PayoutMethod(method: method, destination: destination(method, &rng), holder: holder, country: rng.pick(["HK", "CN", "US", "HK"])))
        }
        payouts.append(PayoutMethod(method: "crypto", destination: destination("crypto", &rng), holder: fronts[0], country: "HK", wallet: wallet(&rng)))
        let handles = ["devking", "smartdev", "goldcoder", "luckystar", "bestdev", "topengineer", "webmaster", "coolcoder"]
        var covers = [rng.pick(Backgrounds.seizedFronts)]
        covers.append(rng.pick(Backgrounds.employers).self)
        return Team(
            id: "cell-\(String(format2: number + 1))", care: care, employeeTrack: employeeTrack,
            operatorOffset: rng.pick([480, 540, 540, 600]),
            devices: (0..<rng.int(2...4)).map { _ in deviceID(&rng) }, vpnExits: vpnExits, leakNetworks: leak, farm: farm,
            frontHolders: fronts, sharedPayouts: payouts, templates: [Texts.template(&rng), Texts.template(&rng)],
            reviewClient: "cl-\(rng.int(90_000...99_999))", coverEmployers: covers.map { ($0.0, $0.1) },
            documentNumberHash: "dl:sha256:" + rng.hex(10), documentPhotoHash: photoHash(&rng),
            chatHandle: rng.pick(handles) + String(rng.int(10...999)),
            claimedCountry: employeeTrack ? "US" : CountryProfile.dprkClaimed[rng.weighted(CountryProfile.dprkClaimed.map(\.1))].0
        )
    }

    /// Draws which flags an account of `care` shows; very careful accounts keep at least two, one of them a link to the cell.
    func drawFlags(_ care: Care, employee: Bool, _ rng: inout SeededGenerator) -> Set<Flag> {
        var flags = Set<Flag>()
        for flag in Flag.allCases where rng.chance(care.flagRate) { flags.insert(flag) }
        if care == .sloppy { flags.formUnion([.vpnHeavy, .operatorHours]) }
        let links: [Flag] = [.sharedDevice, .frontHolder, .sharedDocument, .sharedPhoto, .template]
        if flags.isDisjoint(with: links) { flags.insert(rng.pick(links)) }
        while flags.count < 2 { flags.insert(rng.pick(Flag.allCases)) }
        return flags
    }

    func dprkPlan(index: Int, id: String, seed: PlanSeed, _ rng: inout SeededGenerator) -> AccountPlan {
        let team = teams[seed.team ?? 0]
        let farm = farms[team.farm]
        let persona = seed.persona
        let employee = persona == .dprkEmployee
        let flags = drawFlags(team.care, employee: employee, &rng)
        let rented = persona == .dprkRented
        let country = rented ? rng.pick(["US", "UA", "KE", "PH", "PL", "NG", "CA"])
            : (employee || rng.chance(0.8) ? team.claimedCountry : CountryProfile.dprkClaimed[rng.weighted(CountryProfile.dprkClaimed.map(\.1))].0)
        let domain: String? = flags.contains(.disposableEmail) && !rented ? rng.pick(Contact.disposableDomains) : nil
        var identity = Identity.draw(country: country, &rng, emailDomain: domain)
        if flags.contains(.voipPhone) && !rented { identity.phone = Contact.voip(&rng).phone }
        let farmed = flags.contains(.reviewFarm) && !rented && !employee
        let wakeDay = rented ? rng.int(config.days / 4...max(config.days / 4, config.days / 2)) : (farmed ? rng.below(max(1, config.days / 4)) : 0)
        let created: Int64 = rented ? start - Int64(rng.int(800...3000)) * 86_400
            : farmed ? start + Int64(wakeDay) * 86_400 + Int64(rng.below(40_000)) : start - Int64(rng.int(20...400)) * 86_400
        let hours: Double = rented ? Double(rng.int(200...2000)) : farmed ? 0 : Double(rng.int(0...600))
        let rate = Double(rng.int(30...85))
        var devices = [deviceID(&rng)]
        if flags.contains(.sharedDevice) {
            devices = team.care == .sloppy ? team.devices : [rng.pick(team.devices), devices[0]]
        }
        var payout = PayoutMethod(method: "bank", destination: destination("bank", &rng), holder: identity.name, country: country)
        if flags.contains(.frontHolder) || flags.contains(.foreignPayout) || flags.contains(.cryptoPayout) {
            let shared = flags.contains(.cryptoPayout) ? team.sharedPayouts.last! : rng.pick(team.sharedPayouts.dropLast())
            payout = shared
            if !flags.contains(.foreignPayout) && shared.method != "crypto" { payout.country = country }
            if !flags.contains(.frontHolder) && shared.method != "crypto" { payout.holder = identity.name }
        }
        var home = (farm.ip, farm.networkIndex)
        if !employee && !rented && country != "US" {
            // A residential proxy in the claimed country, shared by the cell's accounts that claim it.
            var proxyRNG = SeededGenerator(seed: config.seed, stream: 700_000 + UInt64(seed.team ?? 0) * 100_000 + UInt64(CountryCode(country)?.packed ?? 0))
            home = homeAddress(country, &proxyRNG, v6: 0)
        }
        let operatorHours = flags.contains(.operatorHours)
        let rentedOwner = Identity.draw(country: country, &rng)
        return AccountPlan(
            index: index, id: id, persona: persona, team: seed.team, identity: rented ? rentedOwner : identity, created: created,
            rate: rate, hoursWorked: hours, jobSuccess: hours > 0 ? (rng.double(0.75...1.0) * 100).rounded() / 100 : 0,
            earnings: (hours * rate * 0.8).rounded(),
            photoHash: flags.contains(.sharedPhoto) ? team.documentPhotoHash : photoHash(&rng), agency: nil,
            homeIP: home.0, homeNetwork: home.1, sharedIPs: [home.0], devices: devices,
            workOffset: operatorHours ? team.operatorOffset : identity.place.offsetMinutes,
            workStartHour: operatorHours ? rng.int(8...10) : rng.int(7...10),
            dailyMinutes: flags.contains(.marathon) ? rng.int(840...1200) : rng.int(420...560),
            activeProbability: 0.93, wakeDay: wakeDay, payout: payout, flags: flags, stays: [],
            applyDay: employee ? rng.below(max(1, config.days * 3 / 5)) : nil,
            education: [Backgrounds.school(country, &rng)],
            employment: flags.contains(.seizedEmployer)
                ? team.coverEmployers.map { ($0.company, $0.domain, "CN") } : Backgrounds.employers(country, count: rng.int(1...2), &rng)
        )
    }
}

extension String {
    init(format2 value: Int) { self = value < 10 ? "0\(value)" : String(value) }
}
