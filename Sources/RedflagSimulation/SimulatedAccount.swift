import RedflagPrimitives

/// A contract an account is working on.
struct OpenContract: Sendable {
    let id: String
    let client: Client
    let rate: Double
    let startDay: Int
    let endDay: Int
}

/// What changes about an account while the days are played out.
struct SimulatedAccount: Sendable {
    var rng: SeededGenerator
    var identity: Identity
    var payout: PayoutMethod
    var devices: [String]
    var homeIP: IPAddress
    var contracts: [OpenContract] = []
    var earned: Double = 0
    var hired = false
    var rejected = false
    var corpDevice: String? = nil
    var serial: String? = nil
    var payoutChangeDays: [Int] = []
    var favouriteExits: [Int] = []
    var userAgents: [String: String] = [:]
    var farmedReview = false

    init(plan: AccountPlan, cast: Cast) {
        rng = SeededGenerator(seed: cast.config.seed, stream: 2_000_000 + UInt64(plan.index))
        identity = plan.identity
        payout = plan.payout
        devices = plan.devices
        homeIP = plan.homeIP
        if plan.persona == .payoutChanger {
            payoutChangeDays = (0..<rng.int(1...2)).map { _ in rng.below(max(1, cast.config.days)) }
        }
        if plan.isDPRK, plan.has(.payoutChurn) {
            payoutChangeDays = (0..<rng.int(2...4)).map { _ in rng.below(max(1, cast.config.days)) }
        }
        let vpn = cast.networks.indexes("*", .vpn)
        favouriteExits = (0..<3).map { _ in rng.pick(vpn) }
        for device in plan.devices + ["corp"] { userAgents[device] = rng.pick(UserAgents.all) }
    }
}

/// Browser user agents of the kinds the platform sees.
enum UserAgents {
    static let all = [
        "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36",
        "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Safari/605.1.15",
        "Mozilla/5.0 (X11; Linux x86_64; rv:131.0) Gecko/20100101 Firefox/131.0",
        "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:132.0) Gecko/20100101 Firefox/132.0",
        "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.0.0 Safari/537.36",
        "Mozilla/5.0 (iPhone; CPU iPhone OS 17_6 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.6 Mobile/15E148 Safari/604.1",
        "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Mobile Safari/537.36",
        "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36 Edg/131.0.0.0",
    ]
}
