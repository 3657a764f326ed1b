import RedflagPrimitives

/// `login`: a sign-in or session start.
public struct Login: Sendable, Hashable {
    public var ip: IPAddress
    public var device: String?
    public var userAgent: String?
    /// Defaults to true.
    public var success: Bool
    public init(ip: IPAddress, device: String? = nil, userAgent: String? = nil, success: Bool = true) {
        self.ip = ip
        self.device = device
        self.userAgent = userAgent
        self.success = success
    }
}

/// `work`: a tracked work segment of `minutes` starting at the event time.
public struct WorkSegment: Sendable, Hashable {
    public var minutes: Double
    public var contract: String?
    public var ip: IPAddress?
    public var source: String?
    public init(minutes: Double, contract: String? = nil, ip: IPAddress? = nil, source: String? = nil) {
        self.minutes = minutes
        self.contract = contract
        self.ip = ip
        self.source = source
    }
}

/// `bid`: a proposal sent to a job.
public struct Bid: Sendable, Hashable {
    public var job: String?
    public var client: String?
    public var clientCountry: CountryCode?
    public var rate: Double?
    public var text: String?
    public init() {}
}

/// `contract`: a contract offered, started or ended.
public struct ContractUpdate: Sendable, Hashable {
    public var contract: String
    public var client: String?
    public var clientCountry: CountryCode?
    /// `offered`, `active`, `ended`.
    public var status: String?
    public var rate: Double?
    public init(contract: String) { self.contract = contract }
}

/// `review`: a rating given to the account.
public struct Review: Sendable, Hashable {
    public var from: String?
    public var rating: Double?
    public var contract: String?
    public init() {}
}

/// `message`: a message the account sent or received.
public struct Message: Sendable, Hashable {
    public var counterparty: String?
    /// `sent` or `received`.
    public var direction: String?
    public var text: String?
    public init() {}
}
