import RedflagPrimitives

/// `payout`: money paid out to, or a payout method set by, the account.
public struct Payout: Sendable, Hashable {
    /// `bank`, `paypal`, `payoneer`, `wise`, `crypto`, `check`, `other`.
    public var method: String?
    /// Opaque id of the receiving instrument.
    public var destination: String?
    public var holder: String?
    public var country: CountryCode?
    public var wallet: String?
    public var amount: Double?
    /// Defaults to `USD`.
    public var currency: String
    public init() { currency = "USD" }
}

/// `shipment`: equipment shipped to the account.
public struct Shipment: Sendable, Hashable {
    public var address: PostalAddress
    public var recipient: String?
    public var item: String?
    public var serial: String?
    public init(address: PostalAddress) { self.address = address }
}

/// A postal address as written on a shipment.
public struct PostalAddress: Sendable, Hashable {
    public var line1: String
    public var line2: String?
    public var city: String
    public var region: String?
    public var postal: String?
    public var country: CountryCode
    public init(line1: String, line2: String? = nil, city: String, region: String? = nil, postal: String? = nil, country: CountryCode) {
        self.line1 = line1
        self.line2 = line2
        self.city = city
        self.region = region
        self.postal = postal
        self.country = country
    }
}
