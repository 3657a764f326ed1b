/// A CIDR block such as `175.45.176.0/22` or `2001:db8::/32`.
///
/// The prefix length is counted in the 128-bit form, so an IPv4 `/22` is stored as `/118`
/// over the IPv4-mapped range; ``description`` prints it back as written.
public struct IPNetwork: Hashable, Sendable, CustomStringConvertible {
    /// The first address of the block.
    public let address: IPAddress
    /// Prefix length in the 128-bit form (IPv4 lengths are offset by 96).
    public let prefixLength128: Int

    /// Parses `address/length`; a bare address is a host route (/32 or /128).
    public init?(_ text: some StringProtocol) {
        let parts = text.split(separator: "/", maxSplits: 1, omittingEmptySubsequences: false)
        guard let base = IPAddress(parts[0].trimmingSpaces) else { return nil }
        let maxLength = base.family == .v4 ? 32 : 128
        var length = maxLength
        if parts.count == 2 {
            guard let parsed = Int(parts[1].trimmingSpaces), (0...maxLength).contains(parsed) else { return nil }
            length = parsed
        }
        self.init(address: base, prefixLength: length)
    }

    /// The block of `prefixLength` bits (as written for the family) that contains `address`.
    public init(address: IPAddress, prefixLength: Int) {
        let length128 = address.family == .v4 ? prefixLength + 96 : prefixLength
        let (maskHigh, maskLow) = Self.mask(length128)
        let masked: IPAddress
        if address.family == .v4 {
            masked = IPAddress(v4: UInt32(truncatingIfNeeded: address.low & maskLow))
        } else {
            masked = IPAddress(v6High: address.high & maskHigh, low: address.low & maskLow)
        }
        self.address = masked
        self.prefixLength128 = length128
    }

    /// The prefix length as written for the family (`22` for `175.45.176.0/22`).
    public var prefixLength: Int { address.family == .v4 ? prefixLength128 - 96 : prefixLength128 }

    /// Whether `other` lies inside this block. IPv4 blocks also contain IPv4-mapped IPv6 addresses.
    public func contains(_ other: IPAddress) -> Bool {
        let (maskHigh, maskLow) = Self.mask(prefixLength128)
        return other.high & maskHigh == address.high & maskHigh && other.low & maskLow == address.low & maskLow
    }

    /// The last address of the block.
    public var lastAddress: IPAddress {
        let (maskHigh, maskLow) = Self.mask(prefixLength128)
        if address.family == .v4 {
            return IPAddress(v4: UInt32(truncatingIfNeeded: address.low | ~maskLow))
        }
        return IPAddress(v6High: address.high | ~maskHigh, low: address.low | ~maskLow)
    }

    public var description: String { "\(address)/\(prefixLength)" }

    static func mask(_ length: Int) -> (UInt64, UInt64) {
        let high: UInt64 = length >= 64 ? ~0 : (length == 0 ? 0 : ~0 << UInt64(64 - length))
        let low: UInt64 = length <= 64 ? 0 : (length >= 128 ? ~0 : ~0 << UInt64(128 - length))
        return (high, low)
    }
}

extension StringProtocol {
    var trimmingSpaces: Substring {
        var trimmed = Substring(self)
        while let first = trimmed.first, first.isWhitespace { trimmed.removeFirst() }
        while let last = trimmed.last, last.isWhitespace { trimmed.removeLast() }
        return trimmed
    }
}
