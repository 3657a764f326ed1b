import RedflagEnrichment
import RedflagEvents
import RedflagPrimitives

/// Memoises lookups for the duration of a scan: most sessions reuse a handful of addresses,
/// and managed devices report the same programs again and again.
struct FoldCache {
    /// The parts of ``IPFacts`` a sighting keeps (no names or source lists to copy per event).
    struct Located {
        var country: CountryCode?
        var asn: UInt32?
        var kinds: NetworkKinds
        var location: Coordinate?
        /// In North Korean address space (`network.dprk_space`).
        var isDPRK: Bool
        /// A high-risk origin (CN, RU, KP by default) seen without an anonymizer in between.
        var isHighRiskOrigin: Bool
    }

    private var facts = AddressTable<Located>()
    private var tools: [String: String?] = [:]

    mutating func facts(for address: IPAddress, context: DetectionContext) -> Located {
        if let known = facts[address] { return known }
        let full = context.ipIntelligence.facts(for: address)
        let fresh = Located(
            country: full.country, asn: full.asn, kinds: full.kinds, location: full.location,
            isDPRK: context.isDPRK(address, country: full.country),
            isHighRiskOrigin: !full.kinds.hidesLocation && full.country.map(context.highRiskOrigins.contains) == true)
        if facts.count < 1_000_000 { facts[address] = fresh }
        return fresh
    }

    mutating func remoteAccessTool(_ program: String) -> String? {
        if let known = tools[program] { return known }
        let tool = EndpointSignatures.remoteAccessTool(program)
        if tools.count < 100_000 { tools[program] = tool }
        return tool
    }
}

/// A hash table from addresses to values, open addressing with linear probing: cheaper per
/// look-up than `Dictionary`, whose seeded hashing of the 17-byte key dominates a scan's
/// per-session cost.
struct AddressTable<Value: Sendable>: Sendable {
    private var keys = [IPAddress?](repeating: nil, count: 1 << 10)
    private var values = [Value?](repeating: nil, count: 1 << 10)
    private(set) var count = 0

    subscript(address: IPAddress) -> Value? {
        get {
            var index = slot(of: address)
            while let key = keys[index] {
                if key == address { return values[index] }
                index = (index + 1) & (keys.count - 1)
            }
            return nil
        }
        set {
            guard let newValue else { preconditionFailure("AddressTable does not remove") }
            if count * 10 >= keys.count * 7 { grow() }
            var index = slot(of: address)
            while let key = keys[index], key != address { index = (index + 1) & (keys.count - 1) }
            if keys[index] == nil { count += 1 }
            keys[index] = address
            values[index] = newValue
        }
    }

    private func slot(of address: IPAddress) -> Int {
        let mixed = (address.high &* 0x9E37_79B9_7F4A_7C15) ^ (address.low &* 0xC2B2_AE3D_27D4_EB4F)
        return Int(truncatingIfNeeded: mixed >> 24) & (keys.count - 1)
    }

    private mutating func grow() {
        let (oldKeys, oldValues) = (keys, values)
        keys = Array(repeating: nil, count: oldKeys.count * 2)
        values = Array(repeating: nil, count: oldKeys.count * 2)
        count = 0
        for index in oldKeys.indices {
            if let key = oldKeys[index], let value = oldValues[index] { self[key] = value }
        }
    }
}

extension Sighting {
    /// The sighting of `ip` in `event`, with what the cache knows about the address.
    init(_ event: Event, ip: IPAddress, _ facts: FoldCache.Located) {
        self.init(
            time: event.time, eventID: event.id, account: event.account, source: event.source, ip: ip,
            country: facts.country, asn: facts.asn, kinds: facts.kinds, location: facts.location)
    }
}
