import Foundation

/// Runs a simulation and writes its events (NDJSON) and ground-truth labels (CSV) to text streams.
///
/// Output is streamed day by day: memory holds the cast and at most `maxDelayDays + 1` days of events.
public struct Simulator: Sendable {
    public let config: SimulationConfig
    private let startSeconds: Int64

    public init(_ config: SimulationConfig) throws(SimulationError) {
        guard (1...1_000_000).contains(config.accounts) else {
            throw .invalidConfig(field: "accounts", value: String(config.accounts), reason: "must be 1...1000000")
        }
        guard (1...3650).contains(config.days) else { throw .invalidConfig(field: "days", value: String(config.days), reason: "must be 1...3650") }
        guard config.activityScale > 0, config.activityScale <= 50 else {
            throw .invalidConfig(field: "activityScale", value: String(config.activityScale), reason: "must be in (0, 50]")
        }
        guard (0...0.5).contains(config.dprkShare) else {
            throw .invalidConfig(field: "dprkShare", value: String(config.dprkShare), reason: "must be 0...0.5")
        }
        guard (0...1).contains(config.duplicateRate), (0...1).contains(config.lateRate), (0...30).contains(config.maxDelayDays) else {
            throw .invalidConfig(field: "duplicateRate/lateRate/maxDelayDays", value: "\(config.duplicateRate)/\(config.lateRate)/\(config.maxDelayDays)",
                                 reason: "rates must be 0...1, delay 0...30 days")
        }
        for (name, weight) in config.honestWeights.sorted(by: { $0.key < $1.key }) {
            guard let persona = Persona(rawValue: name), !persona.isDPRK else {
                let honest = Persona.honestMix.map(\.0.rawValue).joined(separator: ", ")
                throw .invalidConfig(field: "honestWeights", value: name, reason: "not an honest persona (\(honest))")
            }
            guard weight >= 0, weight.isFinite else {
                throw .invalidConfig(field: "honestWeights", value: "\(persona.rawValue)=\(weight)", reason: "weight must be 0 or more")
            }
        }
        guard Persona.mix(overriding: config.honestWeights).contains(where: { $0.1 > 0 }) else {
            throw .invalidConfig(field: "honestWeights", value: "all 0", reason: "at least one honest persona needs a weight")
        }
        guard let days = TimeFormat.days(fromDate: config.start) else {
            throw .invalidConfig(field: "start", value: config.start, reason: "expected YYYY-MM-DD")
        }
        self.config = config
        startSeconds = days * 86_400
    }

    /// Writes `labels.csv` rows to `labels` first, then every event line to `events`.
    public func run(events: inout some TextOutputStream, labels: inout some TextOutputStream) -> SimulationSummary {
        let cast = Cast(config, start: startSeconds)
        labels.write("account,label,persona,team\n")
        var personas: [String: Int] = [:]
        for plan in cast.plans {
            let team = plan.team.map { cast.teams[$0] }
            let persona = team.map { "\(plan.persona.rawValue)_\($0.care.rawValue)" } ?? plan.persona.rawValue
            personas[persona, default: 0] += 1
            labels.write("\(plan.id),\(plan.isDPRK ? "dprk" : "honest"),\(persona),\(team?.id ?? "")\n")
        }
        var states = cast.plans.map { SimulatedAccount(plan: $0, cast: cast) }
        var writer = EventWriter(config: config)
        for day in 0..<config.days {
            for index in cast.plans.indices {
                DayContext(cast: cast, plan: cast.plans[index], day: day).play(&states[index], &writer)
            }
            writer.deliver(day: day, to: &events)
        }
        writer.drain(after: config.days - 1, to: &events)
        return SimulationSummary(
            events: writer.eventCount, lines: writer.lineCount, duplicates: writer.duplicateCount, accounts: cast.plans.count,
            dprkAccounts: cast.plans.filter(\.isDPRK).count, teams: cast.teams.count, personas: personas, eventTypes: writer.typeCounts
        )
    }

    /// Writes `events.ndjson`, `labels.csv` and `README.txt` into `directory` (created if missing).
    @discardableResult
    public func write(to directory: URL) throws(SimulationError) -> SimulationSummary {
        do {
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        } catch {
            throw .write(path: directory.path, reason: String(describing: error))
        }
        var events = try FileTextSink(directory.appendingPathComponent("events.ndjson"))
        var labels = try FileTextSink(directory.appendingPathComponent("labels.csv"))
        let summary = run(events: &events, labels: &labels)
        try events.close()
        try labels.close()
        var readme = try FileTextSink(directory.appendingPathComponent("README.txt"))
        readme.write(RunReadme.text(config: config, summary: summary))
        try readme.close()
        return summary
    }
}
