import Testing

@testable import RedflagPrimitives

@Suite struct CompactStringTests {
    static let samples = [
        "", "a", "evt-229394deeabbb9e2", "evt-229394deeabbb9e3", "evt-2", "EVT", "0f8fad5b-d9cb-469f-a165-70867728950e",
        String(repeating: "x", count: 32), String(repeating: "x", count: 33), "zoë", "id\u{0}", "id",
    ]

    @Test func keepsTheTextWhateverItsLength() {
        for text in Self.samples { #expect(CompactString(text).description == text) }
    }

    @Test func equalityAndOrderFollowTheBytes() {
        for a in Self.samples {
            for b in Self.samples {
                #expect((CompactString(a) == CompactString(b)) == (a == b), "\(a) == \(b)")
                #expect((CompactString(a) < CompactString(b)) == Array(a.utf8).lexicographicallyPrecedes(b.utf8), "\(a) < \(b)")
            }
        }
        let compact = Set(Self.samples.map { CompactString($0) })
        #expect(compact.count == Set(Self.samples).count)
    }
}
