/// A short string kept inline — up to 32 UTF-8 bytes, enough for UUIDs and most feeds' event
/// ids — so that copying a value holding it touches no heap memory. Longer strings are kept as a
/// `String`.
///
/// Ordering is by UTF-8 bytes (the same as `String` for ASCII); it exists to break ties
/// deterministically, not to collate text.
public struct CompactString: Sendable, Hashable, Comparable, CustomStringConvertible, ExpressibleByStringLiteral {
    private var words: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)
    private var count: UInt8 = 0
    private var overflow: String?

    public init(_ text: String) {
        var text = text
        guard text.utf8.count <= 32 else {
            overflow = text
            return
        }
        var words: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)
        withUnsafeMutableBytes(of: &words) { raw in
            text.withUTF8 { raw.copyMemory(from: UnsafeRawBufferPointer($0)) }
        }
        self.words = words
        count = UInt8(text.utf8.count)
    }

    /// From UTF-8 bytes, without making a `String` when they fit inline.
    public init(utf8: UnsafeBufferPointer<UInt8>) {
        guard utf8.count <= 32 else {
            overflow = String(decoding: utf8, as: UTF8.self)
            return
        }
        var words: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)
        withUnsafeMutableBytes(of: &words) { $0.copyMemory(from: UnsafeRawBufferPointer(utf8)) }
        self.words = words
        count = UInt8(utf8.count)
    }

    public init(stringLiteral value: String) { self.init(value) }

    /// Calls `body` with the UTF-8 bytes.
    public func withUTF8<R>(_ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        if var overflow { return overflow.withUTF8(body) }
        var words = self.words
        let count = Int(self.count)
        return withUnsafeBytes(of: &words) { body(UnsafeBufferPointer(rebasing: $0.bindMemory(to: UInt8.self)[..<count])) }
    }

    public var description: String {
        if let overflow { return overflow }
        var words = self.words
        let count = Int(self.count)
        return withUnsafeBytes(of: &words) { String(decoding: $0.prefix(count), as: UTF8.self) }
    }

    public static func == (lhs: CompactString, rhs: CompactString) -> Bool {
        lhs.count == rhs.count && lhs.words == rhs.words && lhs.overflow == rhs.overflow
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(words.0)
        hasher.combine(words.1)
        hasher.combine(words.2)
        hasher.combine(words.3)
        hasher.combine(count)
        hasher.combine(overflow)
    }

    public static func < (lhs: CompactString, rhs: CompactString) -> Bool {
        guard lhs.overflow == nil, rhs.overflow == nil else { return Array(lhs.description.utf8).lexicographicallyPrecedes(rhs.description.utf8) }
        // Bytes are stored in memory order; big-endian words compare as the bytes do.
        let left = (lhs.words.0.bigEndian, lhs.words.1.bigEndian, lhs.words.2.bigEndian, lhs.words.3.bigEndian)
        let right = (rhs.words.0.bigEndian, rhs.words.1.bigEndian, rhs.words.2.bigEndian, rhs.words.3.bigEndian)
        if left != right { return left < right }
        return lhs.count < rhs.count
    }
}
