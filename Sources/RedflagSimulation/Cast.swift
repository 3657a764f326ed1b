import RedflagPrimitives

/// Every account, cell, laptop farm and client of one run, built up front from the seed.
struct Cast: Sendable {
    let config: SimulationConfig
    let start: Int64
    var plans: [AccountPlan] = []
    var teams: [Team] = []
    var farms: [LaptopFarm] = []
    var clients: [Client] = []
    /// Carrier-grade NAT addresses per country: many mobile users appear behind the same few.
    var natPools: [String: [IPAddress]] = [:]
    let networks = NetworkCatalog.shared

    init(_ config: SimulationConfig, start: Int64) {
        self.config = config
        self.start = start
        var rng = SeededGenerator(seed: config.seed, stream: 1)
        buildClients(&rng)
        buildNATPools(&rng)
        let dprkCount = config.accounts >= 20 ? max(3, Int((Double(config.accounts) * config.dprkShare).rounded())) : 0
        var slots: [PlanSeed] = []
        slots += buildTeams(dprkCount: dprkCount, &rng)
        slots += honestSeeds(count: config.accounts - slots.count, &rng)
        rng.shuffle(&slots)
        var fl = 10_000, emp = 50_000
        var contacts = ContactRegistry()
        for (index, seed) in slots.enumerated() {
            let id: String
            if seed.persona.isEmployeeTrack { emp += 1 + rng.below(3); id = "emp-\(emp)" } else { fl += 1 + rng.below(3); id = "fl-\(fl)" }
            var accountRNG = SeededGenerator(seed: config.seed, stream: 1_000_000 + UInt64(index))
            var plan = seed.persona.isDPRK
                ? dprkPlan(index: index, id: id, seed: seed, &accountRNG)
                : honestPlan(index: index, id: id, seed: seed, &accountRNG)
            assignContacts(&plan, &contacts, &accountRNG)
            plans.append(plan)
        }
    }

    /// Makes the account's email and phone (and a rented account's new ones) unique in the run.
    private func assignContacts(_ plan: inout AccountPlan, _ contacts: inout ContactRegistry, _ rng: inout SeededGenerator) {
        plan.identity.email = contacts.unique(email: plan.identity.email, &rng)
        plan.identity.phone = contacts.unique(phone: plan.identity.phone, &rng)
        guard plan.persona == .dprkRented, let team = plan.team else { return }
        let claimed = teams[team].claimedCountry
        let domain = plan.has(.disposableEmail) ? rng.pick(Contact.disposableDomains) : "gmail.com"
        let email = Contact.email(first: plan.identity.first, last: plan.identity.last, domain: domain, &rng)
        let phone = plan.has(.voipPhone) ? Contact.voip(&rng).phone : Contact.phone(country: claimed, place: nil, &rng)
        plan.wakeEmail = contacts.unique(email: email, &rng)
        plan.wakePhone = contacts.unique(phone: phone, &rng)
    }

    /// What decides an account before its details are drawn: persona, cell, and a group it shares things with.
    struct PlanSeed: Sendable {
        var persona: Persona
        var team: Int? = nil
        /// Agency, household or farm the account shares an address with.
        var group: Int? = nil
        var groupIP: IPAddress? = nil
        var groupCountry: String? = nil
        var groupName: String? = nil
    }

    private mutating func buildClients(_ rng: inout SeededGenerator) {
        let countries: [(String, Double)] = [("US", 50), ("GB", 12), ("AU", 6), ("CA", 6), ("DE", 5), ("IL", 3), ("NL", 3), ("FR", 2),
                                             ("SG", 2), ("AE", 2), ("SE", 2), ("JP", 1), ("IN", 3), ("ES", 1), ("CH", 2)]
        let count = max(40, config.accounts / 5)
        for i in 0..<count {
            let country = countries[rng.weighted(countries.map(\.1))].0
            clients.append(Client(id: "cl-\(2000 + i * 3 + rng.below(3))", country: country))
        }
    }

    /// Carrier NAT pools: a dozen addresses per mobile network; countries without a mobile network in the
    /// table get a pool from a residential one (fixed-line CGNAT is common there too).
    private mutating func buildNATPools(_ rng: inout SeededGenerator) {
        let countries = Set(networks.all.filter { $0.kind == .residential || $0.kind == .mobile }.map(\.country)).sorted()
        for country in countries {
            var sources = networks.indexes(country, .mobile)
            if sources.isEmpty { sources = Array(networks.indexes(country, .residential).prefix(1)) }
            for index in sources {
                for _ in 0..<12 { natPools[country, default: []].append(networks.all[index].address(&rng)) }
            }
        }
    }

    /// A residential address in `country` and the network it belongs to.
    func homeAddress(_ country: String, _ rng: inout SeededGenerator, kind: KnownNetwork.Kind = .residential, v6: Double = 0.08) -> (IPAddress, Int) {
        let v6List = networks.indexes(country, kind, v6: true)
        if !v6List.isEmpty, rng.chance(v6) {
            let index = rng.pick(v6List)
            return (networks.all[index].address(&rng), index)
        }
        let index = networks.home(country, &rng, kind: kind)
        return (networks.all[index].address(&rng), index)
    }

    func deviceID(_ rng: inout SeededGenerator) -> String { "dev-" + rng.hex(8) }

    func photoHash(_ rng: inout SeededGenerator) -> String { "p:" + rng.hex(12) }

    func destination(_ method: String, _ rng: inout SeededGenerator) -> String {
        switch method {
        case "bank": "iban:sha256:" + rng.hex(10)
        case "paypal": "paypal:sha256:" + rng.hex(10)
        case "payoneer": "payoneer:" + String(rng.int(10_000_000...99_999_999))
        case "wise": "wise:sha256:" + rng.hex(10)
        case "crypto": "wallet:" + rng.hex(10)
        default: "acct:" + rng.hex(10)
        }
    }

    /// A USDT-on-Tron or Ethereum address shaped like a real one.
    func wallet(_ rng: inout SeededGenerator) -> String {
        if rng.chance(0.6) {
            let alphabet = Array("123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz")
            return "T" + String((0..<33).map { _ in alphabet[rng.below(alphabet.count)] })
        }
        return "0x" + rng.hex(40)
    }
}
