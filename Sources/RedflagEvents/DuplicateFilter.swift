import RedflagPrimitives

/// Remembers which event ids were seen, so that a re-delivered event counts once.
///
/// It keeps a 64-bit FNV-1a fingerprint per distinct id in an open-addressing table (linear
/// probing, at most 70 % full) — 8–16 bytes an event, the one structure of a scan that grows
/// with the number of events rather than accounts (10–20 MB for a million events). The
/// fingerprints are already well mixed, so the table indexes by them directly instead of hashing
/// them again. Two different ids collide with probability n²/2⁶⁵.
public struct DuplicateFilter: Sendable {
    /// Fingerprints; 0 marks an empty slot (a fingerprint of 0 is stored as 1).
    private var slots = [UInt64](repeating: 0, count: 1 << 10)
    public private(set) var count = 0

    public init() {}

    /// Makes room for `count` distinct ids at once, so that a scan whose size is known up front does
    /// not rehash the table as it grows (each growth re-places every fingerprint, at a cache miss each).
    public mutating func reserveCapacity(_ count: Int) {
        var capacity = slots.count
        while count * 10 >= capacity * 7 { capacity *= 2 }
        guard capacity > slots.count else { return }
        let old = slots
        slots = [UInt64](repeating: 0, count: capacity)
        self.count = 0
        for fingerprint in old where fingerprint != 0 { _ = place(fingerprint) }
    }

    /// Records `id` and returns true if it was new.
    public mutating func insert(_ id: CompactString) -> Bool {
        if count * 10 >= slots.count * 7 { grow() }
        return place(Self.fingerprint(id))
    }

    private mutating func place(_ fingerprint: UInt64) -> Bool {
        let mask = slots.count - 1
        var index = Self.slot(of: fingerprint, mask: mask)
        while true {
            let stored = slots[index]
            if stored == fingerprint { return false }
            if stored == 0 {
                slots[index] = fingerprint
                count += 1
                return true
            }
            index = (index + 1) & mask
        }
    }

    private mutating func grow() { reserveCapacity(slots.count) }

    private static func slot(of fingerprint: UInt64, mask: Int) -> Int {
        Int(truncatingIfNeeded: (fingerprint &* 0x9E37_79B9_7F4A_7C15) >> 20) & mask
    }

    static func fingerprint(_ id: CompactString) -> UInt64 {
        let hash = id.withUTF8 { bytes in
            var hash: UInt64 = 0xcbf2_9ce4_8422_2325
            for byte in bytes {
                hash ^= UInt64(byte)
                hash = hash &* 0x100_0000_01b3
            }
            return hash
        }
        return hash == 0 ? 1 : hash
    }
}
