import RedflagPrimitives

/// A value that later events overwrite, kept order-independently: the event with the latest
/// time wins, ties broken by event id, so replaying lines in any order gives the same value.
public struct Latest<Value: Sendable>: Sendable {
    public private(set) var value: Value?
    public private(set) var time: Timestamp?
    private var eventID: CompactString = ""

    public init() {}

    public mutating func offer(_ candidate: Value?, at time: Timestamp, id: CompactString) {
        guard let candidate else { return }
        if let current = self.time, (current, eventID) > (time, id) { return }
        value = candidate
        self.time = time
        eventID = id
    }
}

/// The claimed profile, as the latest `account` events describe it.
public struct ProfileState: Sendable {
    /// Whether any `account` event of the account was seen; without one, nothing is known of it.
    public var isKnown = false
    public var kind = Latest<String>()
    public var name = Latest<String>()
    public var country = Latest<CountryCode>()
    public var city = Latest<String>()
    public var region = Latest<String>()
    public var timezone = Latest<String>()
    public var email = Latest<String>()
    public var phone = Latest<String>()
    public var created = Latest<Timestamp>()
    public var hourlyRate = Latest<Double>()
    public var hoursWorked = Latest<Double>()
    public var jobSuccess = Latest<Double>()
    public var earnings = Latest<Double>()
    public var employment = Latest<[EmploymentClaimSummary]>()
    public var photoHash = Latest<String>()
    public var agency = Latest<String>()
    public var status = Latest<String>()
    /// Every claimed country with when it was claimed, so a move or a nomad's update explains
    /// later sightings abroad.
    public var countryClaims: [Timestamp: CountryCode] = [:]

    public init() {}

    /// The country the profile claimed at `time` (the latest claim before it, else the earliest claim).
    public func claimedCountry(at time: Timestamp) -> CountryCode? {
        guard !countryClaims.isEmpty else { return country.value }
        var best: (Timestamp, CountryCode)?
        for (claimTime, code) in countryClaims where claimTime <= time {
            if best == nil || claimTime > best!.0 { best = (claimTime, code) }
        }
        if let best { return best.1 }
        return countryClaims.min { $0.key < $1.key }?.value
    }
}

/// The parts of an employment claim rules read.
public struct EmploymentClaimSummary: Sendable, Hashable {
    public var company: String
    public var domain: String?
    public init(company: String, domain: String?) {
        self.company = company
        self.domain = domain
    }
}
