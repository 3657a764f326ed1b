/// Remembers which event ids were seen, so that a re-delivered event counts once.
///
/// It keeps a 64-bit FNV-1a fingerprint per distinct id — 8 bytes an event, the one structure
/// of a scan that grows with the number of events rather than accounts (about 10 MB for a
/// million events). Two different ids collide with probability n²/2⁶⁵.
public struct DuplicateFilter: Sendable {
    private var seen = Set<UInt64>()

    public init() {}

    /// Records `id` and returns true if it was new.
    public mutating func insert(_ id: String) -> Bool {
        seen.insert(Self.fingerprint(id)).inserted
    }

    public var count: Int { seen.count }

    static func fingerprint(_ id: String) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in id.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x100_0000_01b3
        }
        return hash
    }
}
