import Foundation
import RedflagPrimitives

/// The local time of one IANA zone: UTC offset, local hour and working-day tests for an instant.
///
/// Uses Foundation's `TimeZone`, so daylight-saving rules come from the system's zone data.
public struct LocalClock: Sendable, Hashable {
    /// The IANA identifier (`America/Chicago`).
    public let identifier: String
    private let zone: TimeZone

    /// Nil for an identifier Foundation does not know.
    public init?(zone identifier: String) {
        guard let zone = TimeZone(identifier: identifier) else { return nil }
        self.identifier = identifier
        self.zone = zone
    }

    /// Seconds east of UTC in force at `instant` (−18000 for Chicago in summer).
    public func utcOffsetSeconds(at instant: Timestamp) -> Int {
        zone.secondsFromGMT(for: Self.date(instant))
    }

    /// Minutes since local midnight at `instant`.
    public func localMinuteOfDay(at instant: Timestamp) -> Int {
        let localSeconds = instant.seconds + Int64(utcOffsetSeconds(at: instant))
        let secondsOfDay = ((localSeconds % 86_400) + 86_400) % 86_400
        return Int(secondsOfDay / 60)
    }

    /// The local hour, 0–23.
    public func localHour(at instant: Timestamp) -> Int { localMinuteOfDay(at: instant) / 60 }

    /// Whether `instant` falls inside `hours` on the local clock.
    public func isWithinWorkingDay(_ instant: Timestamp, hours: WorkingHours = .standard) -> Bool {
        hours.contains(minuteOfDay: localMinuteOfDay(at: instant))
    }

    static func date(_ instant: Timestamp) -> Date {
        Date(timeIntervalSince1970: Double(instant.milliseconds) / 1000)
    }
}

/// A local working day, `start` inclusive to `end` exclusive, in whole hours (08:00–20:00 by default).
public struct WorkingHours: Sendable, Hashable, Codable {
    public var start: Int
    public var end: Int

    public init(start: Int, end: Int) {
        self.start = start
        self.end = end
    }

    /// 08:00–20:00.
    public static let standard = WorkingHours(start: 8, end: 20)

    /// Whether a local minute of the day is inside; a range that wraps midnight (22–06) is allowed.
    public func contains(minuteOfDay minute: Int) -> Bool {
        let from = start * 60
        let to = end * 60
        return from <= to ? (minute >= from && minute < to) : (minute >= from || minute < to)
    }
}
