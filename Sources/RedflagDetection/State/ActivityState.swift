import RedflagPrimitives

/// When an account is active: per UTC day, minutes worked and which hours saw any activity.
public struct ActivityState: Sendable {
    public var days: [Int: DayActivity] = [:]
    /// Minutes of activity per UTC hour of day (work minutes, plus a nominal minute per login or bid).
    public var hourHistogram = [Double](repeating: 0, count: 24)
    /// Work segments as they arrive, in milliseconds since the epoch; coalesced whenever the log
    /// doubles, so it holds about one entry per stretch of work, not one per segment.
    private var workLog: [(start: Int64, end: Int64)] = []
    private var coalescedCount = 0

    public init() {}

    /// Marks a point of activity (login, bid, message) at `time`.
    mutating func mark(_ time: Timestamp) {
        days[time.day, default: DayActivity()].hourMask |= 1 << UInt32(time.utcHour)
        hourHistogram[time.utcHour] += 1
    }

    /// Notes a work segment: the hours it covers are active now, its minutes are counted by ``finish()``.
    mutating func work(from start: Timestamp, minutes: Double) {
        var cursor = start.milliseconds
        let end = start.milliseconds + Int64(minutes * 60_000)
        guard cursor < end else { return }
        workLog.append((cursor, end))
        if workLog.count >= max(256, 2 * coalescedCount) { coalesce() }
        while cursor < end {
            let time = Timestamp(milliseconds: cursor)
            let sliceEnd = min((Int64(time.day) * 24 + Int64(time.utcHour) + 1) * 3_600_000, end)
            days[time.day, default: DayActivity()].hourMask |= 1 << UInt32(time.utcHour)
            hourHistogram[time.utcHour] += Double(sliceEnd - cursor) / 60_000
            cursor = sliceEnd
        }
    }

    /// Sets each day's worked minutes: the time work segments cover, each minute once however many
    /// segments cover it — a time tracker, a single-sign-on session and a VPN session of the same hours
    /// are one person's same work, not three times as much.
    mutating func finish() {
        coalesce()
        for index in days.indices { days.values[index].workedMinutes = 0 }
        for (start, end) in workLog {
            var cursor = start
            while cursor < end {
                let day = Timestamp(milliseconds: cursor).day
                let sliceEnd = min(Int64(day + 1) * 86_400_000, end)
                days[day, default: DayActivity()].workedMinutes += Double(sliceEnd - cursor) / 60_000
                cursor = sliceEnd
            }
        }
    }

    /// Sorts the log and merges segments that overlap or touch.
    private mutating func coalesce() {
        workLog.sort { $0.start < $1.start }
        var merged: [(start: Int64, end: Int64)] = []
        for segment in workLog {
            if let last = merged.last, segment.start <= last.end {
                merged[merged.count - 1].end = max(last.end, segment.end)
            } else {
                merged.append(segment)
            }
        }
        workLog = merged
        coalescedCount = merged.count
    }
}

/// One UTC day of activity.
public struct DayActivity: Sendable, Hashable {
    /// Minutes of the day that work segments cover (see ``ActivityState/finish()``).
    public internal(set) var workedMinutes: Double = 0
    /// Bit h set when hour h (UTC) saw activity.
    public var hourMask: UInt32 = 0
    public var activeHours: Int { hourMask.nonzeroBitCount }
}

/// Bids: per-day counts, client countries, and text fingerprints for template detection.
public struct BidState: Sendable {
    public var perDay: [Int: Int] = [:]
    public var total = 0
    public var clientCountries: [CountryCode: Int] = [:]
    /// MinHash signatures of distinct long proposal texts, with the earliest bid of each for evidence.
    public var fingerprints: [MinHashSignature: Evidence] = [:]
    /// Hashes of proposal texts already fingerprinted, so a text sent again is not hashed again.
    public var textHashes = Set<UInt64>()
    public var samples: [Evidence] = []
    public init() {}
}

/// One payout or payout-method event.
public struct PayoutRecord: Sendable, Hashable, Comparable {
    public var evidence: Evidence
    public var method: String?
    public var destination: String?
    public var holder: String?
    public var country: CountryCode?
    public var wallet: String?
    public var amount: Double?
    public static func < (lhs: PayoutRecord, rhs: PayoutRecord) -> Bool { lhs.evidence < rhs.evidence }
}

/// One equipment shipment.
public struct ShipmentRecord: Sendable, Hashable, Comparable {
    public var evidence: Evidence
    public var normalizedAddress: String
    public var line1: String
    public var city: String
    public var country: CountryCode
    public var recipient: String?
    public var serial: String?
    public static func < (lhs: ShipmentRecord, rhs: ShipmentRecord) -> Bool { lhs.evidence < rhs.evidence }
}

/// Telemetry of managed devices.
public struct EndpointState: Sendable {
    /// Remote-control tools seen, by tool name, with the earliest report.
    public var remoteTools: [String: Evidence] = [:]
    public var kvmEvidence: [Evidence] = []
    /// Check-ins with an address, earliest first (bounded), and per-country counts.
    public var checkIns: [Sighting] = []
    public var checkInCountries: [CountryCode: Int] = [:]
    public var anonymizedCheckIns = 0
    public init() {}
}

/// Interviews, document checks and reference checks.
public struct HiringState: Sendable {
    public var interviews: [InterviewRecord] = []
    public var documents: [DocumentRecord] = []
    public var references: [ReferenceRecord] = []
    public init() {}
}

public struct InterviewRecord: Sendable, Hashable {
    public var evidence: Evidence
    public var video: Bool?
    public var camera: Bool?
    public var flags: [String]
}

public struct DocumentRecord: Sendable, Hashable {
    public var evidence: Evidence
    public var result: String?
    public var reason: String?
    public var numberHash: String?
    public var photoHash: String?
    public var name: String?
}

public struct ReferenceRecord: Sendable, Hashable {
    public var evidence: Evidence
    public var result: String?
    public var institution: String?
    public var domain: String?
}

/// Messages: when each conversation started and which messages push off the platform.
public struct MessageState: Sendable {
    public var firstContact: [String: Timestamp] = [:]
    /// The earliest messages proposing another channel (Telegram, WhatsApp, …).
    public var offPlatform: [OffPlatformMessage] = []
    /// The earliest messages asking to be paid outside the platform (directly, in USDT, …).
    public var paymentsOffPlatform: [OffPlatformMessage] = []
    public init() {}
}

/// A sent message that proposes leaving the platform, and the channel it proposes.
public struct OffPlatformMessage: Sendable, Hashable, Comparable {
    public var evidence: Evidence
    public var counterparty: String?
    public var channel: String
    public static func < (lhs: OffPlatformMessage, rhs: OffPlatformMessage) -> Bool { lhs.evidence < rhs.evidence }
}

/// A review the account received.
public struct ReviewRecord: Sendable, Hashable {
    public var evidence: Evidence
    public var from: String
    public var rating: Double
}
