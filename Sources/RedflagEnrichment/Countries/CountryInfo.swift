import RedflagPrimitives

/// An IANA time zone of a country with the coordinate tzdata gives its principal city.
public struct CountryTimeZone: Sendable, Hashable {
    public var identifier: String
    public var coordinate: Coordinate
}

/// What Redflag knows about a country: calling codes, time zones and a representative point.
public struct CountryInfo: Sendable, Hashable {
    public var code: CountryCode
    /// The English short name (tzdata's `iso3166.tab`).
    public var name: String { code.name }
    /// Calling codes of the country from the phone table (`[1]` for US and CA, `[7]` for RU and KZ).
    public var callingCodes: [Int]
    /// Zones whose clocks the country has kept since 1970 (tzdata `zone1970.tab`), most populous first.
    /// A zone may be shared: Réunion lists Asia/Dubai, which keeps the same time.
    public var zones: [CountryTimeZone]
    /// The zone of the representative point: the country's first zone in tzdata `zone.tab` (its own
    /// city, e.g. Europe/Vaduz for LI), or the most populous zone for AU, BR, CA, RU and UA.
    public var representativeZone: CountryTimeZone?

    /// The representative point: the coordinate of ``representativeZone``.
    public var representativeCoordinate: Coordinate? { representativeZone?.coordinate }

    /// The clock of every zone Foundation knows.
    public var clocks: [LocalClock] { zones.compactMap { LocalClock(zone: $0.identifier) } }

    /// The distinct UTC offsets (seconds) in force across the country at `instant`.
    public func utcOffsets(at instant: Timestamp) -> Set<Int> {
        Set(clocks.map { $0.utcOffsetSeconds(at: instant) })
    }

    /// Every UTC offset the country uses in the year around `instant`, with and without daylight saving
    /// (offsets sampled monthly over the 365 days starting 6 months before).
    public func utcOffsetsAcrossYear(around instant: Timestamp) -> Set<Int> {
        var offsets: Set<Int> = []
        for month in -6..<6 {
            offsets.formUnion(utcOffsets(at: instant.adding(seconds: Int64(month) * 30 * 86_400)))
        }
        return offsets
    }

    /// Whether `instant` is inside the working day in ANY zone of the country (for a claimed
    /// country without a claimed zone).
    public func isWithinWorkingDayInAnyZone(_ instant: Timestamp, hours: WorkingHours = .standard) -> Bool {
        clocks.contains { $0.isWithinWorkingDay(instant, hours: hours) }
    }

    /// The local hours (0–23) at `instant` across the country's zones.
    public func localHours(at instant: Timestamp) -> Set<Int> {
        Set(clocks.map { $0.localHour(at: instant) })
    }
}
