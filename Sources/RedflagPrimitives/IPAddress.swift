#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// An IPv4 or IPv6 address held as 128 bits, the shape every layer passes around.
///
/// IPv4 addresses are stored IPv4-mapped (`::ffff:a.b.c.d`) and remember their family, so
/// they print as dotted quads and look up in IPv4 and IPv6 trees alike. The value is two
/// machine words: hashing and comparing are cheap.
public struct IPAddress: Hashable, Sendable, Comparable, CustomStringConvertible {
    /// The address family as written.
    public enum Family: Sendable, Hashable { case v4, v6 }

    /// The upper 64 bits of the 128-bit form.
    public let high: UInt64
    /// The lower 64 bits of the 128-bit form.
    public let low: UInt64
    /// Whether the address was an IPv4 or IPv6 address.
    public let family: Family

    /// An IPv4 address from its 32-bit value (`0x7f000001` is 127.0.0.1).
    public init(v4 value: UInt32) {
        high = 0
        low = 0x0000_ffff_0000_0000 | UInt64(value)
        family = .v4
    }

    /// An IPv6 address from its two 64-bit halves.
    public init(v6High high: UInt64, low: UInt64) {
        self.high = high
        self.low = low
        family = .v6
    }

    /// Parses dotted-quad IPv4 or any textual IPv6 form (`::1`, `2001:db8::1`, `::ffff:1.2.3.4`).
    /// Returns nil for anything else, including zone ids and surrounding spaces.
    public init?(_ text: some StringProtocol) {
        let string = text as? String ?? String(text)
        guard string.utf8.count <= 45 else { return nil }
        if string.contains(":") {
            var storage = in6_addr()
            let ok = inet_pton(AF_INET6, string, &storage)
            guard ok == 1 else { return nil }
            let bytes = withUnsafeBytes(of: &storage) { Array($0) }
            var hi: UInt64 = 0, lo: UInt64 = 0
            for i in 0..<8 { hi = hi << 8 | UInt64(bytes[i]) }
            for i in 8..<16 { lo = lo << 8 | UInt64(bytes[i]) }
            self.init(v6High: hi, low: lo)
        } else {
            guard let value = Self.parseV4(string.utf8) else { return nil }
            self.init(v4: value)
        }
    }

    /// Parses the same forms from UTF-8 bytes; dotted quads are read without making a `String`.
    public init?(utf8: UnsafeBufferPointer<UInt8>) {
        if utf8.count <= 15, !utf8.contains(UInt8(ascii: ":")) {
            guard let value = Self.parseV4(utf8) else { return nil }
            self.init(v4: value)
        } else {
            self.init(String(decoding: utf8, as: UTF8.self))
        }
    }

    private static func parseV4(_ utf8: some Sequence<UInt8>) -> UInt32? {
        var value: UInt32 = 0
        var octet: UInt32 = 0
        var digits = 0
        var dots = 0
        for byte in utf8 {
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                if digits > 0 && octet == 0 { return nil }  // no leading zeros: 010 is ambiguous
                octet = octet * 10 + UInt32(byte - UInt8(ascii: "0"))
                digits += 1
                if digits > 3 || octet > 255 { return nil }
            case UInt8(ascii: "."):
                guard digits > 0, dots < 3 else { return nil }
                value = value << 8 | octet
                octet = 0
                digits = 0
                dots += 1
            default:
                return nil
            }
        }
        guard dots == 3, digits > 0 else { return nil }
        return value << 8 | octet
    }

    /// The 32-bit value of an IPv4 address, or of an IPv4-mapped IPv6 address; nil otherwise.
    public var v4Value: UInt32? {
        guard high == 0, low >> 32 == 0x0000_ffff else { return nil }
        return UInt32(truncatingIfNeeded: low)
    }

    /// The 16 bytes of the IPv6 (or IPv4-mapped) form, most significant first.
    public var bytes16: [UInt8] {
        var result = [UInt8](repeating: 0, count: 16)
        for i in 0..<8 {
            result[i] = UInt8(truncatingIfNeeded: high >> UInt64(56 - 8 * i))
            result[8 + i] = UInt8(truncatingIfNeeded: low >> UInt64(56 - 8 * i))
        }
        return result
    }

    /// Bit `index` (0 = most significant) of the 128-bit form.
    @inlinable
    public func bit(_ index: Int) -> Bool {
        index < 64 ? (high >> UInt64(63 - index)) & 1 == 1 : (low >> UInt64(127 - index)) & 1 == 1
    }

    public var description: String {
        if family == .v4, let v4 = v4Value {
            // At most 15 bytes: a small string, written digit by digit without interpolation.
            return String(unsafeUninitializedCapacity: 15) { text in
                var count = 0
                for shift in stride(from: 24, through: 0, by: -8) {
                    let octet = Int(v4 >> UInt32(shift) & 0xff)
                    if octet >= 100 { (text[count], count) = (UInt8(0x30 + octet / 100), count + 1) }
                    if octet >= 10 { (text[count], count) = (UInt8(0x30 + octet / 10 % 10), count + 1) }
                    (text[count], count) = (UInt8(0x30 + octet % 10), count + 1)
                    if shift > 0 { (text[count], count) = (UInt8(ascii: "."), count + 1) }
                }
                return count
            }
        }
        var storage = in6_addr()
        withUnsafeMutableBytes(of: &storage) { raw in
            for (i, byte) in bytes16.enumerated() { raw[i] = byte }
        }
        var buffer = [CChar](repeating: 0, count: Int(INET6_ADDRSTRLEN))
        inet_ntop(AF_INET6, &storage, &buffer, socklen_t(buffer.count))
        return String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    public static func < (lhs: IPAddress, rhs: IPAddress) -> Bool {
        (lhs.high, lhs.low) < (rhs.high, rhs.low)
    }
}
