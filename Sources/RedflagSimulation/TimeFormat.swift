import RedflagPrimitives

/// The simulator's timestamps: Unix seconds and day numbers written through `Timestamp`.
enum TimeFormat {
    /// `2026-03-01T08:15:00Z`, or with `+09:00`-style offset when `offsetMinutes` is not zero
    /// (the wall-clock time is then shown in that offset; the instant is the same).
    static func rfc3339(_ seconds: Int64, offsetMinutes: Int = 0) -> String {
        Timestamp(seconds: seconds).rfc3339(offsetMinutes: offsetMinutes)
    }

    /// `2026-03-01` for a day number counted from 1970-01-01.
    static func date(days: Int64) -> String {
        Timestamp(seconds: days * 86_400).dayString
    }

    /// Days since 1970-01-01 for `YYYY-MM-DD`; nil when malformed or not a real date.
    static func days(fromDate text: String) -> Int64? {
        guard text.utf8.count == 10 else { return nil }
        return Timestamp(rfc3339: text).map { Int64($0.day) }
    }
}
