/// An instant as milliseconds since 1970-01-01T00:00:00Z, parsed from and printed as RFC 3339.
///
/// Events carry their own UTC offset on the wire; Redflag keeps the instant and works out
/// local hours from the account's claimed time zone, never from the offset the feed used.
public struct Timestamp: Hashable, Sendable, Comparable, CustomStringConvertible {
    /// Milliseconds since the Unix epoch, UTC.
    public var milliseconds: Int64

    public init(milliseconds: Int64) { self.milliseconds = milliseconds }
    public init(seconds: Int64) { milliseconds = seconds * 1000 }

    /// Seconds since the epoch.
    public var seconds: Int64 { milliseconds >= 0 ? milliseconds / 1000 : (milliseconds - 999) / 1000 }
    /// Whole days since the epoch (UTC days).
    public var day: Int { Int(floorDivide(milliseconds, 86_400_000)) }
    /// Hour of the UTC day, 0–23.
    public var utcHour: Int { Int(floorDivide(milliseconds, 3_600_000) - Int64(day) * 24) }

    public static func < (lhs: Timestamp, rhs: Timestamp) -> Bool { lhs.milliseconds < rhs.milliseconds }

    public func adding(seconds: Int64) -> Timestamp { Timestamp(milliseconds: milliseconds + seconds * 1000) }

    /// Parses `2026-03-01T08:15:00Z`, `2026-03-01T17:15:00.250+09:00`, or a bare date `2026-03-01`
    /// (taken as midnight UTC, as profile fields like `created` are sometimes written). A space
    /// may stand for `T`. Returns nil for anything else, including impossible dates.
    public init?(rfc3339 text: some StringProtocol) {
        var string = String(text)
        guard let parsed = string.withUTF8({ Timestamp.parse($0) }) else { return nil }
        self = parsed
    }

    /// Parses the same forms from UTF-8 bytes (what decoders hold), without making a `String`.
    public init?(rfc3339UTF8 utf8: UnsafeBufferPointer<UInt8>) {
        guard let parsed = Timestamp.parseSecondsInUTC(utf8) ?? Timestamp.parse(utf8) else { return nil }
        self = parsed
    }

    /// The form nearly every event carries, `YYYY-MM-DDTHH:MM:SSZ`, read straight through; nil
    /// for anything else (including invalid dates), which ``parse(_:)`` then decides.
    static func parseSecondsInUTC(_ utf8: UnsafeBufferPointer<UInt8>) -> Timestamp? {
        guard utf8.count == 20, utf8[4] == 0x2D, utf8[7] == 0x2D, utf8[10] | 0x20 == UInt8(ascii: "t") || utf8[10] == 0x20, utf8[13] == 0x3A,
            utf8[16] == 0x3A, utf8[19] | 0x20 == UInt8(ascii: "z")
        else { return nil }
        var invalid = false
        @inline(__always) func digit(_ index: Int) -> Int {
            let value = utf8[index] &- 0x30
            invalid = invalid || value > 9
            return Int(value)
        }
        let year = digit(0) * 1000 + digit(1) * 100 + digit(2) * 10 + digit(3)
        let (month, dayOfMonth) = (digit(5) * 10 + digit(6), digit(8) * 10 + digit(9))
        let (hour, minute, second) = (digit(11) * 10 + digit(12), digit(14) * 10 + digit(15), digit(17) * 10 + digit(18))
        guard !invalid, (1...12).contains(month), dayOfMonth >= 1, dayOfMonth <= Self.daysIn(month: month, year: year),
            hour < 24, minute < 60, second < 61
        else { return nil }
        let days = Self.daysFromCivil(year: year, month: month, day: dayOfMonth)
        return Timestamp(milliseconds: (Int64(days) * 86_400 + Int64(hour * 3600 + minute * 60 + min(second, 59))) * 1000)
    }

    /// Any RFC 3339 date-time with an offset, or a full date alone.
    static func parse(_ utf8: UnsafeBufferPointer<UInt8>) -> Timestamp? {
        func digits(_ start: Int, _ count: Int) -> Int? {
            guard start + count <= utf8.count else { return nil }
            var value = 0
            for i in start..<(start + count) {
                let byte = utf8[i]
                guard byte >= 0x30 && byte <= 0x39 else { return nil }
                value = value * 10 + Int(byte - 0x30)
            }
            return value
        }
        guard let year = digits(0, 4), utf8.count >= 10, utf8[4] == 0x2D, let month = digits(5, 2), utf8[7] == 0x2D,
            let dayOfMonth = digits(8, 2), (1...12).contains(month),
            (1...Self.daysIn(month: month, year: year)).contains(dayOfMonth)
        else { return nil }
        let days = Self.daysFromCivil(year: year, month: month, day: dayOfMonth)
        if utf8.count == 10 { return Timestamp(milliseconds: Int64(days) * 86_400_000) }
        guard utf8.count >= 20, utf8[10] == UInt8(ascii: "T") || utf8[10] == UInt8(ascii: "t") || utf8[10] == 0x20,
            let hour = digits(11, 2), utf8[13] == 0x3A, let minute = digits(14, 2), utf8[16] == 0x3A,
            let second = digits(17, 2), hour < 24, minute < 60, second < 61
        else { return nil }
        var index = 19
        var millis = 0
        if utf8[index] == UInt8(ascii: ".") {
            index += 1
            var scale = 100
            let fractionStart = index
            while index < utf8.count, utf8[index] >= 0x30, utf8[index] <= 0x39 {
                millis += Int(utf8[index] - 0x30) * scale
                scale /= 10
                index += 1
            }
            guard index > fractionStart else { return nil }
        }
        guard index < utf8.count else { return nil }
        var offsetMinutes = 0
        switch utf8[index] {
        case UInt8(ascii: "Z"), UInt8(ascii: "z"):
            index += 1
        case UInt8(ascii: "+"), UInt8(ascii: "-"):
            guard let offsetHour = digits(index + 1, 2), utf8.count > index + 3, utf8[index + 3] == 0x3A,
                let offsetMinute = digits(index + 4, 2), offsetHour < 24, offsetMinute < 60
            else { return nil }
            offsetMinutes = (offsetHour * 60 + offsetMinute) * (utf8[index] == UInt8(ascii: "-") ? -1 : 1)
            index += 6
        default:
            return nil
        }
        guard index == utf8.count else { return nil }
        let secondsOfDay = hour * 3600 + minute * 60 + min(second, 59)
        let total = Int64(days) * 86_400 + Int64(secondsOfDay) - Int64(offsetMinutes * 60)
        return Timestamp(milliseconds: total * 1000 + Int64(millis))
    }

    /// RFC 3339 in UTC with a `Z`, milliseconds only when present.
    public var description: String { rfc3339(offsetMinutes: 0) }

    /// RFC 3339 with the wall-clock time of a UTC offset (`2026-03-01T17:15:00+09:00`), or `Z`
    /// for offset 0; milliseconds only when present. The instant is the same whatever the offset.
    public func rfc3339(offsetMinutes: Int) -> String {
        let local = milliseconds + Int64(offsetMinutes) * 60_000
        let days = Int(floorDivide(local, 86_400_000))
        let msOfDay = Int(local - Int64(days) * 86_400_000)
        let (year, month, dayOfMonth) = Self.civil(fromDays: days)
        let hour = msOfDay / 3_600_000, minute = msOfDay / 60_000 % 60, second = msOfDay / 1000 % 60
        let ms = msOfDay % 1000
        func pad(_ value: Int, _ width: Int) -> String {
            let text = String(value)
            return String(repeating: "0", count: max(0, width - text.count)) + text
        }
        var result = "\(pad(year, 4))-\(pad(month, 2))-\(pad(dayOfMonth, 2))T\(pad(hour, 2)):\(pad(minute, 2)):\(pad(second, 2))"
        if ms != 0 { result += ".\(pad(ms, 3))" }
        guard offsetMinutes != 0 else { return result + "Z" }
        let magnitude = abs(offsetMinutes)
        return result + (offsetMinutes < 0 ? "-" : "+") + pad(magnitude / 60, 2) + ":" + pad(magnitude % 60, 2)
    }

    /// The `YYYY-MM-DD` of the UTC day.
    public var dayString: String { String(description.prefix(10)) }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    /// Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's algorithm).
    public static func daysFromCivil(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    static func civil(fromDays days: Int) -> (Int, Int, Int) {
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let mp = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }
}

func floorDivide(_ a: Int64, _ b: Int64) -> Int64 {
    let quotient = a / b
    return (a % b != 0 && (a < 0) != (b < 0)) ? quotient - 1 : quotient
}
