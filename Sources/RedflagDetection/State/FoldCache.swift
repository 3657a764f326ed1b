import RedflagEnrichment
import RedflagEvents
import RedflagPrimitives

/// Memoises lookups for the duration of a scan: most sessions reuse a handful of addresses,
/// managed devices report the same programs again and again, and payouts repeat holder names.
///
/// It also numbers every address and source file it sees, so that an account's session log can
/// hold small integers instead of the address, its facts and the file name (see ``NetworkState``).
struct FoldCache {
    /// The parts of ``IPFacts`` a sighting keeps (no names or source lists to copy per event).
    struct Located {
        var country: CountryCode?
        var asn: UInt32?
        var kinds: NetworkKinds
        var location: Coordinate?
        /// In North Korean address space (`network.dprk_space`).
        var isDPRK: Bool
        /// A high-risk origin (CN, RU, LA, KP by default) seen without an anonymizer in between.
        var isHighRiskOrigin: Bool
    }

    /// Addresses by number, with what enrichment said about them.
    private(set) var addresses: [(ip: IPAddress, facts: Located)] = []
    private var addressNumbers = AddressTable<Int32>()
    /// Source file names by number.
    private(set) var files: [String] = []
    private var tools: [String: String?] = [:]
    private var personNames: [String: String] = [:]

    /// The number of `address`, looked up in the enrichment sources the first time it is seen.
    mutating func number(of address: IPAddress, context: DetectionContext) -> Int32 {
        if let known = addressNumbers[address] { return known }
        let full = context.ipIntelligence.facts(for: address)
        let located = Located(
            country: full.country, asn: full.asn, kinds: full.kinds, location: full.location,
            isDPRK: context.isDPRK(address, country: full.country),
            isHighRiskOrigin: !full.kinds.hidesLocation && full.kinds.isDisjoint(with: [.disputedLocation, .corporateGateway])
                && full.country.map(context.highRiskOrigins.contains) == true)
        let number = Int32(addresses.count)
        addresses.append((address, located))
        addressNumbers[address] = number
        return number
    }

    /// Marks the addresses of `relays` as ``NetworkKinds/inferredRelay`` and unmarks all others, so
    /// that inferring again over more events starts afresh.
    mutating func markInferredRelays(_ relays: Set<RelayInference.Network>) {
        for index in addresses.indices {
            let (address, facts) = addresses[index]
            if relays.contains(RelayInference.Network(address, asn: facts.asn)) {
                addresses[index].facts.kinds.insert(.inferredRelay)
            } else {
                addresses[index].facts.kinds.remove(.inferredRelay)
            }
        }
    }

    /// What enrichment said about `address` (numbering it if it is new).
    mutating func facts(for address: IPAddress, context: DetectionContext) -> Located {
        addresses[Int(number(of: address, context: context))].facts
    }

    /// The number of the file `source` names, or -1 without a source.
    mutating func number(ofFileIn source: SourceLocation?) -> Int32 {
        source.map { number(ofFile: $0.file) } ?? -1
    }

    /// The number of a source file name; the last one is checked first, as lines come file by file.
    mutating func number(ofFile file: String) -> Int32 {
        if let last = files.last, last == file { return Int32(files.count - 1) }
        if let known = files.firstIndex(of: file) { return Int32(known) }
        files.append(file)
        return Int32(files.count - 1)
    }

    mutating func remoteAccessTool(_ program: String) -> String? {
        if let known = tools[program] { return known }
        let tool = EndpointSignatures.remoteAccessTool(program)
        if tools.count < 100_000 { tools[program] = tool }
        return tool
    }

    /// ``Normalize/personName(_:)``, remembered: an account's payouts repeat its holder name.
    mutating func personName(_ name: String) -> String {
        if let known = personNames[name] { return known }
        let normalized = Normalize.personName(name)
        if personNames.count < 100_000 { personNames[name] = normalized }
        return normalized
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

extension FoldCache {
    /// The sighting a logged session stands for: its address and facts, and its source file,
    /// looked up by number.
    func sighting(of session: NetworkState.Session, account: String) -> Sighting {
        let (ip, facts) = addresses[Int(session.address)]
        let source = session.file >= 0 ? SourceLocation(file: files[Int(session.file)], line: session.line) : nil
        var sighting = Sighting(
            time: session.time, eventID: session.eventID, account: account, source: source, ip: ip,
            country: facts.country, asn: facts.asn, kinds: facts.kinds, location: facts.location)
        sighting.device = session.device
        sighting.minutes = session.minutes
        return sighting
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
