import RedflagPrimitives
import Testing

@testable import RedflagEnrichment

@Suite struct NetworksCIDRSetTests {
    private func set(_ blocks: [String]) throws -> CIDRSet {
        CIDRSet(try blocks.map { try #require(IPNetwork($0)) })
    }

    private func address(_ text: String) throws -> IPAddress { try #require(IPAddress(text)) }

    @Test func membershipAtRangeEdges() throws {
        let cidrs = try set(["10.0.0.0/8", "192.168.1.0/24", "2001:db8::/32"])
        #expect(cidrs.contains(try address("10.0.0.0")))
        #expect(cidrs.contains(try address("10.255.255.255")))
        #expect(!cidrs.contains(try address("11.0.0.0")))
        #expect(!cidrs.contains(try address("9.255.255.255")))
        #expect(cidrs.contains(try address("192.168.1.77")))
        #expect(!cidrs.contains(try address("192.168.2.1")))
        #expect(cidrs.contains(try address("2001:db8:ffff::1")))
        #expect(!cidrs.contains(try address("2001:db9::")))
        #expect(cidrs.contains(try address("::ffff:10.1.2.3")))
    }

    @Test func overlappingAndAdjacentBlocksMerge() throws {
        let cidrs = try set(["10.0.0.0/25", "10.0.0.128/25", "10.0.0.0/24", "10.0.1.0/24", "10.0.3.0/24", "10.0.0.5"])
        #expect(cidrs.rangeCount == 2)
        #expect(cidrs.contains(try address("10.0.1.255")))
        #expect(!cidrs.contains(try address("10.0.2.0")))
        #expect(cidrs.contains(try address("10.0.3.0")))
    }

    @Test func extremesOfTheAddressSpace() throws {
        let cidrs = try set(["::/1", "ffff::/16"])
        #expect(cidrs.contains(try address("::")))
        #expect(cidrs.contains(try address("ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff")))
        #expect(!cidrs.contains(try address("8000::")))
        #expect(!CIDRSet().contains(try address("1.2.3.4")))
    }

    /// Every address of the real x4bnet VPN list is found, and the merged set agrees with a linear scan.
    @Test func agreesWithLinearScanOnRealList() throws {
        guard let url = NetworksSharedData.file("lists/x4bnet-vpn-ipv4.txt") else { return }
        let list = try NetworkList.load(contentsOf: url, format: .cidr, kinds: .vpn)
        let blocks = try String(contentsOf: url, encoding: .utf8).split(separator: "\n").compactMap { IPNetwork($0) }
        #expect(blocks.count == 10_862)
        var generator = SystemRandomNumberGenerator()
        var probes = blocks.prefix(200).flatMap { [$0.address, $0.lastAddress] }
        for _ in 0..<1_000 { probes.append(IPAddress(v4: UInt32.random(in: 0...UInt32.max, using: &generator))) }
        for probe in probes {
            #expect(list.networks.contains(probe) == blocks.contains { $0.contains(probe) }, "\(probe)")
        }
    }
}
