import Foundation
import RedflagPrimitives

/// More worked time a day than one person sustains, or activity round the clock.
struct MarathonRule: Rule {
    let metadata = RuleMetadata(
        id: "activity.marathon", title: "More hours than one person works",
        description: "Days with more tracked work than one person sustains (over 14 hours of the day covered by work segments — overlapping segments from several sources count once), or activity in nearly every hour of the day, on several days: the account is worked in shifts by several people.",
        sources: [Advisory.press, Advisory.fbiPSA2024], family: .activity, strength: .moderate,
        parameters: ["max_daily_minutes": 840, "round_the_clock_hours": 20, "min_days": 3]).workersOnly()

    func evaluate(_ account: AccountState, in population: Population, settings: RuleSettings) -> Finding? {
        let long = account.activity.days.filter { $0.value.workedMinutes > settings["max_daily_minutes"] }
        let roundClock = account.activity.days.filter { $0.value.activeHours >= Int(settings["round_the_clock_hours"]) }
        let days = Set(long.keys).union(roundClock.keys)
        guard days.count >= Int(settings["min_days"]) else { return nil }
        let longest = long.values.map(\.workedMinutes).max().map { String(format: "%.1f", $0 / 60) }
        var parts: [String] = []
        if !long.isEmpty { parts.append("\(long.count) days over \(Int(settings["max_daily_minutes"] / 60)) h worked (longest \(longest!) h)") }
        if !roundClock.isEmpty { parts.append("\(roundClock.count) days active in ≥\(Int(settings["round_the_clock_hours"])) hours") }
        let evidence = days.sorted().map { day -> Evidence in
            let activity = account.activity.days[day]!
            return Evidence(time: startOfDay(day), eventID: "day:\(startOfDay(day).dayString)", account: account.id,
                facts: [Fact("worked_hours", String(format: "%.1f", activity.workedMinutes / 60)), Fact("active_hours", String(activity.activeHours))])
        }
        return finding(settings, intensity: min(1.5, 0.7 + 0.1 * Double(days.count)), parts.joined(separator: "; "), evidence)
    }
}

/// No rest gap of four hours within 24 hours, repeatedly.
struct AlwaysOnRule: Rule {
    let metadata = RuleMetadata(
        id: "activity.always_on", title: "Never offline for four hours",
        description: "On several days there is no 24-hour window with a gap of four hours or more between sessions: nobody sleeps on this account.",
        sources: [Advisory.press, Advisory.mandiant2024], family: .activity, strength: .moderate,
        parameters: ["min_gap_hours": 4, "min_days": 3]).workersOnly()

    func evaluate(_ account: AccountState, in population: Population, settings: RuleSettings) -> Finding? {
        let gap = Int(settings["min_gap_hours"])
        var alwaysOnDays: [Int] = []
        for (day, today) in account.activity.days {
            guard let tomorrow = account.activity.days[day + 1] else { continue }
            let mask = UInt64(today.hourMask) | UInt64(tomorrow.hourMask) << 24
            if Self.hasWindowWithoutGap(mask, gap: gap) { alwaysOnDays.append(day) }
        }
        guard alwaysOnDays.count >= Int(settings["min_days"]) else { return nil }
        let evidence = alwaysOnDays.sorted().map {
            Evidence(time: startOfDay($0), eventID: "day:\(startOfDay($0).dayString)", account: account.id,
                facts: [Fact("active_hours", String(account.activity.days[$0]!.activeHours))])
        }
        return finding(settings, intensity: min(1.5, 0.7 + 0.1 * Double(alwaysOnDays.count)),
            "\(alwaysOnDays.count) days without a \(gap)-hour break in any 24 hours", evidence)
    }

    /// Whether some 24-hour window starting in the first day of `mask` (48 hourly activity bits,
    /// two days) has no run of `gap` inactive hours.
    static func hasWindowWithoutGap(_ mask: UInt64, gap: Int) -> Bool {
        guard gap >= 1 else { return false }
        guard gap <= 24 else { return true }
        let inactive = ~mask & (1 << 48 - 1)
        // Bit i of `runs`: hours i..<i+gap are all inactive.
        var runs = inactive
        for shift in 1..<gap { runs &= inactive >> UInt64(shift) }
        let starts: UInt64 = 1 << UInt64(24 - gap + 1) - 1
        return (0..<24).contains { (runs >> UInt64($0)) & starts == 0 }
    }

    /// Longest run of inactive hours in the 24-hour window starting at `start`.
    static func longestGap(_ mask: UInt64, from start: Int) -> Int {
        var longest = 0, current = 0
        for hour in start..<(start + 24) {
            if mask >> UInt64(hour) & 1 == 0 {
                current += 1
                longest = max(longest, current)
            } else {
                current = 0
            }
        }
        return longest
    }
}

/// Working hours centred in the claimed zone's night, over weeks.
struct OffHoursRule: Rule {
    let metadata = RuleMetadata(
        id: "activity.off_hours", title: "Works at night in the claimed time zone",
        description: "Over weeks, activity is centred far from the working day of the claimed time zone (for a US profile, on Asian daytime). Weak alone: night owls exist. When it is centred on the daytime (within `daytime_hours` of 14:00) of a high-risk origin the account's sessions leaked from (network.leak), the two corroborate where the operator works and it counts `corroborated` times its weight — not for a country whose clocks span more than two hours (Russia), which has daytime somewhere at any hour.",
        sources: [Advisory.fbiROK2023, Advisory.mandiant2024], family: .location, strength: .weak,
        parameters: ["min_days": 14, "min_distance_hours": 7, "daytime_hours": 3, "corroborated": 2]).workersOnly()

    func evaluate(_ account: AccountState, in population: Population, settings: RuleSettings) -> Finding? {
        guard account.activity.days.count >= Int(settings["min_days"]) else { return nil }
        var zones: [String] = []
        if let zone = account.profile.timezone.value { zones = [zone] } else if let country = account.claimedCountry {
            zones = population.context.geography.timeZones(of: country)
        }
        let reference = Date(timeIntervalSince1970: Double(account.lastSeen?.seconds ?? 0))
        let offsets = Set(Self.utcOffsets(zones, at: reference))
        guard !offsets.isEmpty, let utcCentre = Self.circularMeanHour(account.activity.hourHistogram) else { return nil }
        // Benefit of the doubt: the zone of the claimed country that fits best.
        // Two zones equally far from the afternoon: the westernmost, whatever the set's order.
        let best = offsets.map { offset in (offset, Self.hourDistance(Self.localHour(utcCentre, offset: offset), 14)) }
            .min { ($0.1, $0.0) < ($1.1, $1.0) }!
        guard best.1 >= settings["min_distance_hours"] else { return nil }
        let local = Self.localHour(utcCentre, offset: best.0)
        let zone = account.profile.timezone.value ?? "\(account.claimedCountry!.code) time"
        let leaks = LeakRule.leaks(of: account)
        // A country whose clocks span more than two hours (Russia) has some zone in daytime at any hour.
        let origin = Set(leaks.compactMap(\.country)).sorted { $0.code < $1.code }.first { country in
            let offsets = Self.utcOffsets(population.context.geography.timeZones(of: country), at: reference)
            guard let earliest = offsets.min(), let latest = offsets.max(), latest - earliest <= 7_200 else { return false }
            return offsets.contains { Self.hourDistance(Self.localHour(utcCentre, offset: $0), 14) <= settings["daytime_hours"] }
        }
        let summary = String(format: "activity centred on %02d:%02d in %@ over %d active days", Int(local), Int(local * 60) % 60, zone, account.activity.days.count)
        guard let origin else { return finding(settings, summary, []) }
        let fromOrigin = leaks.filter { $0.country == origin }
        return finding(settings, intensity: settings["corroborated"],
            summary + " — daytime in \(origin.code), where \(fromOrigin.count) of its sessions came from", fromOrigin.map(\.evidence))
    }

    /// The offsets from UTC, in seconds, of the named time zones at `date` (unknown names left out).
    static func utcOffsets(_ zones: [String], at date: Date) -> [Int] {
        zones.compactMap { TimeZone(identifier: $0)?.secondsFromGMT(for: date) }
    }

    /// The hour of the day (0..<24) at `offset` seconds from UTC of the UTC hour `utcHour`.
    static func localHour(_ utcHour: Double, offset: Int) -> Double {
        let local = (utcHour + Double(offset) / 3600).truncatingRemainder(dividingBy: 24)
        return local < 0 ? local + 24 : local
    }

    /// Activity-weighted circular mean of a 24-bin histogram, in hours; nil when flat.
    static func circularMeanHour(_ histogram: [Double]) -> Double? {
        var x = 0.0, y = 0.0
        for (hour, weight) in histogram.enumerated() {
            let angle = Double(hour) + 0.5
            x += weight * cos(angle * .pi / 12)
            y += weight * sin(angle * .pi / 12)
        }
        let total = histogram.reduce(0, +)
        guard total > 0, (x * x + y * y).squareRoot() / total > 0.15 else { return nil }
        let hours = atan2(y, x) * 12 / .pi
        return hours < 0 ? hours + 24 : hours
    }

    static func hourDistance(_ a: Double, _ b: Double) -> Double {
        let difference = abs(a - b).truncatingRemainder(dividingBy: 24)
        return min(difference, 24 - difference)
    }
}
