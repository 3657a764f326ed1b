import RedflagPrimitives

/// One real network of ``table``: a prefix with the ASN that announces it and where it sits.
struct KnownNetwork: Sendable {
    /// What kind of access the network gives, as enrichment should classify it.
    enum Kind: String, Sendable {
        case residential, mobile, hosting, vpn
    }

    let network: IPNetwork
    let asn: Int
    let name: String
    let country: String
    let kind: Kind
    let region: String?

    init(_ prefix: String, asn: Int, name: String, country: String, kind: Kind, region: String? = nil) {
        guard let network = IPNetwork(prefix) else { preconditionFailure("bad prefix in network table: \(prefix)") }
        self.network = network
        self.asn = asn
        self.name = name
        self.country = country
        self.kind = kind
        self.region = region
    }

    /// An address inside the block, avoiding the first and last 256 (network, gateways, broadcast).
    func address(_ rng: inout SeededGenerator) -> IPAddress {
        let base = network.address
        if base.family == .v4, let start = base.v4Value {
            let size = UInt64(1) << UInt64(32 - network.prefixLength)
            let margin: UInt64 = size > 1024 ? 256 : 1
            let offset = margin + UInt64(rng.below(Int(size - 2 * margin)))
            return IPAddress(v4: start &+ UInt32(offset))
        }
        let hostBits = 128 - network.prefixLength
        let highBits = max(0, hostBits - 64)
        var high = base.high
        if highBits > 0 {
            high |= rng.next() & ((highBits >= 64 ? ~0 : (UInt64(1) << UInt64(highBits)) - 1))
        }
        return IPAddress(v6High: high, low: rng.next() | 1)
    }
}

/// Lookups over ``KnownNetwork/table`` by country and kind.
struct NetworkCatalog: Sendable {
    let all: [KnownNetwork]
    private let byKey: [String: [Int]]

    static let shared = NetworkCatalog(KnownNetwork.table)

    init(_ networks: [KnownNetwork]) {
        all = networks
        var index: [String: [Int]] = [:]
        for (i, net) in networks.enumerated() {
            index["\(net.country)|\(net.kind.rawValue)|\(net.network.address.family == .v4 ? 4 : 6)", default: []].append(i)
            index["*|\(net.kind.rawValue)|\(net.network.address.family == .v4 ? 4 : 6)", default: []].append(i)
        }
        byKey = index
    }

    /// Indexes of IPv4 (or IPv6) networks of `kind` in `country` (`*` for any country).
    func indexes(_ country: String, _ kind: KnownNetwork.Kind, v6: Bool = false) -> [Int] {
        byKey["\(country)|\(kind.rawValue)|\(v6 ? 6 : 4)"] ?? []
    }

    /// A residential (or, failing that, mobile, then any) network index for `country`.
    func home(_ country: String, _ rng: inout SeededGenerator, kind: KnownNetwork.Kind = .residential) -> Int {
        for candidate in [kind, .residential, .mobile] {
            let list = indexes(country, candidate)
            if !list.isEmpty { return rng.pick(list) }
        }
        return rng.pick(indexes("US", .residential))
    }

    /// Networks whose region is Liaoning (the DPRK workers' usual Chinese exit).
    var liaoning: [Int] { all.indices.filter { all[$0].region == "Liaoning" } }
}
