/// MinHash signatures of proposal text, for finding near-identical proposals across accounts.
///
/// A text becomes the set of its word 3-shingles; 32 independent hash functions each keep
/// their minimum over the set. The share of equal positions in two signatures estimates the
/// Jaccard similarity of the two sets. Locality-sensitive hashing (8 bands of 4 positions)
/// finds candidate pairs without comparing all pairs: texts with Jaccard 0.8 share a band with
/// probability 0.985, texts with Jaccard 0.3 with probability 0.06; candidates are then checked
/// against `templateSimilarity`.
public enum TextFingerprint {
    /// Shorter texts ("Hi, I can start this week") are too generic to call a template: a text
    /// needs this many distinct word 3-shingles (about 27 words).
    public static let minimumShingles = 25
    public static let positions = 32
    public static let bands = 8
    /// Estimated Jaccard similarity from which two texts count as one template.
    public static let templateSimilarity = 0.7

    /// The signature of `text`, or nil when it is too short to be distinctive.
    ///
    /// Words are runs of ASCII letters and digits (lower-cased) or of non-ASCII bytes; each word
    /// is hashed as it is read, and a shingle's hash combines three word hashes.
    public static func signature(_ text: String) -> MinHashSignature? {
        var text = text
        let words = text.withUTF8(wordHashes)
        guard words.count >= 3 else { return nil }
        // Sorted rather than put in a set: repeats change no minimum, and the distinct count is a
        // walk over neighbours instead of a hash per shingle.
        var shingles = (0...(words.count - 3)).map { start in
            mix(words[start] &+ mix(words[start + 1] &+ mix(words[start + 2])))
        }
        shingles.sort()
        var distinct = 1
        for index in shingles.indices.dropFirst() where shingles[index] != shingles[index - 1] { distinct += 1 }
        guard distinct >= minimumShingles else { return nil }
        var values = [UInt32](repeating: .max, count: positions)
        for (index, shingle) in shingles.enumerated() where index == 0 || shingle != shingles[index - 1] {
            for position in 0..<positions {
                let value = UInt32(truncatingIfNeeded: mix(shingle &+ UInt64(position) &* 0x9E37_79B9_7F4A_7C15) >> 32)
                if value < values[position] { values[position] = value }
            }
        }
        return MinHashSignature(values: values)
    }

    /// The hash of each word of `text`, in order.
    private static func wordHashes(_ text: UnsafeBufferPointer<UInt8>) -> [UInt64] {
        var words: [UInt64] = []
        var word: UInt64 = 0xcbf2_9ce4_8422_2325
        var inWord = false
        for var byte in text {
            let isLetter = (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A
            let isWordByte = isLetter || (byte >= 0x30 && byte <= 0x39) || byte >= 0x80
            if isWordByte {
                if isLetter { byte |= 0x20 }
                word = (word ^ UInt64(byte)) &* 0x100_0000_01b3
                inWord = true
            } else if inWord {
                words.append(word)
                word = 0xcbf2_9ce4_8422_2325
                inWord = false
            }
        }
        if inWord { words.append(word) }
        return words
    }

    static func hash(_ text: String) -> UInt64 {
        var text = text
        return text.withUTF8 { bytes in
            var value: UInt64 = 0xcbf2_9ce4_8422_2325
            for byte in bytes {
                value ^= UInt64(byte)
                value = value &* 0x100_0000_01b3
            }
            return mix(value)
        }
    }

    /// The splitmix64 finaliser: spreads close inputs over all bits.
    static func mix(_ input: UInt64) -> UInt64 {
        var value = input
        value ^= value >> 30
        value = value &* 0xbf58_476d_1ce4_e5b9
        value ^= value >> 27
        value = value &* 0x94d0_49bb_1331_11eb
        return value ^ (value >> 31)
    }
}

/// 32 MinHash values of one text.
public struct MinHashSignature: Sendable, Hashable, Comparable {
    public var values: [UInt32]

    /// Estimated Jaccard similarity of the two shingle sets.
    public func similarity(to other: MinHashSignature) -> Double {
        var equal = 0
        for index in 0..<min(values.count, other.values.count) where values[index] == other.values[index] { equal += 1 }
        return Double(equal) / Double(values.count)
    }

    /// The LSH key of band `band`.
    func bandKey(_ band: Int) -> UInt64 {
        let rows = values.count / TextFingerprint.bands
        var key = UInt64(band)
        for value in values[(band * rows)..<((band + 1) * rows)] { key = TextFingerprint.mix(key ^ UInt64(value)) }
        return key
    }

    public static func < (lhs: MinHashSignature, rhs: MinHashSignature) -> Bool { lhs.values.lexicographicallyPrecedes(rhs.values) }
}
