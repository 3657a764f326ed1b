import Testing

@testable import RedflagPrimitives

@Suite struct PrimitivesTests {
    @Test(arguments: ["1.2.3.4", "0.0.0.0", "255.255.255.255", "::1", "2001:db8::1", "::ffff:1.2.3.4"])
    func parsesAddresses(_ text: String) throws {
        let address = try #require(IPAddress(text))
        #expect(IPAddress(address.description) == address)
    }

    @Test func ipv4TextIsTheDottedQuad() throws {
        var generator = SplitMix64(seed: 7)
        let edges: [UInt32] = [0, 1, 9, 10, 99, 100, 199, 200, 255]
        let octets = edges + (0..<40).map { _ in UInt32.random(in: 0...255, using: &generator) }
        for a in octets.shuffled(using: &generator).prefix(12) {
            for b in octets.shuffled(using: &generator).prefix(12) {
                let (c, d) = (octets.randomElement(using: &generator)!, octets.randomElement(using: &generator)!)
                let text = "\(a).\(b).\(c).\(d)"
                #expect(try #require(IPAddress(text)).description == text)
            }
        }
    }

    @Test(arguments: ["1.2.3", "1.2.3.4.5", "256.1.1.1", "01.2.3.4", "1.2.3.4 ", "", "::g", "fe80::1%eth0", "a.b.c.d"])
    func rejectsMalformedAddresses(_ text: String) {
        #expect(IPAddress(text) == nil)
    }

    @Test func ipv4IsStoredMapped() throws {
        let address = try #require(IPAddress("175.45.176.10"))
        #expect(address.v4Value == 0xAF2D_B00A)
        #expect(address.description == "175.45.176.10")
        #expect(IPAddress("::ffff:175.45.176.10")?.v4Value == 0xAF2D_B00A)
    }

    @Test func networksContainTheirEdges() throws {
        let network = try #require(IPNetwork("175.45.176.0/22"))
        #expect(network.contains(IPAddress("175.45.176.0")!))
        #expect(network.contains(IPAddress("175.45.179.255")!))
        #expect(!network.contains(IPAddress("175.45.180.0")!))
        #expect(network.lastAddress.description == "175.45.179.255")
        #expect(IPNetwork("2001:db8::/32")!.contains(IPAddress("2001:db8:ffff::1")!))
        #expect(IPNetwork("10.0.0.0/33") == nil)
    }

    @Test func countryCodesAreISO() {
        #expect(CountryCode("KP")?.name == "Korea (North)")
        #expect(CountryCode("US") != nil)
        #expect(CountryCode("us") == nil)
        #expect(CountryCode("ZZ") == nil)
        #expect(CountryCode("USA") == nil)
        #expect(CountryCode.all.count == 250)
    }

    @Test func timestampsParseAndPrint() throws {
        #expect(Timestamp(rfc3339: "1970-01-01T00:00:00Z")?.milliseconds == 0)
        #expect(Timestamp(rfc3339: "2026-03-01T17:15:00+09:00")?.description == "2026-03-01T08:15:00Z")
        #expect(Timestamp(rfc3339: "2026-03-01T08:15:00.250Z")?.milliseconds == Timestamp(rfc3339: "2026-03-01T08:15:00Z")!.milliseconds + 250)
        #expect(Timestamp(rfc3339: "2024-02-29") != nil)
        #expect(Timestamp(rfc3339: "2023-02-29") == nil)
        #expect(Timestamp(rfc3339: "2026-03-01T08:15:00") == nil, "an offset is required")
        #expect(Timestamp(rfc3339: "1969-12-31T23:00:00Z")?.utcHour == 23)
        #expect(Timestamp(rfc3339: "1969-12-31T23:00:00Z")?.day == -1)
    }

    /// The straight-through reading of `YYYY-MM-DDTHH:MM:SSZ` agrees with the general parser on
    /// strings of that shape with random digits, separators and out-of-range fields, and declines
    /// every other shape.
    @Test func utcSecondsFastPathAgreesWithTheGeneralParser() {
        var random = SplitMix64(seed: 3)
        let alphabet = Array("0123456789-:TtZz +.x".utf8)
        var agreed = 0
        for round in 0..<20_000 {
            var bytes = Array("2026-03-01T16:25:57Z".utf8)
            for _ in 0..<Int(random.next() % 4) {
                let position = Int(random.next() % UInt64(bytes.count))
                bytes[position] = round % 2 == 0 ? UInt8(0x30 + random.next() % 10) : alphabet[Int(random.next() % UInt64(alphabet.count))]
            }
            if round % 7 == 0 { bytes.removeLast(Int(random.next() % 3)) }
            bytes.withUnsafeBufferPointer { utf8 in
                let fast = Timestamp.parseSecondsInUTC(utf8)
                if let fast {
                    #expect(fast == Timestamp.parse(utf8), "\(String(decoding: utf8, as: UTF8.self))")
                    agreed += 1
                } else if utf8.count == 20, let general = Timestamp.parse(utf8), utf8[19] | 0x20 == UInt8(ascii: "z") {
                    Issue.record("fast path declined \(String(decoding: utf8, as: UTF8.self)), read as \(general)")
                }
            }
        }
        #expect(agreed > 5_000)
    }
}
