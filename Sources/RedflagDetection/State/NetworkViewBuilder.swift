import RedflagPrimitives

/// Turns an account's merged session log — one slot per UTC hour and address, hours ascending —
/// into the views ``NetworkState`` publishes, in one pass.
///
/// It works on slot numbers and the scan's numbered addresses: a ``Sighting`` (with its strings
/// and source) is built only for what a view keeps — the earliest slot per hour and country, the
/// earliest slot of each address and the anonymized samples — and per-address usage is gathered
/// by address number, so an address is hashed once per account rather than once per slot.
/// It reads the slots in place, so it lives inside the `withUnsafeBufferPointer` call that lends them.
struct NetworkViewBuilder {
    /// Per-address usage while the slots are read; the sample is a slot number.
    private struct Usage {
        var sample: Int
        var count = 0
        var firstSeen: Timestamp
        var lastSeen: Timestamp
        var hours: [Int64] = []
    }

    private let slots: UnsafeBufferPointer<NetworkState.Session>
    private let account: String
    private let cache: FoldCache
    private var hourly: [Sighting] = []
    /// The earliest slot of each country (or unknown country) in the hour being read.
    private var hourWinners: [(country: CountryCode?, slot: Int)] = []
    private var currentHour: Int64?
    private var daily: [Int: [CountryCode: Int]] = [:]
    private var anonymizedDaily: [Int: Int] = [:]
    private var day: Int?
    private var dayCountries: [CountryCode: Int] = [:]
    private var dayAnonymized = 0
    private var usages: [Usage] = []
    private var usageByAddress: [Int32: Int] = [:]
    private var anonymized: [Int] = []
    /// Once the anonymized sample is full, only slots of the hour it filled in can be earlier.
    private var anonymizedFullAt: Int64?

    /// A builder over `slots`, whose sightings `cache` builds for `account`.
    init(slots: UnsafeBufferPointer<NetworkState.Session>, account: String, cache: FoldCache) {
        self.slots = slots
        self.account = account
        self.cache = cache
        hourly.reserveCapacity(slots.count)  // at most one per slot: no regrowth
    }

    /// Reads slot `index`, whose address has `facts`.
    mutating func add(_ index: Int, facts: FoldCache.Located) {
        let slot = slots.baseAddress! + index  // read in place: a copy would retain the device name
        let hour = slot.pointee.hour
        if hour != currentHour {
            closeHour()
            currentHour = hour
        }
        if let same = hourWinners.firstIndex(where: { $0.country == facts.country }) {
            if slot.pointee.isEarlier(than: slots[hourWinners[same].slot]) { hourWinners[same].slot = index }
        } else {
            hourWinners.append((facts.country, index))
        }
        let slotDay = slot.pointee.time.day
        if slotDay != day {
            closeDay()
            day = slotDay
        }
        if facts.kinds.hidesLocation {
            dayAnonymized += slot.pointee.count
            if anonymizedFullAt.map({ $0 == hour }) ?? true {
                let slots = slots
                keepEarliest(&anonymized, index) { slots[$0].isEarlier(than: slots[$1]) }
                if anonymized.count == Evidence.limit, anonymizedFullAt == nil { anonymizedFullAt = hour }
            }
        } else if let country = facts.country, facts.kinds.isDisjoint(with: .impreciseLocation) {
            dayCountries[country, default: 0] += slot.pointee.count
        }
        include(index)
    }

    /// The views of all slots read.
    mutating func finish() -> (
        ordered: [Sighting], daily: [Int: [CountryCode: Int]], anonymizedDaily: [Int: Int],
        addresses: [IPAddress: AddressUsage], anonymized: [Sighting]
    ) {
        closeHour()
        closeDay()
        var addresses: [IPAddress: AddressUsage] = [:]
        addresses.reserveCapacity(usages.count)
        for usage in usages {
            var result = AddressUsage(sample: cache.sighting(of: slots[usage.sample], account: account))
            (result.count, result.firstSeen, result.lastSeen, result.hours) = (usage.count, usage.firstSeen, usage.lastSeen, usage.hours)
            addresses[result.sample.ip] = result
        }
        let samples = anonymized.map { cache.sighting(of: slots[$0], account: account) }.sorted()
        return (hourly, daily, anonymizedDaily, addresses, samples)
    }

    /// Appends the hour's winners to the ordered sightings, in time order.
    private mutating func closeHour() {
        guard !hourWinners.isEmpty else { return }
        let start = hourly.count
        for winner in hourWinners { hourly.append(cache.sighting(of: slots[winner.slot], account: account)) }
        if hourWinners.count > 1 { hourly[start...].sort() }
        hourWinners.removeAll(keepingCapacity: true)
    }

    /// Slots come hour by hour, so a day's counts are complete when the day changes.
    private mutating func closeDay() {
        guard let day else { return }
        if !dayCountries.isEmpty { daily[day] = dayCountries }
        if dayAnonymized > 0 { anonymizedDaily[day] = dayAnonymized }
        dayCountries.removeAll()
        dayAnonymized = 0
    }

    private mutating func include(_ index: Int) {
        let slot = slots.baseAddress! + index
        let position: Int
        if let known = usageByAddress[slot.pointee.address] {
            position = known
        } else {
            position = usages.count
            usages.append(Usage(sample: index, firstSeen: slot.pointee.time, lastSeen: slot.pointee.time))
            usageByAddress[slot.pointee.address] = position
        }
        usages.withUnsafeMutableBufferPointer { usages in
            let usage = usages.baseAddress! + position
            usage.pointee.count += slot.pointee.count
            if slot.pointee.isEarlier(than: slots[usage.pointee.sample]) { usage.pointee.sample = index }
            usage.pointee.firstSeen = min(usage.pointee.firstSeen, slot.pointee.time)
            usage.pointee.lastSeen = max(usage.pointee.lastSeen, slot.pointee.last)
            // Slots arrive in hour order, one per hour and address.
            let hour = slot.pointee.hour
            if usage.pointee.hours.count < AddressUsage.hourLimit, usage.pointee.hours.last.map({ $0 < hour }) ?? true {
                usage.pointee.hours.append(hour)
            }
        }
    }
}
