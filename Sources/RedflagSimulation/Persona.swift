/// Who a simulated account really is; written to `labels.csv` as the `persona` column.
enum Persona: String, Sendable, CaseIterable {
    case freelancer
    case employee
    case nomad
    case traveller
    case privacyVPN = "privacy_vpn"
    case chinaVPN = "china_vpn"
    case nightOwl = "night_owl"
    case agency
    case sharedHome = "shared_home"
    case mobileNAT = "mobile_nat"
    case topFreelancer = "top_freelancer"
    case payoutChanger = "payout_changer"
    case gmailVoIP = "gmail_voip"
    case declinedVideo = "declined_video"
    case remoteSupport = "remote_support"
    /// Paid into a relative's account (same family name): not in the default mix (`--honest-mix family_payout=…`).
    case familyPayout = "family_payout"
    case dprkFreelancer = "dprk_freelancer"
    case dprkEmployee = "dprk_employee"
    case dprkRented = "dprk_rented"

    /// Whether the persona is a DPRK-style proxy account.
    var isDPRK: Bool { self == .dprkFreelancer || self == .dprkEmployee || self == .dprkRented }

    /// Whether the account goes through the hiring flow (applicant, then employee).
    var isEmployeeTrack: Bool { self == .employee || self == .declinedVideo || self == .remoteSupport || self == .dprkEmployee }

    /// Relative weights of the honest personas (agencies come in groups of 3–8 and households in 2–3,
    /// so their weights are per group).
    static let honestMix: [(Persona, Double)] = [
        (.freelancer, 40), (.employee, 13), (.nomad, 4), (.traveller, 5), (.privacyVPN, 4), (.chinaVPN, 2),
        (.nightOwl, 4), (.agency, 1), (.sharedHome, 2), (.mobileNAT, 5), (.topFreelancer, 3), (.payoutChanger, 3),
        (.gmailVoIP, 3), (.declinedVideo, 2), (.remoteSupport, 2), (.familyPayout, 0),
    ]

    /// `honestMix` with the weights of the personas named in `weights` (by raw value) replaced.
    static func mix(overriding weights: [String: Double]) -> [(Persona, Double)] {
        honestMix.map { persona, weight in (persona, weights[persona.rawValue] ?? weight) }
    }
}

/// How much effort a DPRK cell puts into hiding; sets how many signals each of its accounts shows.
enum Care: String, Sendable, CaseIterable {
    case sloppy
    case careful
    case veryCareful = "very_careful"

    /// Probability that any one optional red flag shows on an account of this care level.
    var flagRate: Double {
        switch self {
        case .sloppy: 0.75
        case .careful: 0.3
        case .veryCareful: 0.1
        }
    }
}
