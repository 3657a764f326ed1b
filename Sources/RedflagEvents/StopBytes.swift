/// Finds, eight bytes at a time, where a plain JSON string stops: at its closing quote, or at a
/// byte that needs the full parser (a backslash, a control character or non-ASCII text).
///
/// The word is read little-endian, so its first byte in the line is its lowest byte. The
/// zero-byte tests below can also mark bytes *after* a true match (a borrow runs upwards), never
/// before one, so the lowest marked byte is always a true stop.
enum StopBytes {
    private static let ones: UInt64 = 0x0101_0101_0101_0101
    private static let highs: UInt64 = 0x8080_8080_8080_8080

    /// A word whose byte `i` has its high bit set at the first stop byte (and possibly later ones);
    /// zero when none of the eight bytes stops the string.
    @inline(__always)
    static func mask(_ word: UInt64) -> UInt64 {
        let quotes = word ^ (ones &* UInt64(UInt8(ascii: "\"")))
        let backslashes = word ^ (ones &* UInt64(UInt8(ascii: "\\")))
        let zeroQuote = (quotes &- ones) & ~quotes
        let zeroBackslash = (backslashes &- ones) & ~backslashes
        let control = (word &- ones &* 0x20) & ~word
        return (zeroQuote | zeroBackslash | control | word) & highs
    }
}
