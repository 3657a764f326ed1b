import RedflagPrimitives

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Fast line and field scanning for the large text inputs of the bundled database (a 130 MB
/// `location dump`): `memchr` for line ends and `inet_pton` for addresses, so a debug build stays quick.
enum IPTextScanner {
    /// One line without its `\n` (or `\r\n`).
    struct Line {
        let start: UnsafePointer<UInt8>
        let count: Int

        var isEmpty: Bool { count == 0 }
        var first: UInt8? { count > 0 ? start[0] : nil }

        func index(of byte: UInt8, from offset: Int = 0) -> Int? {
            guard offset < count, let found = memchr(start + offset, Int32(byte), count - offset) else { return nil }
            return UnsafeRawPointer(found) - UnsafeRawPointer(start)
        }

        /// The bytes `range`, with spaces and tabs trimmed.
        func field(_ lower: Int, _ upper: Int) -> Line {
            var low = lower, high = upper
            while low < high, start[low] == 0x20 || start[low] == 0x09 { low += 1 }
            while high > low, start[high - 1] == 0x20 || start[high - 1] == 0x09 { high -= 1 }
            return Line(start: start + low, count: high - low)
        }

        func equals(_ text: StaticString) -> Bool {
            text.utf8CodeUnitCount == count && memcmp(text.utf8Start, start, count) == 0
        }

        var string: String { String(decoding: UnsafeBufferPointer(start: start, count: count), as: UTF8.self) }

        var unsigned: UInt64? {
            guard count > 0, count <= 19 else { return nil }
            var value: UInt64 = 0
            for i in 0..<count {
                let digit = start[i] &- 0x30
                guard digit < 10 else { return nil }
                value = value * 10 + UInt64(digit)
            }
            return value
        }

        /// An IPv4 or IPv6 address in text form.
        var address: IPAddress? {
            guard count > 0, count < 64 else { return nil }
            return withUnsafeTemporaryAllocation(of: CChar.self, capacity: 64) { buffer -> IPAddress? in
                let base = buffer.baseAddress!
                memcpy(base, start, count)
                base[count] = 0
                if index(of: UInt8(ascii: ":")) != nil {
                    var storage = in6_addr()
                    guard inet_pton(AF_INET6, base, &storage) == 1 else { return nil }
                    let (high, low) = withUnsafeBytes(of: &storage) { raw in
                        (UInt64(bigEndian: raw.loadUnaligned(as: UInt64.self)),
                         UInt64(bigEndian: raw.loadUnaligned(fromByteOffset: 8, as: UInt64.self)))
                    }
                    return IPAddress(v6High: high, low: low)
                }
                var storage = in_addr()
                guard inet_pton(AF_INET, base, &storage) == 1 else { return nil }
                return IPAddress(v4: UInt32(bigEndian: storage.s_addr))
            }
        }

        /// `address/length` (a bare address is a host route).
        var network: IPNetwork? {
            guard let slash = index(of: UInt8(ascii: "/")) else {
                return address.map { IPNetwork(address: $0, prefixLength: $0.family == .v4 ? 32 : 128) }
            }
            guard let base = Line(start: start, count: slash).address,
                let length = Line(start: start + slash + 1, count: count - slash - 1).unsigned,
                length <= (base.family == .v4 ? 32 : 128)
            else { return nil }
            return IPNetwork(address: base, prefixLength: Int(length))
        }
    }

    /// Calls `body` for every line of `text`.
    static func forEachLine(_ text: String, _ body: (Line) -> Void) {
        var text = text
        text.withUTF8 { buffer in
            guard let base = buffer.baseAddress else { return }
            var offset = 0
            while offset < buffer.count {
                let remaining = buffer.count - offset
                let end: Int
                if let found = memchr(base + offset, 0x0A, remaining) {
                    end = UnsafeRawPointer(found) - UnsafeRawPointer(base)
                } else {
                    end = buffer.count
                }
                var length = end - offset
                if length > 0, base[offset + length - 1] == 0x0D { length -= 1 }
                body(Line(start: base + offset, count: length))
                offset = end + 1
            }
        }
    }
}
