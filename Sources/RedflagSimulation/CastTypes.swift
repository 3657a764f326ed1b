import RedflagPrimitives

/// A receiving instrument for payouts.
struct PayoutMethod: Sendable, Equatable {
    var method: String
    var destination: String
    var holder: String
    var country: String
    var wallet: String? = nil
}

/// A residential address in the US where a facilitator keeps laptops for several remote "employees".
struct LaptopFarm: Sendable {
    let number: Int
    let street: String
    let streetType: String
    let unit: Int
    let city: String
    let region: String
    let postal: String
    let ip: IPAddress
    let networkIndex: Int
    let facilitator: String

    /// One of the spellings the same door gets on different orders: "Apt 3" / "#3", "Street" / "St".
    func addressVariant(_ rng: inout SeededGenerator) -> (line1: String, line2: String?) {
        let type = rng.chance(0.5) ? streetType : (streetType == "Street" ? "St" : streetType == "Avenue" ? "Ave" : "Dr")
        let base = "\(number) \(street) \(type)"
        switch rng.below(4) {
        case 0: return (base, "Apt \(unit)")
        case 1: return ("\(base) #\(unit)", nil)
        case 2: return (base.uppercased(), "APT \(unit)")
        default: return ("\(base), Unit \(unit)", nil)
        }
    }
}

/// A client on the marketplace that posts jobs and hires freelancers.
struct Client: Sendable {
    let id: String
    let country: String
}

/// A DPRK operator cell: 3–10 accounts run by the same people, sharing infrastructure.
struct Team: Sendable {
    let id: String
    let care: Care
    let employeeTrack: Bool
    /// The operators' UTC offset (Shenyang +8, Pyongyang/Vladivostok +9/+10).
    let operatorOffset: Int
    let devices: [String]
    let vpnExits: [Int]
    let leakNetworks: [Int]
    let farm: Int
    let frontHolders: [String]
    let sharedPayouts: [PayoutMethod]
    let templates: [String]
    let reviewClient: String
    let coverEmployers: [(company: String, domain: String)]
    let documentNumberHash: String
    let documentPhotoHash: String
    let chatHandle: String
    let claimedCountry: String
}

/// Optional red flags a DPRK account shows; each is drawn per account with a rate set by the team's care.
enum Flag: String, Sendable, CaseIterable {
    case vpnHeavy, leaks, operatorHours, marathon, sharedDevice, frontHolder, foreignPayout, cryptoPayout, payoutChurn
    case disposableEmail, voipPhone, bidBurst, template, targetClients, offPlatform, reviewFarm, kvm, remoteTool
    case noVideo, cameraOff, faceMismatch, scripted, suspiciousDocument, sharedDocument, seizedEmployer, unconfirmedReference
    case localTimestamps, sharedPhoto
}

/// A stay somewhere other than home, for nomads and travellers.
struct Stay: Sendable {
    let fromDay: Int
    let toDay: Int
    let country: String
    let place: Place
    let ip: IPAddress
    let networkIndex: Int
}

/// Everything fixed about one account before the days are played out.
struct AccountPlan: Sendable {
    let index: Int
    let id: String
    let persona: Persona
    let team: Int?
    var identity: Identity
    let created: Int64
    let rate: Double
    let hoursWorked: Double
    let jobSuccess: Double
    let earnings: Double
    let photoHash: String
    let agency: String?
    let homeIP: IPAddress
    let homeNetwork: Int
    /// Other addresses this account shares with others: office, home of a partner, carrier NAT pool, farm.
    let sharedIPs: [IPAddress]
    let devices: [String]
    /// The UTC offset of the hours actually kept (operators' for DPRK cells).
    let workOffset: Int
    let workStartHour: Int
    let dailyMinutes: Int
    let activeProbability: Double
    /// First day with activity (later than 0 for dormant accounts that wake up, or new sign-ups).
    let wakeDay: Int
    let payout: PayoutMethod
    let flags: Set<Flag>
    let stays: [Stay]
    /// Day the application starts (employee track); negative when hired before the window.
    let applyDay: Int?
    let education: [(institution: String, country: String, degree: String)]
    let employment: [(company: String, domain: String, country: String)]
    /// The email and phone a rented account's new operator sets when it wakes up.
    var wakeEmail: String? = nil
    var wakePhone: String? = nil

    var isDPRK: Bool { persona.isDPRK }
    func has(_ flag: Flag) -> Bool { flags.contains(flag) }
}
