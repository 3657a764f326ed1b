/// SimHash fingerprints of proposal text: near-identical texts differ in few of 64 bits.
///
/// Word 3-shingles of the normalised text are hashed (FNV-1a) and summed per bit. Texts that
/// share a template but swap a name or a number land within a few bits of each other.
public enum TextFingerprint {
    /// Shorter texts ("Hi, interested") are too generic to call a template.
    public static let minimumLength = 80

    public static func simHash(_ text: String) -> UInt64 {
        let words = text.lowercased().split { !$0.isLetter && !$0.isNumber }
        guard words.count >= 3 else { return hash(words.joined(separator: " ")) }
        var counts = [Int](repeating: 0, count: 64)
        for start in 0...(words.count - 3) {
            let shingle = hash(words[start..<(start + 3)].joined(separator: " "))
            for bit in 0..<64 { counts[bit] += (shingle >> UInt64(bit)) & 1 == 1 ? 1 : -1 }
        }
        var result: UInt64 = 0
        for bit in 0..<64 where counts[bit] > 0 { result |= 1 << UInt64(bit) }
        return result
    }

    /// Number of differing bits.
    public static func distance(_ a: UInt64, _ b: UInt64) -> Int { (a ^ b).nonzeroBitCount }

    static func hash(_ text: String) -> UInt64 {
        var value: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.utf8 {
            value ^= UInt64(byte)
            value = value &* 0x100_0000_01b3
        }
        // Finalise (splitmix64) so that close inputs spread over all bits.
        value ^= value >> 30
        value = value &* 0xbf58_476d_1ce4_e5b9
        value ^= value >> 27
        value = value &* 0x94d0_49bb_1331_11eb
        return value ^ (value >> 31)
    }
}
