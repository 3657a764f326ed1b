import RedflagEvents
import RedflagEnrichment
import RedflagPrimitives

/// One address or session seen on an account, with what enrichment said about it. Kept as
/// plain fields; the `Evidence` (with its text facts) is built only for the sightings a
/// finding cites.
public struct Sighting: Sendable, Hashable, Comparable {
    public var time: Timestamp
    public var eventID: String
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
    /// A failed sign-in.
    public var failed = false

    public var isAnonymized: Bool { !kinds.intersection(.anonymizing).isEmpty && !kinds.contains(.office) }
    /// Whether the sighting's country says where the person is: not through an anonymizer, and not
    /// on a mobile carrier or satellite network, whose addresses are geolocated to gateways that
    /// can sit in another country.
    public var isPreciselyLocated: Bool {
        country != nil && !isAnonymized && kinds.intersection([.mobileCarrier, .satellite]).isEmpty
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
        return Evidence(time: time, eventID: eventID, account: account, source: source, facts: facts)
    }

    public static func < (lhs: Sighting, rhs: Sighting) -> Bool { (lhs.time, lhs.eventID) < (rhs.time, rhs.eventID) }
}

/// Where an account connects from: per-hour first/last sightings (for travel), per-day
/// country counts, per-address usage. Bounded by the days and addresses an account has, not by
/// how many sessions it makes.
public struct NetworkState: Sendable {
    /// The earliest sighting of each country (or unknown country) in each UTC hour: enough to
    /// follow someone from place to place, and cheap to keep, since later sessions from the same
    /// place in the same hour change nothing.
    public var hourly: [HourPlace: Sighting] = [:]
    /// Sessions per UTC day and country (precisely located sessions only).
    public var dailyCountries: [Int: [CountryCode: Int]] = [:]
    /// Sessions per UTC day through anonymizing networks.
    public var dailyAnonymized: [Int: Int] = [:]
    public var sessionCount = 0
    public var anonymizedCount = 0
    public var astrillCount = 0
    /// Per address: how often, when, and one sighting for evidence.
    public var addresses: [IPAddress: AddressUsage] = [:]
    /// Every sighting from North Korean address space and from high-risk origins, bounded.
    public var dprkSightings: [Sighting] = []
    public var highRiskSightings: [Sighting] = []
    /// Earliest anonymized sightings, for evidence.
    public var anonymizedSamples: [Sighting] = []

    public init() {}

    mutating func record(_ sighting: Sighting, isDPRK: Bool, isHighRiskOrigin: Bool) {
        sessionCount += 1
        let hour = floorHour(sighting.time)
        let place = HourPlace(hour: hour, country: sighting.country?.packed ?? 0)
        if let known = hourly[place] {
            if sighting < known { hourly[place] = sighting }
        } else {
            hourly[place] = sighting
        }
        if sighting.isAnonymized {
            anonymizedCount += 1
            dailyAnonymized[sighting.time.day, default: 0] += 1
            if sighting.kinds.contains(.astrill) { astrillCount += 1 }
            keepEarliest(&anonymizedSamples, sighting)
        } else if sighting.isPreciselyLocated, let country = sighting.country {
            dailyCountries[sighting.time.day, default: [:]][country, default: 0] += 1
        }
        addresses[sighting.ip, default: AddressUsage(sample: sighting)].include(sighting)
        if isDPRK { keepEarliest(&dprkSightings, sighting) }
        if isHighRiskOrigin { keepEarliest(&highRiskSightings, sighting) }
    }

    /// The kept sightings in time order (sorted through indices, so the large values move once).
    public var orderedSightings: [Sighting] {
        let sightings = Array(hourly.values)
        return sightings.indices.sorted { sightings[$0] < sightings[$1] }.map { sightings[$0] }
    }

    private func floorHour(_ time: Timestamp) -> Int64 {
        time.milliseconds >= 0 ? time.milliseconds / 3_600_000 : (time.milliseconds - 3_599_999) / 3_600_000
    }
}

/// One UTC hour (since the epoch) and one country (its packed code, 0 when unknown).
public struct HourPlace: Hashable, Sendable {
    public var hour: Int64
    public var country: UInt16
}

/// How one address was used by one account.
public struct AddressUsage: Sendable, Hashable {
    public var sample: Sighting
    public var count = 0
    public var firstSeen: Timestamp
    public var lastSeen: Timestamp
    /// UTC hours (since the epoch) in which the address was used, to compare overlap across accounts.
    public var hours: Set<Int64> = []

    init(sample: Sighting) {
        self.sample = sample
        firstSeen = sample.time
        lastSeen = sample.time
    }

    mutating func include(_ sighting: Sighting) {
        count += 1
        if sighting < sample { sample = sighting }
        firstSeen = min(firstSeen, sighting.time)
        lastSeen = max(lastSeen, sighting.time)
        if hours.count < 2_000 { hours.insert(sighting.time.milliseconds / 3_600_000) }
    }
}

/// Keeps the `limit` earliest items of a bounded sample, independent of arrival order.
func keepEarliest<T: Comparable>(_ sample: inout [T], _ item: T, limit: Int = Evidence.limit) {
    if sample.count < limit {
        sample.append(item)
        return
    }
    guard let maxIndex = sample.indices.max(by: { sample[$0] < sample[$1] }), item < sample[maxIndex] else { return }
    sample[maxIndex] = item
}
