import Foundation
import Testing
@testable import RedflagEnrichment
import RedflagPrimitives

/// Seeded random mutations of real databases: the reader may reject them but must never crash or hang.
@Suite struct MMDBFuzzTests {
    /// xorshift64*: deterministic across runs and platforms.
    struct Seeded: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state ^= state >> 12
            state ^= state << 25
            state ^= state >> 27
            return state &* 0x2545_F491_4F6C_DD1D
        }
    }

    static let sources = [
        "MaxMind-DB-test-decoder", "MaxMind-DB-test-mixed-24", "MaxMind-DB-test-ipv4-28", "MaxMind-DB-test-ipv6-32",
        "GeoLite2-ASN-Test", "GeoIP2-Anonymous-IP-Test", "MaxMind-DB-test-nested", "MaxMind-DB-test-pointer-decoder",
    ]

    @Test(arguments: sources)
    func mutationsNeverCrash(_ name: String) throws {
        guard let mmdb = SharedData.mmdb else { return }
        let original = [UInt8](try Data(contentsOf: mmdb.appendingPathComponent("test-data/\(name).mmdb")))
        var random = Seeded(state: 0x9E37_79B9_7F4A_7C15 ^ UInt64(truncatingIfNeeded: name.utf8.count &* 7919))
        let addresses = ["1.1.1.1", "1.1.1.3", "::1:ffff:ffff", "::2:0:40", "81.2.69.160", "2001:218::1", "1.0.0.1"]
            .compactMap { IPAddress($0) }
        var rejected = 0
        for round in 0..<250 {
            var bytes = original
            switch round % 4 {
            case 0:
                for _ in 0..<Int.random(in: 1...8, using: &random) {
                    bytes[Int.random(in: 0..<bytes.count, using: &random)] = UInt8.random(in: 0...255, using: &random)
                }
            case 1:
                bytes.removeLast(Int.random(in: 1..<min(bytes.count, 4096), using: &random))
            case 2:
                let start = Int.random(in: 0..<bytes.count, using: &random)
                let length = min(bytes.count - start, Int.random(in: 1...64, using: &random))
                for i in start..<(start + length) { bytes[i] = 0xFF }
            default:
                let index = Int.random(in: 0..<bytes.count, using: &random)
                bytes[index] ^= 1 << UInt8.random(in: 0...7, using: &random)
            }
            do throws(MMDBError) {
                let reader = try MMDBReader(bytes: bytes)
                for address in addresses {
                    if let (offset, _) = try? reader.lookupRecordOffset(address) {
                        _ = try? reader.value(at: offset)
                        _ = try? reader.string(at: offset, path: ["country", "iso_code"])
                    }
                }
                try reader.verify()
            } catch {
                rejected += 1
            }
        }
        #expect(rejected > 0)
    }
}
