import Foundation
import Testing
@testable import RedflagEnrichment
import RedflagPrimitives

/// The reader against MaxMind's structural test databases: record sizes, trees, types, metadata.
@Suite struct MMDBReaderTests {
    static func open(_ name: String) throws -> MMDBReader? {
        guard let mmdb = SharedData.mmdb else { return nil }
        return try MMDBReader(path: mmdb.appendingPathComponent("test-data/\(name).mmdb").path)
    }

    static let layouts: [(String, Int, Int)] = [
        ("ipv4", 24, 4), ("ipv4", 28, 4), ("ipv4", 32, 4), ("ipv6", 24, 6), ("ipv6", 28, 6), ("ipv6", 32, 6),
        ("mixed", 24, 6), ("mixed", 28, 6), ("mixed", 32, 6),
    ]

    @Test(arguments: layouts)
    func recordSizesAndTrees(_ layout: (String, Int, Int)) throws {
        let (kind, size, version) = layout
        guard let reader = try Self.open("MaxMind-DB-test-\(kind)-\(size)") else { return }
        #expect(reader.metadata.recordSize == size)
        #expect(reader.metadata.ipVersion == version)
        #expect(reader.metadata.databaseType == "Test")
        #expect(reader.metadata.languages == ["en", "zh"])
        #expect(reader.metadata.description["en"] == "Test Database")
        #expect(reader.metadata.binaryFormatMajorVersion == 2)
        if kind != "ipv6" {
            let expected: [(String, String, Int)] = [
                ("1.1.1.1", "1.1.1.1", 32), ("1.1.1.3", "1.1.1.2", 31), ("1.1.1.5", "1.1.1.4", 30),
                ("1.1.1.15", "1.1.1.8", 29), ("1.1.1.17", "1.1.1.16", 28), ("1.1.1.32", "1.1.1.32", 32),
            ]
            for (address, ip, prefix) in expected {
                let found = try #require(try reader.lookup(IPAddress(address)!))
                let stored = kind == "mixed" ? "::" + ip : ip
                #expect(found.value == ["ip": .string(stored)], "\(kind)-\(size) \(address)")
                #expect(found.network.prefixLength == prefix, "\(kind)-\(size) \(address)")
            }
            #expect(try reader.lookup(IPAddress("1.1.1.33")!) == nil)
            #expect(try reader.lookup(IPAddress("255.254.253.123")!) == nil)
        }
        if kind == "ipv4" {
            #expect(throws: MMDBError.self) { try reader.lookup(IPAddress("2001::1")!) }
        } else {
            let expected: [(String, String)] = [
                ("::1:ffff:ffff", "::1:ffff:ffff"), ("::2:0:0", "::2:0:0"), ("::2:0:3f", "::2:0:0"),
                ("::2:0:41", "::2:0:40"), ("::2:0:51", "::2:0:50"), ("::2:0:59", "::2:0:58"),
            ]
            for (address, ip) in expected {
                let found = try #require(try reader.lookup(IPAddress(address)!), "\(kind)-\(size) \(address)")
                #expect(found.value == ["ip": .string(ip)], "\(kind)-\(size) \(address)")
            }
            #expect(try reader.lookup(IPAddress("89fa::")!) == nil)
        }
        if kind == "mixed" {
            for mapped in ["::ffff:1.1.1.1", "::1.1.1.1", "2002:101:101::"] {
                let found = try #require(try reader.lookup(IPAddress(mapped)!), "\(mapped)")
                #expect(found.value == ["ip": "::1.1.1.1"], "\(mapped)")
            }
        }
        var networks = 0
        try reader.forEachNetwork { (_, offset) throws(MMDBError) in
            networks += 1
            _ = try reader.value(at: offset)
        }
        #expect(networks > 0)
    }

    @Test func decoderDatabaseHasEveryType() throws {
        guard let reader = try Self.open("MaxMind-DB-test-decoder") else { return }
        let record = try #require(try reader.lookup(IPAddress("1.1.1.0")!)).value
        #expect(record["array"] == [.uint32(1), .uint32(2), .uint32(3)])
        #expect(record["boolean"] == .bool(true))
        #expect(record["bytes"] == .bytes([0, 0, 0, 42]))
        #expect(record["double"] == .double(42.123456))
        #expect(record["float"] == .float(1.1))
        #expect(record["int32"] == .int32(-268_435_456))
        #expect(record[path: ["map", "mapX", "arrayX"]] == [.uint32(7), .uint32(8), .uint32(9)])
        #expect(record[path: ["map", "mapX", "utf8_stringX"]] == "hello")
        #expect(record["uint16"] == .uint16(100))
        #expect(record["uint32"] == .uint32(268_435_456))
        #expect(record["uint64"] == .uint64(1_152_921_504_606_846_976))
        #expect(record["uint128"] == .uint128(high: 1 << 56, low: 0))
        #expect(record["utf8_string"] == "unicode! ☯ - ♫")
        let zero = try #require(try reader.lookup(IPAddress("::")!)).value
        #expect(zero["array"] == .array([]))
        #expect(zero["boolean"] == .bool(false))
        #expect(zero["uint128"] == .uint128(high: 0, low: 0))
        #expect(zero["utf8_string"] == "")
        let max = try #require(try reader.lookup(IPAddress("::255.255.255.255")!)).value
        #expect(max["uint64"] == .uint64(.max))
        #expect(max["uint128"] == .uint128(high: .max, low: .max))
        #expect(max["int32"] == .int32(.max))
    }

    @Test func pathLookupMatchesFullDecode() throws {
        guard let reader = try Self.open("GeoIP2-City-Test") else { return }
        let address = IPAddress("81.2.69.160")!
        let (offset, prefix) = try #require(try reader.lookupRecordOffset(address))
        #expect(prefix == 27)
        #expect(try reader.string(at: offset, path: ["country", "iso_code"]) == "GB")
        #expect(try reader.string(at: offset, path: ["city", "names", "en"]) == "London")
        #expect(try reader.string(at: offset, path: ["country", "missing"]) == nil)
        #expect(try reader.string(at: offset, path: ["location"]) == nil)
        let full = try reader.value(at: offset)
        #expect(try reader.value(at: offset, path: ["location", "latitude"]) == full[path: ["location", "latitude"]])
        #expect(try reader.value(at: offset, path: []) == full)
    }

    @Test func metadataEdgeCases() throws {
        guard let pointers = try Self.open("MaxMind-DB-test-metadata-pointers") else { return }
        #expect(pointers.metadata.databaseType.isEmpty == false)
        let noIPv4 = try #require(try Self.open("MaxMind-DB-no-ipv4-search-tree"))
        #expect(try noIPv4.lookup(IPAddress("1.1.1.1")!)?.value == "::/64")
        #expect(try noIPv4.lookup(IPAddress("1.1.1.1")!)?.network.prefixLength == 0)
        let strings = try #require(try Self.open("MaxMind-DB-string-value-entries"))
        #expect(try strings.lookup(IPAddress("1.1.1.1")!)?.value == "1.1.1.1/32")
        let nested = try #require(try Self.open("MaxMind-DB-test-nested"))
        #expect(try nested.lookup(IPAddress("1.1.1.1")!) != nil)
        #expect(throws: MMDBError.self) { try Self.open("GeoIP2-City-Test-Invalid-Node-Count") }
    }

    @Test func brokenTestDatabasesFailWithErrors() throws {
        guard let pointers = try Self.open("MaxMind-DB-test-broken-pointers-24") else { return }
        #expect(throws: MMDBError.self) { try pointers.verify() }
        let tree = try #require(try Self.open("MaxMind-DB-test-broken-search-tree-24"))
        #expect(throws: MMDBError.self) { try tree.verify() }
        let double = try #require(try Self.open("GeoIP2-City-Test-Broken-Double-Format"))
        #expect(throws: MMDBError.self) { try double.verify() }
    }

    @Test func pointerDecoderDatabaseDecodes() throws {
        guard let reader = try Self.open("MaxMind-DB-test-pointer-decoder") else { return }
        var records = 0
        try reader.forEachNetwork { (_, offset) throws(MMDBError) in
            records += 1
            _ = try reader.value(at: offset)
        }
        #expect(records > 0)
    }

    @Test func conformanceDatabasesHaveExpectedMetadata() throws {
        guard let city = try Self.open("GeoIP2-City-Test") else { return }
        #expect(city.metadata.databaseType == "GeoIP2-City")
        #expect(city.metadata.ipVersion == 6)
        #expect(city.metadata.languages.contains("en"))
        #expect(city.metadata.nodeCount > 0)
        #expect(city.metadata.buildEpoch > 1_400_000_000)
        let asn = try #require(try Self.open("GeoLite2-ASN-Test"))
        #expect(asn.metadata.databaseType == "GeoLite2-ASN")
    }
}
