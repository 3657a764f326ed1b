import Testing

@testable import RedflagScreening

/// The shared-letter counts of ``LetterPlanes`` on the real 2021 SDN vocabulary, and the cache warming ahead of
/// the posting walk (``NameIndex/Scratch/touchRow(at:bytes:)``, ``NameIndex/Views/touchRecords(_:starts:of:)``).
@Suite struct LetterCountTests {
    /// What the planes count for one listed token: the query's `k`-th byte of bin `b` counts when the token has
    /// at least `min(k, maxOccurrence − 1) + 1` bytes of that bin.
    static func sharedCount(_ query: [UInt8], _ token: [UInt8]) -> Int {
        var have = [Int](repeating: 0, count: 32), seen = [Int](repeating: 0, count: 32)
        for byte in token { have[Int(TokenSignature.bin(byte))] += 1 }
        var count = 0
        for byte in query {
            let b = Int(TokenSignature.bin(byte))
            if have[b] >= min(seen[b], LetterPlanes.maxOccurrence - 1) + 1 { count += 1 }
            seen[b] += 1
        }
        return count
    }

    /// Queries of 1–31 bytes take a fixed chain of three, four or five half adders, longer ones the ripple;
    /// all must give every token of the words tried its count (listed tokens against their own word reach
    /// counts of 8 and more; joined tokens make queries of 16–31 bytes and over 31), and `atLeast` must
    /// select exactly the tokens whose count reaches each need.
    @Test func letterCountsEqualTheSharedOccurrences() throws {
        guard let index = try IndexBoundTests.sdnIndex() else { return }
        let vocabulary = index.vocabulary, planes = index.finder.planes
        var queries = IndexBoundTests.mutatedTokens(index, count: 120, seed: 7)
        queries += (0..<vocabulary.count).filter { vocabulary.length($0) >= 8 }.striding(by: 97).map { vocabulary.array($0) }
        let joined = stride(from: 0, to: queries.count, by: 3).map { queries[$0] + queries[($0 + 1) % queries.count] }
        queries += joined + joined.map { $0 + $0 }
        var highest = 0, long = 0, longest = 0
        for (n, query) in queries.enumerated() {
            let letters = LetterPlanes.Query(query, words: planes.words)
            let own = index.vocabularyIDs[query].map { Int($0) }
            var words = [0, planes.words - 1, (n * 37) % planes.words]
            if let own { words.append(own / 64) }
            let counter = UnsafeMutablePointer<UInt64>.allocate(capacity: letters.bits)
            defer { counter.deallocate() }
            for w in words {
                planes.count(word: w, letters, into: counter)
                var counts: [Int] = []
                for bit in 0..<64 {
                    let v = w * 64 + bit
                    let expected = v < vocabulary.count ? Self.sharedCount(query, vocabulary.array(v)) : 0
                    let counted = LetterPlanes.value(at: bit, counter, bits: letters.bits)
                    #expect(counted == expected, "\(String(decoding: query, as: UTF8.self)) word \(w) bit \(bit)")
                    highest = max(highest, counted)
                    counts.append(counted)
                }
                // `atLeast` selects exactly the counts at or above each need, up to and past the largest count.
                for need in 0...(1 << letters.bits) {
                    let expected = (0..<64).reduce(UInt64(0)) { counts[$1] >= need ? $0 | 1 << UInt64($1) : $0 }
                    #expect(LetterPlanes.atLeast(need, counter, bits: letters.bits) == expected, "need \(need) word \(w)")
                }
            }
            if (16...31).contains(query.count) { long += 1 }
            longest = max(longest, query.count)
        }
        #expect(highest >= 16, "counts should need the fifth bit")
        #expect(long > 0 && longest > 31, "some queries should take five adders, some the ripple")
    }

    /// A remembered row's warming reads a byte of each of its 64-byte stretches and its last byte, none outside.
    @Test func touchingARowReadsEveryStretchOfItAndNothingElse() {
        var scratch = NameIndex.Scratch(count: 1)
        let stride = 5 * 64
        scratch.codes = [UInt8](repeating: 0xFF, count: 3 * stride)
        for o in stride..<(2 * stride) { scratch.codes[o] = 0 }
        #expect(scratch.touchRow(at: stride, bytes: stride) == 0, "read outside the row")
        for k in 0..<5 {
            scratch.codes[stride + 64 * k] = UInt8(1 << k)
        }
        scratch.codes[2 * stride - 1] |= 0x20
        #expect(scratch.touchRow(at: stride, bytes: stride) == 0x3F)
    }

    /// The postings' warming reads entry 0, 16, 32… of each listed token's records, and nothing of the others.
    @Test func touchingPostingsReadsEveryStretchOfTheirRecordsAndNothingElse() {
        // Token 0: records 0..<10, token 1: 10..<42, token 2: 42..<60, token 3: 60..<61.
        let starts: [Int32] = [0, 10, 42, 60, 61]
        var records = [Int32](repeating: -1, count: 61)
        for p in 10..<42 { records[p] = 0 }
        records[10] = 1; records[26] = 2; records[60] = 4
        let sink = records.withUnsafeBufferPointer { records in
            starts.withUnsafeBufferPointer { starts in
                NameIndex.Views.touchRecords(records.baseAddress!, starts: starts.baseAddress!, of: [[(1, 0.9)], [(3, 0.8)]])
            }
        }
        #expect(sink == 7)
    }
}

extension Array {
    /// Every `step`-th element, from the first.
    func striding(by step: Int) -> [Element] { Swift.stride(from: 0, to: count, by: step).map { self[$0] } }
}
