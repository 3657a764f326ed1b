import RedflagPrimitives
import Testing

@testable import RedflagScreening

/// The whole-string scan's word-level filters against its own per-name check applied to every name of the
/// query's first-byte group: the words it skips and the bits it drops may only hold names that check rejects.
@Suite struct WholeNameScanTests {
    /// Shared bytes as ``LetterPlanes`` counts them (occurrences past the last plane reuse it).
    static func sharedCount(_ query: [UInt8], _ text: [UInt8]) -> Int {
        var inText = [Int](repeating: 0, count: 32)
        for byte in text { inText[Int(TokenSignature.bin(byte))] += 1 }
        var seen = [Int](repeating: 0, count: 32)
        var shared = 0
        for byte in query {
            let b = Int(TokenSignature.bin(byte))
            if inText[b] > min(seen[b], LetterPlanes.maxOccurrence - 1) { shared += 1 }
            seen[b] += 1
        }
        return shared
    }

    /// Listed joined names with a byte dropped or replaced (often the second one, so that the common prefix is
    /// one byte while the second byte's bin may still match), and one-byte queries.
    static func queries(_ index: NameIndex, count: Int, seed: UInt64) -> [[UInt8]] {
        var rng = SplitMix64(seed: seed)
        let letters = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZ ".utf8)
        var out: [[UInt8]] = [Array("A".utf8), Array("K".utf8)]
        while out.count < count {
            var query = index.joined.array(Int(rng.next() % UInt64(index.names.count)))
            guard query.count > 2 else { continue }
            switch rng.next() % 3 {
            case 0: query[1] = letters[Int(rng.next() % UInt64(letters.count))]
            case 1: query.remove(at: 1 + Int(rng.next() % UInt64(query.count - 2)))
            default: query[1 + Int(rng.next() % UInt64(query.count - 1))] = letters[Int(rng.next() % 26)]
            }
            out.append(query)
        }
        return out
    }

    @Test func wholeNameScanKeepsExactlyWhatItsPerNameCheckKeeps() throws {
        guard let index = try IndexBoundTests.sdnIndex() else { return }
        var scratch = NameIndex.Scratch(count: index.names.count)
        let scan = index.whole
        var kept = 0, oneByteOnly = 0
        for query in Self.queries(index, count: 80, seed: 88) {
            for floor in [0.8 - 1e-9, 0.7 - 1e-9] {
                let table = scratch.table(length: query.count, floor: floor, unconditional: true)
                var found: [Int32: WholeNameScan.Candidate] = [:]
                scan.candidates(query, floor: floor, table: table) { found[$0.name] = $0 }
                var expected: [Int32: (Int32, Double)] = [:]
                let group = Int(scan.groupWords[Int(query[0])]) * 64..<Int(scan.groupWords[Int(query[0]) + 1]) * 64
                table.withUnsafeBufferPointer { table in
                    for p in group where scan.order[p] >= 0 {
                        let text = scan.texts.array(p)
                        let l = TokenSignature.commonPrefix(TokenSignature(query), TokenSignature(text))
                        let r = JaroBoundTable.required(table, l, query.count, text.count, floor: floor, unconditional: true)
                        let m = min(Self.sharedCount(query, text), query.count, text.count)
                        guard r != .max, m >= r else { continue }
                        expected[scan.order[p]] = (Int32(r), JaroBoundTable.bound(m, query.count, text.count, l, unconditional: true))
                        if l == 1 && query.count > 1 { oneByteOnly += 1 }
                    }
                }
                #expect(found.count == expected.count, "\(String(decoding: query, as: UTF8.self)) at \(floor)")
                for (name, e) in expected {
                    let c = try #require(found[name], "\(String(decoding: query, as: UTF8.self)) lost \(index.names[Int(name)].text)")
                    #expect(c.requiredMatches == e.0 && c.bound == e.1)
                }
                kept += expected.count
            }
        }
        #expect(kept > 1000 && oneByteOnly > 100)
        print("whole-string scan: \(kept) names kept (\(oneByteOnly) sharing only the first byte)")
    }
}
