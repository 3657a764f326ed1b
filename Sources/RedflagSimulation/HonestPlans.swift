import Foundation
import RedflagPrimitives

extension Cast {
    func honestSeeds(count: Int, _ rng: inout SeededGenerator) -> [PlanSeed] {
        var seeds: [PlanSeed] = []
        var group = 0
        let officeCountries = ["IN", "PK", "UA", "PH", "PL", "RS", "EG", "VN", "AR", "NG"]
        let agencyWords = ["Pixel", "Bright", "Code", "Nova", "Blue", "Swift", "Prime", "Cloud", "Lumen", "Vertex"]
        let agencySuffix = ["Labs", "Soft", "Solutions", "Digital", "Works", "Studio", "Tech"]
        let mix = Persona.mix(overriding: config.honestWeights)
        let weights = mix.map(\.1)
        while seeds.count < count {
            let persona = mix[rng.weighted(weights)].0
            let left = count - seeds.count
            switch persona {
            case .agency where left >= 3:
                group += 1
                let country = rng.pick(officeCountries)
                let (ip, _) = homeAddress(country, &rng, v6: 0)
                let name = "\(rng.pick(agencyWords))\(rng.pick(agencySuffix))"
                for _ in 0..<min(left, rng.int(3...8)) {
                    seeds.append(PlanSeed(persona: .agency, group: group, groupIP: ip, groupCountry: country, groupName: name))
                }
            case .sharedHome where left >= 2:
                group += 1
                let country = CountryProfile.freelancerCountries[rng.weighted(CountryProfile.freelancerCountries.map(\.1))].0
                let (ip, _) = homeAddress(country, &rng)
                for _ in 0..<(rng.chance(0.8) || left < 3 ? 2 : 3) {
                    seeds.append(PlanSeed(persona: .sharedHome, group: group, groupIP: ip, groupCountry: country))
                }
            case .agency, .sharedHome:
                seeds.append(PlanSeed(persona: .freelancer))
            default:
                seeds.append(PlanSeed(persona: persona))
            }
        }
        return seeds
    }

    func honestCountry(_ persona: Persona, _ seed: PlanSeed, _ rng: inout SeededGenerator) -> String {
        if let country = seed.groupCountry { return country }
        switch persona {
        case .chinaVPN: return "CN"
        case .gmailVoIP: return rng.pick(["GB", "CA", "NL", "JP", "GB", "CA", "US"])
        case .nomad: return rng.pick(["US", "GB", "DE", "CA", "AU", "NL", "FR", "PL", "UA"])
        case .employee, .declinedVideo, .remoteSupport:
            return CountryProfile.employeeCountries[rng.weighted(CountryProfile.employeeCountries.map(\.1))].0
        default:
            return CountryProfile.freelancerCountries[rng.weighted(CountryProfile.freelancerCountries.map(\.1))].0
        }
    }

    func honestPlan(index: Int, id: String, seed: PlanSeed, _ rng: inout SeededGenerator) -> AccountPlan {
        let persona = seed.persona
        let country = honestCountry(persona, seed, &rng)
        var identity = Identity.draw(country: country, &rng, emailDomain: persona == .gmailVoIP ? "gmail.com" : nil)
        if persona == .sharedHome, let group = seed.group {
            // People who live together say they live in the same city (drawn once per household).
            var household = SeededGenerator(seed: config.seed, stream: 600_000 + UInt64(group))
            identity.place = Identity.draw(country: country, &household).place
        }
        if persona == .gmailVoIP {
            let voip = Contact.voip(&rng)
            identity.phone = voip.country == country || rng.chance(0.3) ? voip.phone : Contact.phone(country: country, place: identity.place, &rng)
        }
        let newcomer = rng.chance(0.1) && persona != .topFreelancer
        let wakeDay = newcomer ? rng.below(max(1, config.days / 2)) : 0
        let createdDaysBefore = persona == .topFreelancer ? rng.int(1500...4000) : rng.int(30...2500)
        let created = newcomer ? start + Int64(wakeDay) * 86_400 + Int64(rng.int(0...80_000)) : start - Int64(createdDaysBefore) * 86_400 - Int64(rng.below(86_400))
        let rate = persona == .topFreelancer ? Double(rng.int(120...250)) : baseRate(country, &rng)
        let hours: Double = newcomer ? 0 : persona == .topFreelancer ? Double(rng.int(3000...15000)) : Double(Int(-log(max(rng.unit(), 1e-6)) * 700))
        var (homeIP, homeNet) = homeAddress(country, &rng)
        if persona == .chinaVPN {
            let liaoning = identity.place.region == "Liaoning"
            let local = networks.indexes("CN", .residential).filter { (networks.all[$0].region == "Liaoning") == liaoning }
            homeNet = rng.pick(local)
            homeIP = networks.all[homeNet].address(&rng)
        }
        var shared: [IPAddress] = []
        switch persona {
        case .agency: shared = seed.groupIP.map { [$0] } ?? []
        case .sharedHome: if let ip = seed.groupIP { homeIP = ip }
        case .mobileNAT:
            let pool = natPools[country] ?? natPools["US"] ?? []
            shared = (0..<6).map { _ in rng.pick(pool) }
        default: break
        }
        let employeeTrack = persona.isEmployeeTrack
        let methods: [String] = ["US", "CA", "GB", "AU", "DE", "FR", "NL", "JP"].contains(country)
            ? ["bank", "bank", "paypal", "wise"] : ["payoneer", "wise", "paypal", "bank"]
        let method = employeeTrack ? "bank" : rng.pick(methods)
        var payout = PayoutMethod(method: method, destination: destination(method, &rng), holder: identity.name, country: country)
        if persona == .familyPayout {
            payout.holder = "\(Identity.draw(country: country, &rng).first) \(identity.last)"
        }
        if persona == .agency, let name = seed.groupName {
            var groupRNG = SeededGenerator(seed: config.seed, stream: 500_000 + UInt64(seed.group ?? 0))
            payout = PayoutMethod(method: "bank", destination: destination("bank", &groupRNG), holder: "\(name) LLC", country: country)
        }
        let start = persona == .nightOwl ? rng.int(21...23) : rng.int(7...10)
        let applyDay: Int? = employeeTrack ? (rng.chance(0.3) ? -30 : rng.below(max(1, config.days * 3 / 5))) : nil
        return AccountPlan(
            index: index, id: id, persona: persona, team: nil, identity: identity, created: created, rate: rate, hoursWorked: hours,
            jobSuccess: newcomer ? 0 : (rng.double(0.82...1.0) * 100).rounded() / 100, earnings: (hours * rate * 0.9).rounded(),
            photoHash: photoHash(&rng), agency: persona == .agency ? seed.groupName.map { "ag-" + Contact.ascii($0) } : nil,
            homeIP: homeIP, homeNetwork: homeNet, sharedIPs: shared, devices: [deviceID(&rng), deviceID(&rng)],
            workOffset: identity.place.offsetMinutes, workStartHour: start,
            dailyMinutes: employeeTrack ? rng.int(400...520) : rng.int(180...480),
            activeProbability: employeeTrack ? 0.95 : rng.double(0.55...0.9), wakeDay: wakeDay, payout: payout, flags: [],
            stays: stays(persona, country, &rng), applyDay: applyDay,
            education: [Backgrounds.school(country, &rng)], employment: Backgrounds.employers(country, count: rng.int(1...2), &rng)
        )
    }

    func baseRate(_ country: String, _ rng: inout SeededGenerator) -> Double {
        switch country {
        case "US", "GB", "CA", "AU", "DE", "NL", "FR", "SE", "IL", "JP", "NZ", "SG": Double(rng.int(40...110))
        case "PL", "UA", "RS", "RO", "ES", "PT", "KR", "AR", "BR": Double(rng.int(25...65))
        default: Double(rng.int(10...40))
        }
    }

    func stays(_ persona: Persona, _ home: String, _ rng: inout SeededGenerator) -> [Stay] {
        var result: [Stay] = []
        switch persona {
        case .nomad:
            var day = rng.int(0...5)
            var previous = home
            while day < config.days {
                let length = rng.int(8...20)
                var country = rng.pick(["PT", "ES", "GE", "TH", "ID", "MX", "CO", "TR", "AE", "VN", "RO", "JP"])
                if country == previous { country = "PT" }
                result.append(stay(from: day, to: min(config.days - 1, day + length - 1), country: country, &rng))
                previous = country
                day += length
            }
        case .traveller:
            let length = rng.int(5...9)
            let from = rng.below(max(1, config.days - length))
            let options = home == "US" || home == "CA" ? ["MX", "GB", "FR", "JP", "ES"] : ["ES", "TR", "TH", "AE", "US", "GB", "FR"]
            result.append(stay(from: from, to: from + length - 1, country: rng.pick(options.filter { $0 != home }), &rng))
        default: break
        }
        return result
    }

    private func stay(from: Int, to: Int, country: String, _ rng: inout SeededGenerator) -> Stay {
        let (ip, net) = homeAddress(country, &rng, kind: rng.chance(0.3) ? .mobile : .residential, v6: 0.05)
        return Stay(fromDay: from, toDay: to, country: country, place: rng.pick(CountryProfile.of(country).places), ip: ip, networkIndex: net)
    }
}
