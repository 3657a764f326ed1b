/// Turns events into NDJSON lines and delivers them the way a real feed does: grouped by day,
/// shuffled inside the day, some late by up to `maxDelayDays`, a few delivered twice with the same `id`.
struct EventWriter {
    private var buckets: [[String]]
    private var rng: SeededGenerator
    private let maxDelay: Int
    private let duplicateRate: Double
    private let lateRate: Double
    private(set) var eventCount = 0
    private(set) var lineCount = 0
    private(set) var duplicateCount = 0
    private(set) var typeCounts: [String: Int] = [:]

    init(config: SimulationConfig) {
        maxDelay = max(0, config.maxDelayDays)
        buckets = Array(repeating: [], count: maxDelay + 1)
        rng = SeededGenerator(seed: config.seed, stream: 3)
        duplicateRate = config.duplicateRate
        lateRate = config.lateRate
    }

    /// Queues one event generated on `day`. `offsetMinutes` writes `time` in that UTC offset instead of `Z`.
    mutating func emit(_ type: String, day: Int, time: Int64, account: String, offsetMinutes: Int = 0, _ fields: FieldList) {
        var line = "{\"type\":"
        JSONValue.quote(type, into: &line)
        line += ",\"id\":\"evt-" + rng.hex(16) + "\",\"time\":"
        JSONValue.quote(TimeFormat.rfc3339(time, offsetMinutes: offsetMinutes), into: &line)
        line += ",\"account\":"
        JSONValue.quote(account, into: &line)
        for (key, value) in fields.fields {
            line += ","
            JSONValue.quote(key, into: &line)
            line += ":"
            value.render(into: &line)
        }
        line += "}\n"
        eventCount += 1
        typeCounts[type, default: 0] += 1
        var delay = 0
        if maxDelay > 0, rng.chance(lateRate) { delay = 1 + rng.below(maxDelay) }
        buckets[(day + delay) % buckets.count].append(line)
        if rng.chance(duplicateRate) {
            duplicateCount += 1
            let later = maxDelay > 0 ? rng.below(maxDelay + 1) : 0
            buckets[(day + later) % buckets.count].append(line)
        }
    }

    /// Writes the lines due on `day` in shuffled order.
    mutating func deliver(day: Int, to sink: inout some TextOutputStream) {
        let slot = day % buckets.count
        var lines = buckets[slot]
        buckets[slot] = []
        rng.shuffle(&lines)
        for line in lines { sink.write(line) }
        lineCount += lines.count
    }

    /// Writes everything still queued after the last day.
    mutating func drain(after lastDay: Int, to sink: inout some TextOutputStream) {
        for day in (lastDay + 1)...(lastDay + buckets.count) { deliver(day: day, to: &sink) }
    }
}
