/// Looks for lower-case ASCII phrases in UTF-8 text whatever the text's ASCII case, byte by byte
/// and without making new strings: how message and endpoint signals read free text.
enum CaselessSearch {
    /// Whether `phrase` (lower-case ASCII) occurs in `text`, ignoring ASCII case.
    static func contains(_ text: UnsafeBufferPointer<UInt8>, _ phrase: UnsafeBufferPointer<UInt8>) -> Bool {
        guard phrase.count <= text.count, let first = phrase.first else { return phrase.isEmpty }
        var start = 0
        let last = text.count - phrase.count
        while start <= last {
            if lowered(text[start]) == first {
                var offset = 1
                while offset < phrase.count && lowered(text[start + offset]) == phrase[offset] { offset += 1 }
                if offset == phrase.count { return true }
            }
            start += 1
        }
        return false
    }

    @inline(__always) static func lowered(_ byte: UInt8) -> UInt8 {
        byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
    }
}

/// Up to 64 lower-case ASCII phrases looked for together in one pass over a text, ignoring ASCII
/// case: each byte is checked against the phrases that start with it (a bit mask per byte value),
/// instead of the text being read once per phrase.
struct CaselessPhraseSet: Sendable {
    /// The phrases' bytes one after another, and where each starts and ends.
    private let bytes: [UInt8]
    private let bounds: [Range<Int>]
    /// Bit p of entry b: phrase p starts with byte b.
    private let startingWith: [UInt64]

    init(_ phrases: [String]) {
        precondition(phrases.count <= 64, "a phrase set holds at most 64 phrases")
        precondition(phrases.allSatisfy { !$0.isEmpty && $0.utf8.allSatisfy { !(0x41...0x5A).contains($0) } }, "phrases are non-empty and lower-case")
        var bytes: [UInt8] = [], bounds: [Range<Int>] = []
        var startingWith = [UInt64](repeating: 0, count: 256)
        for (index, phrase) in phrases.enumerated() {
            bounds.append(bytes.count..<bytes.count + phrase.utf8.count)
            bytes += phrase.utf8
            startingWith[Int(phrase.utf8.first!)] |= 1 << UInt64(index)
        }
        (self.bytes, self.bounds, self.startingWith) = (bytes, bounds, startingWith)
    }

    /// Bit p is set when phrase p occurs in `text`.
    func occurrences(in text: UnsafeBufferPointer<UInt8>) -> UInt64 {
        bytes.withUnsafeBufferPointer { bytes in
            bounds.withUnsafeBufferPointer { bounds in
                startingWith.withUnsafeBufferPointer { startingWith in
                    var found: UInt64 = 0
                    for start in text.indices {
                        var candidates = startingWith[Int(CaselessSearch.lowered(text[start]))] & ~found
                        while candidates != 0 {
                            let phrase = candidates.trailingZeroBitCount
                            candidates &= candidates - 1
                            let range = bounds[phrase]
                            guard range.count <= text.count - start else { continue }
                            var offset = 1
                            while offset < range.count, CaselessSearch.lowered(text[start + offset]) == bytes[range.lowerBound + offset] { offset += 1 }
                            if offset == range.count { found |= 1 << UInt64(phrase) }
                        }
                    }
                    return found
                }
            }
        }
    }
}
