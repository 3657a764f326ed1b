import Foundation
import RedflagPrimitives

/// What kind of network an address belongs to, as far as the loaded data can tell.
public struct NetworkKinds: OptionSet, Hashable, Sendable, Codable {
    public let rawValue: UInt16
    public init(rawValue: UInt16) { self.rawValue = rawValue }

    /// Datacenter, cloud or hosting provider space.
    public static let hosting = NetworkKinds(rawValue: 1 << 0)
    /// A commercial VPN provider's exits.
    public static let vpn = NetworkKinds(rawValue: 1 << 1)
    /// A Tor exit relay.
    public static let tor = NetworkKinds(rawValue: 1 << 2)
    /// An open or anonymising proxy (MaxMind / libloc "anonymous proxy").
    public static let proxy = NetworkKinds(rawValue: 1 << 3)
    /// A mobile carrier, whose NAT puts many unrelated users behind one address.
    public static let mobileCarrier = NetworkKinds(rawValue: 1 << 4)
    /// Allow-listed: the organisation's own office or corporate VPN.
    public static let office = NetworkKinds(rawValue: 1 << 5)
    /// Astrill VPN, reported as favoured by DPRK IT workers; set only from user-supplied ranges.
    public static let astrill = NetworkKinds(rawValue: 1 << 6)
    /// Satellite providers (libloc flag): location is unreliable.
    public static let satellite = NetworkKinds(rawValue: 1 << 7)
    /// The IP data's sources place the address in different countries — typically a block
    /// transferred or leased abroad since the older source was made. Location is unreliable.
    public static let disputedLocation = NetworkKinds(rawValue: 1 << 9)
    /// Inferred by a scan, not listed: a network that accounts reach by impossible jumps from where
    /// they mostly are, and that is home to few of them — a VPN or proxy exit the IP data does not
    /// know. Anonymizing, like a listed one.
    public static let inferredRelay = NetworkKinds(rawValue: 1 << 8)
    /// A cloud security gateway's egress (Zscaler, Netskope, Cisco Umbrella, …): a company's devices
    /// reach the internet through the provider's nearest node, so the address says where the node is,
    /// not the employee, and thousands of employees of many companies share it. Not anonymizing:
    /// the employer chose it.
    public static let corporateGateway = NetworkKinds(rawValue: 1 << 10)

    /// Any kind that hides where the user really is.
    public static let anonymizing: NetworkKinds = [.hosting, .vpn, .tor, .proxy, .astrill, .inferredRelay]
    /// Kinds whose addresses are geolocated somewhere other than the user may be: carrier gateways,
    /// satellite ground stations, blocks the sources disagree about, corporate security gateways.
    public static let impreciseLocation: NetworkKinds = [.mobileCarrier, .satellite, .disputedLocation, .corporateGateway]
    /// Kinds whose addresses many unrelated people share by design — carrier NAT, an organisation's own
    /// offices, corporate security gateways — so that sharing one says nothing about who runs an account.
    public static let sharedByDesign: NetworkKinds = [.mobileCarrier, .office, .corporateGateway]

    /// Stable lower-case labels, for JSON output and rule evidence.
    public var labels: [String] {
        var result: [String] = []
        if contains(.hosting) { result.append("hosting") }
        if contains(.vpn) { result.append("vpn") }
        if contains(.tor) { result.append("tor") }
        if contains(.proxy) { result.append("proxy") }
        if contains(.mobileCarrier) { result.append("mobile") }
        if contains(.office) { result.append("office") }
        if contains(.astrill) { result.append("astrill") }
        if contains(.satellite) { result.append("satellite") }
        if contains(.disputedLocation) { result.append("disputed-location") }
        if contains(.inferredRelay) { result.append("relay") }
        if contains(.corporateGateway) { result.append("corporate-gateway") }
        return result
    }
}

/// Everything Redflag knows about one IP address.
public struct IPFacts: Hashable, Sendable {
    /// Registered or geolocated country.
    public var country: CountryCode?
    /// Autonomous system number of the announcing network.
    public var asn: UInt32?
    /// The AS organisation name (`DIGITALOCEAN-ASN`, `Comcast Cable Communications, LLC`).
    public var asOrganization: String?
    /// Latitude and longitude when a city-level database is loaded.
    public var location: Coordinate?
    /// Hosting / VPN / Tor / carrier / office classification.
    public var kinds: NetworkKinds
    /// Which databases or lists contributed (for `redflag ip` and evidence).
    public var sources: [String]

    public init(
        country: CountryCode? = nil, asn: UInt32? = nil, asOrganization: String? = nil,
        location: Coordinate? = nil, kinds: NetworkKinds = [], sources: [String] = []
    ) {
        self.country = country
        self.asn = asn
        self.asOrganization = asOrganization
        self.location = location
        self.kinds = kinds
        self.sources = sources
    }

    /// No data at all.
    public static let unknown = IPFacts()
}

/// A point on the Earth in degrees.
public struct Coordinate: Hashable, Sendable, Codable {
    public var latitude: Double
    public var longitude: Double
    public init(latitude: Double, longitude: Double) {
        self.latitude = latitude
        self.longitude = longitude
    }

    /// Great-circle distance in kilometres (haversine).
    public func distanceKilometres(to other: Coordinate) -> Double {
        let radians = Double.pi / 180
        let dLat = (other.latitude - latitude) * radians
        let dLon = (other.longitude - longitude) * radians
        let a = sin(dLat / 2) * sin(dLat / 2)
            + cos(latitude * radians) * cos(other.latitude * radians) * sin(dLon / 2) * sin(dLon / 2)
        return 6371.0 * 2 * atan2(a.squareRoot(), (1 - a).squareRoot())
    }
}

/// The one question detection asks of IP data: what is this address?
///
/// Implementations must be cheap to call (detection asks once per login and work segment)
/// and safe to share across tasks.
public protocol IPIntelligence: Sendable {
    func facts(for address: IPAddress) -> IPFacts
}
