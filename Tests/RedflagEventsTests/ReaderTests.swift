import Foundation
import Testing

@testable import RedflagEvents
import RedflagPrimitives

@Suite struct ReaderTests {
    func readAll(_ path: String) throws -> (events: [Event], errors: [DecodeError]) {
        var events: [Event] = [], errors: [DecodeError] = []
        try EventReader().read(path: path, accept: { events.append($0) }, reject: { errors.append($0) })
        return (events, errors)
    }

    static let lines = [
        #"{"type":"login","time":"2026-01-01T00:00:00Z","account":"a","ip":"1.2.3.4"}"#,
        "",
        #"{"type":"login","time":"2026-01-01T00:00:00Z","account":"a","ip":"nope"}"#,
        "   ",
        #"{"type":"work","time":"2026-01-01T01:00:00Z","account":"a","minutes":30}"#,
    ]

    @Test func skipsBlankLinesAndKeepsGoingAfterABadLine() throws {
        let path = try Fixtures.temporaryFile("e.ndjson", Data(Self.lines.joined(separator: "\r\n").utf8))
        let (events, errors) = try readAll(path)
        #expect(events.count == 2)
        #expect(errors.count == 1)
        #expect(errors.first?.location.line == 3)
        #expect(errors.first?.field == "ip")
        #expect(events.last?.source?.line == 5)
    }

    @Test func readsGzipWhateverTheFileIsCalled() throws {
        let plain = try Fixtures.temporaryFile("e.ndjson", Data((Self.lines.joined(separator: "\n") + "\n").utf8))
        let gzip = Process()
        gzip.executableURL = URL(fileURLWithPath: "/bin/sh")
        gzip.arguments = ["-c", "gzip -c '\(plain)' > '\(plain).data'; gzip -c '\(plain)' >> '\(plain).data'"]
        try gzip.run()
        gzip.waitUntilExit()
        let (events, errors) = try readAll(plain + ".data")
        #expect(events.count == 4, "two concatenated gzip members")
        #expect(errors.map(\.location.line) == [3, 8])
    }

    @Test func truncatedGzipIsAnInputError() throws {
        let plain = try Fixtures.temporaryFile("e.ndjson", Data(String(repeating: Self.lines[0] + "\n", count: 200).utf8))
        let gzip = Process()
        gzip.executableURL = URL(fileURLWithPath: "/bin/sh")
        gzip.arguments = ["-c", "gzip -c '\(plain)' | head -c 60 > '\(plain).gz'"]
        try gzip.run()
        gzip.waitUntilExit()
        #expect(throws: InputError.self) { try readAll(plain + ".gz") }
    }

    @Test func missingFileIsAnInputErrorNamingIt() {
        do {
            _ = try readAll("/nonexistent/events.ndjson")
            Issue.record("expected an error")
        } catch let error as InputError {
            #expect(error.path == "/nonexistent/events.ndjson")
        } catch {
            Issue.record("unexpected \(error)")
        }
    }

    @Test func longLinesGrowTheBuffer() throws {
        let text = String(repeating: "x", count: 3_000_000)
        let line = #"{"type":"message","time":"2026-01-01T00:00:00Z","account":"a","text":"\#(text)"}"#
        let path = try Fixtures.temporaryFile("long.ndjson", Data((line + "\n" + Self.lines[0] + "\n").utf8))
        let (events, errors) = try readAll(path)
        #expect(events.count == 2)
        #expect(errors.isEmpty)
    }

    @Test func duplicateFilterCountsAnIdOnce() {
        var filter = DuplicateFilter()
        let first = filter.insert("a"), second = filter.insert("b"), again = filter.insert("a")
        #expect(first && second && !again)
        #expect(filter.count == 2)
    }

    /// Growing, reserving ahead and reserving after inserting keep every id exactly once.
    @Test func duplicateFilterKeepsItsIdsThroughGrowthAndReservation() {
        var grown = DuplicateFilter(), reserved = DuplicateFilter()
        reserved.reserveCapacity(50_000)
        var newIDs = 0, repeats = 0
        for index in 0..<20_000 {
            if grown.insert(CompactString("evt-\(index)")) { newIDs += 1 }
            if reserved.insert(CompactString("evt-\(index)")) { newIDs += 1 }
            if index == 10_000 { grown.reserveCapacity(100_000) }
        }
        for index in stride(from: 0, to: 20_000, by: 7) {
            if !grown.insert(CompactString("evt-\(index)")) { repeats += 1 }
            if !reserved.insert(CompactString("evt-\(index)")) { repeats += 1 }
        }
        #expect(newIDs == 40_000)
        #expect(repeats == 2 * 2_858)
        #expect(grown.count == 20_000 && reserved.count == 20_000)
        let another = reserved.insert("evt-new")
        #expect(another)
    }
}
