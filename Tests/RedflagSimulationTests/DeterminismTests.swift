import Foundation
import Testing
@testable import RedflagSimulation

@Suite("Determinism")
struct DeterminismTests {
    @Test("the same seed gives byte-identical events and labels")
    func sameSeedSameBytes() throws {
        let config = SimulationConfig(accounts: 120, days: 10, seed: 7)
        var eventsA = "", labelsA = "", eventsB = "", labelsB = ""
        _ = try Simulator(config).run(events: &eventsA, labels: &labelsA)
        _ = try Simulator(config).run(events: &eventsB, labels: &labelsB)
        #expect(!eventsA.isEmpty)
        #expect(eventsA == eventsB)
        #expect(labelsA == labelsB)
    }

    @Test("a different seed gives different output")
    func differentSeedDiffers() throws {
        var a = "", b = "", la = "", lb = ""
        _ = try Simulator(SimulationConfig(accounts: 60, days: 5, seed: 1)).run(events: &a, labels: &la)
        _ = try Simulator(SimulationConfig(accounts: 60, days: 5, seed: 2)).run(events: &b, labels: &lb)
        #expect(a != b)
    }

    @Test("write(to:) creates the three files, matching run()")
    func writesFiles() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("redflag-sim-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: directory) }
        let config = SimulationConfig(accounts: 80, days: 6, seed: 9)
        let summary = try Simulator(config).write(to: directory)
        let events = try String(contentsOf: directory.appendingPathComponent("events.ndjson"), encoding: .utf8)
        let labels = try String(contentsOf: directory.appendingPathComponent("labels.csv"), encoding: .utf8)
        let readme = try String(contentsOf: directory.appendingPathComponent("README.txt"), encoding: .utf8)
        var expected = "", expectedLabels = ""
        _ = try Simulator(config).run(events: &expected, labels: &expectedLabels)
        #expect(events == expected)
        #expect(labels == expectedLabels)
        #expect(events.split(separator: "\n").count == summary.lines)
        #expect(readme.contains("seed=9"))
    }

    @Test("invalid configuration is rejected with the field named")
    func invalidConfig() {
        #expect(throws: SimulationError.invalidConfig(field: "start", value: "2026-13-01", reason: "expected YYYY-MM-DD")) {
            try Simulator(SimulationConfig(start: "2026-13-01"))
        }
        #expect(throws: SimulationError.self) { try Simulator(SimulationConfig(accounts: 0)) }
        #expect(throws: SimulationError.self) { try Simulator(SimulationConfig(activityScale: -1)) }
    }

    @Test("RFC 3339 formatting of known instants")
    func timeFormat() {
        #expect(TimeFormat.rfc3339(0) == "1970-01-01T00:00:00Z")
        let march = TimeFormat.days(fromDate: "2026-03-01")! * 86_400
        #expect(TimeFormat.rfc3339(march + 8 * 3600 + 15 * 60) == "2026-03-01T08:15:00Z")
        #expect(TimeFormat.rfc3339(march + 8 * 3600, offsetMinutes: 540) == "2026-03-01T17:00:00+09:00")
        #expect(TimeFormat.rfc3339(march, offsetMinutes: -300) == "2026-02-28T19:00:00-05:00")
        #expect(TimeFormat.days(fromDate: "2024-02-29").map { TimeFormat.date(days: $0) } == "2024-02-29")
    }
}
