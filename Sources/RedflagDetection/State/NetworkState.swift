import RedflagEvents
import RedflagEnrichment
import RedflagPrimitives

/// One address or session seen on an account, with what enrichment said about it. Kept as
/// plain fields; the `Evidence` (with its text facts) is built only for the sightings a
/// finding cites.
public struct Sighting: Sendable, Hashable, Comparable {
    public var time: Timestamp
    /// Kept inline (``CompactString``): sightings are copied often, and a heap string would make
    /// every copy touch memory far away.
    public var eventID: CompactString
    public var account: String
    public var source: SourceLocation?
    public var ip: IPAddress
    public var country: CountryCode?
    public var asn: UInt32?
    public var kinds: NetworkKinds
    public var location: Coordinate?
    /// The device of a login or endpoint report.
    public var device: String?
    /// The length of a work segment.
    public var minutes: Double?
    /// A failed sign-in (kept only from North Korean address space).
    public var failed = false

    public var isAnonymized: Bool { kinds.hidesLocation }
    /// Whether the sighting's country says where the person is: not through an anonymizer (listed or
    /// inferred), and not on a mobile carrier or satellite network, whose addresses are geolocated to
    /// gateways that can sit in another country.
    public var isPreciselyLocated: Bool {
        country != nil && kinds.locatesUser
    }

    /// The sighting as evidence: the event, the address and what enrichment said.
    public var evidence: Evidence {
        var facts = [Fact("ip", ip.description)]
        if let device { facts.append(Fact("device", device)) }
        if let minutes { facts.append(Fact("minutes", format(minutes))) }
        if failed { facts.append(Fact("success", "false")) }
        if let country { facts.append(Fact("country", country.code)) }
        if let asn { facts.append(Fact("asn", "AS\(asn)")) }
        if !kinds.isEmpty { facts.append(Fact("network", kinds.labels.joined(separator: ","))) }
        return Evidence(time: time, eventID: eventID.description, account: account, source: source, facts: facts)
    }

    public static func < (lhs: Sighting, rhs: Sighting) -> Bool {
        lhs.time != rhs.time ? lhs.time < rhs.time : lhs.eventID < rhs.eventID
    }
}

extension NetworkKinds {
    /// Traffic through a VPN, proxy, Tor or hosting network (not a registered office): its
    /// address says nothing about where the person is.
    public var hidesLocation: Bool { !intersection(.anonymizing).isEmpty && !contains(.office) }
    /// Whether a located address of these kinds says where the person is: not hidden behind an
    /// anonymizer, and not one of the ``impreciseLocation`` kinds geolocated to a gateway or node.
    public var locatesUser: Bool { !hidesLocation && isDisjoint(with: .impreciseLocation) }
}

/// Where an account connects from.
///
/// Sessions are appended to a log as they arrive — no hashing per event — and the log is merged
/// into one entry per UTC hour and address whenever it doubles, so memory follows the hours and
/// addresses an account uses, not its number of sessions. ``finish(account:cache:)`` turns the log
/// into the views the rules read: the earliest sighting per hour and country (for travel),
/// sessions per day and country, and per-address usage. The merge sorts by content, so the views
/// do not depend on the order events arrived in.
public struct NetworkState: Sendable {
    /// One session as the log keeps it — or, once merged, one UTC hour of one address: the
    /// earliest session in it, the latest time and how many. The address and the source file are
    /// numbers from the scan's ``FoldCache``, so an entry holds no address facts or file name,
    /// and copying, sorting and merging it touches little memory.
    struct Session: Sendable {
        var time: Timestamp
        var last: Timestamp
        var count = 1
        var address: Int32
        var file: Int32
        var line: Int
        var eventID: CompactString
        var device: String?
        var minutes: Double?

        /// A session of `event`, with its address and source file as numbered by the scan's ``FoldCache``.
        init(_ event: Event, address: Int32, file: Int32) {
            time = event.time
            last = event.time
            self.address = address
            self.file = file
            line = event.source?.line ?? 0
            eventID = event.id
        }

        var hour: Int64 { floorHour(time) }

        /// Earlier time first; the event id breaks ties, so the earliest never depends on arrival order.
        func isEarlier(than other: Session) -> Bool { time != other.time ? time < other.time : eventID < other.eventID }
    }

    private var log: [Session] = []
    private var mergedCount = 0

    public private(set) var sessionCount = 0
    public private(set) var anonymizedCount = 0
    public private(set) var astrillCount = 0
    /// Sightings from North Korean address space and from high-risk origins, earliest first, bounded.
    public var dprkSightings: [Sighting] = []
    public var highRiskSightings: [Sighting] = []

    /// The earliest sighting of each country (or unknown country) in each UTC hour, in time
    /// order: enough to follow someone from place to place. Set by ``finish(account:cache:)``.
    public private(set) var orderedSightings: [Sighting] = []
    /// Sessions per UTC day and country (precisely located sessions only). Set by ``finish(account:cache:)``.
    public private(set) var dailyCountries: [Int: [CountryCode: Int]] = [:]
    /// Sessions per UTC day through anonymizing networks. Set by ``finish(account:cache:)``.
    public private(set) var dailyAnonymized: [Int: Int] = [:]
    /// Per address: how often, when, and one sighting for evidence. Set by ``finish(account:cache:)``.
    public private(set) var addresses: [IPAddress: AddressUsage] = [:]
    /// The earliest anonymized sightings (one per hour and address), for evidence. Set by ``finish(account:cache:)``.
    public private(set) var anonymizedSamples: [Sighting] = []

    public init() {}

    /// Logs `session`; `sighting` builds its evidence for the rare sessions kept as samples here.
    mutating func record(_ session: Session, _ facts: FoldCache.Located, sighting: () -> Sighting) {
        sessionCount += 1
        if facts.kinds.hidesLocation {
            anonymizedCount += 1
            if facts.kinds.contains(.astrill) { astrillCount += 1 }
        }
        if facts.isDPRK { keepEarliest(&dprkSightings, sighting()) }
        if facts.isHighRiskOrigin { keepEarliest(&highRiskSightings, sighting()) }
        log.append(session)
        if log.count >= max(1_024, 2 * mergedCount) { merge() }
    }

    /// Merges the log into one entry per hour and address, hours in ascending order: the
    /// earliest session of the slot, carrying the slot's latest time and session count.
    private mutating func merge() {
        struct Key {
            var hour: Int64, address: Int32, index: Int32
        }
        var merged: [Session] = []
        log.withUnsafeBufferPointer { log in
            var keys = log.indices.map { Key(hour: log[$0].hour, address: log[$0].address, index: Int32($0)) }
            keys.sort { ($0.hour, $0.address) < ($1.hour, $1.address) }
            var start = 0
            while start < keys.count {
                var slot = log[Int(keys[start].index)]
                var next = start + 1
                while next < keys.count, (keys[next].hour, keys[next].address) == (keys[start].hour, keys[start].address) {
                    let other = log[Int(keys[next].index)]
                    let (count, last) = (slot.count + other.count, max(slot.last, other.last))
                    if other.isEarlier(than: slot) { slot = other }
                    (slot.count, slot.last) = (count, last)
                    next += 1
                }
                merged.append(slot)
                start = next
            }
        }
        log = merged
        mergedCount = merged.count
    }

    /// The log merged into one entry per hour and address (see ``finish(account:cache:)``), for
    /// questions asked across accounts before the views are built.
    mutating func mergedLog() -> [Session] {
        merge()
        return log
    }

    /// Builds the views from the log. Call once all events are folded; folding more after it
    /// needs another call. `account` and `cache` turn logged sessions back into sightings.
    mutating func finish(account: String, cache: FoldCache) {
        merge()
        let views = log.withUnsafeBufferPointer { slots in
            var builder = NetworkViewBuilder(slots: slots, account: account, cache: cache)
            for index in slots.indices { builder.add(index, facts: cache.addresses[Int(slots[index].address)].facts) }
            return builder.finish()
        }
        orderedSightings = views.ordered
        dailyCountries = views.daily
        dailyAnonymized = views.anonymizedDaily
        anonymizedCount = views.anonymizedDaily.values.reduce(0, +)
        addresses = views.addresses
        anonymizedSamples = views.anonymized
    }
}

func floorHour(_ time: Timestamp) -> Int64 {
    time.milliseconds >= 0 ? time.milliseconds / 3_600_000 : (time.milliseconds - 3_599_999) / 3_600_000
}

/// How one address was used by one account.
public struct AddressUsage: Sendable, Hashable {
    public var sample: Sighting
    public var count = 0
    public var firstSeen: Timestamp
    public var lastSeen: Timestamp
    /// UTC hours (since the epoch) in which the address was used, ascending (the earliest
    /// ``hourLimit``), to compare overlap across accounts.
    public var hours: [Int64] = []
    public static let hourLimit = 2_000

    init(sample: Sighting) {
        self.sample = sample
        firstSeen = sample.time
        lastSeen = sample.time
    }

    /// Whether both usages fall in at least one common UTC hour.
    public func sharesAnHour(with other: AddressUsage) -> Bool {
        Self.commonHours(hours, other.hours, upTo: 1) == 1
    }

    /// The number of hours in both ascending lists, counted up to `limit`.
    static func commonHours(_ a: [Int64], _ b: [Int64], upTo limit: Int) -> Int {
        var (i, j, common) = (0, 0, 0)
        while i < a.count, j < b.count, common < limit {
            if a[i] == b[j] {
                common += 1
                i += 1
                j += 1
            } else if a[i] < b[j] {
                i += 1
            } else {
                j += 1
            }
        }
        return common
    }
}

/// Keeps the `limit` earliest items of a bounded sample, independent of arrival order.
func keepEarliest<T: Comparable>(_ sample: inout [T], _ item: T, limit: Int = Evidence.limit) {
    keepEarliest(&sample, item, limit: limit, by: <)
}

/// Keeps the `limit` items of a bounded sample that come first by `isEarlier`, independent of arrival order.
func keepEarliest<T>(_ sample: inout [T], _ item: T, limit: Int = Evidence.limit, by isEarlier: (T, T) -> Bool) {
    if sample.count < limit {
        sample.append(item)
        return
    }
    guard let maxIndex = sample.indices.max(by: { isEarlier(sample[$0], sample[$1]) }), isEarlier(item, sample[maxIndex]) else { return }
    sample[maxIndex] = item
}
