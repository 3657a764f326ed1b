import Foundation
import Testing
@testable import RedflagEnrichment
import RedflagPrimitives

/// The writer's files read back with our reader and with libmaxminddb's `mmdblookup`.
@Suite struct MMDBWriterTests {
    static let everyType: MMDBValue = [
        "string": "unicode! ☯ - ♫", "double": .double(42.123456), "bytes": .bytes([0, 0, 0, 42]),
        "uint16": .uint16(100), "uint32": .uint32(268_435_456), "int32": .int32(-268_435_456),
        "uint64": .uint64(.max), "uint128": .uint128(high: 1 << 56, low: 7), "array": [.uint32(1), "two", true],
        "bool": false, "float": .float(1.1), "map": ["nested": ["deep": "value"], "empty": .map([:])],
        "long": .string(String(repeating: "x", count: 70_000)),
    ]

    static func sample(ipVersion: Int, recordSize: Int?) throws -> [UInt8] {
        var writer = MMDBWriter(
            ipVersion: ipVersion, databaseType: "Redflag-Test", description: ["en": "writer test"], languages: ["en"],
            recordSize: recordSize, buildEpoch: 1_700_000_000)
        try writer.insert(IPNetwork("1.2.0.0/16")!, ["country": ["iso_code": "US"], "n": .uint32(1)])
        try writer.insert(IPNetwork("1.2.3.0/24")!, ["country": ["iso_code": "KP"], "n": .uint32(2)])
        try writer.insert(IPNetwork("10.0.0.0/8")!, everyType)
        if ipVersion == 6 {
            try writer.insert(IPNetwork("2001:db8::/32")!, ["country": ["iso_code": "DE"]])
            try writer.insert(IPNetwork("2001:db8:1::/48")!, ["country": ["iso_code": "US"], "n": .uint32(1)])
        }
        return try writer.serialize()
    }

    @Test(arguments: [(4, 24), (4, 28), (4, 32), (6, 24), (6, 28), (6, 32), (6, 0)])
    func roundTrip(_ layout: (Int, Int)) throws {
        let (version, size) = layout
        let bytes = try Self.sample(ipVersion: version, recordSize: size == 0 ? nil : size)
        let reader = try MMDBReader(bytes: bytes)
        #expect(reader.metadata.recordSize == (size == 0 ? 24 : size))
        #expect(reader.metadata.ipVersion == version)
        #expect(reader.metadata.databaseType == "Redflag-Test")
        #expect(reader.metadata.description == ["en": "writer test"])
        #expect(reader.metadata.buildEpoch == 1_700_000_000)
        #expect(try reader.lookup(IPAddress("1.2.3.4")!)?.value == ["country": ["iso_code": "KP"], "n": .uint32(2)])
        #expect(try reader.lookup(IPAddress("1.2.3.4")!)?.network == IPNetwork("1.2.3.0/24"))
        #expect(try reader.lookup(IPAddress("1.2.4.4")!)?.value == ["country": ["iso_code": "US"], "n": .uint32(1)])
        #expect(try reader.lookup(IPAddress("1.2.4.4")!)?.network.prefixLength == 22)
        #expect(try reader.lookup(IPAddress("10.255.0.1")!)?.value == Self.everyType)
        #expect(try reader.lookup(IPAddress("1.3.0.0")!) == nil)
        if version == 6 {
            #expect(try reader.lookup(IPAddress("::ffff:1.2.3.4")!)?.value["n"] == .uint32(2))
            #expect(try reader.lookup(IPAddress("2002:102:304::")!)?.value["n"] == .uint32(2))
            #expect(try reader.lookup(IPAddress("2001:db8:2::1")!)?.value == ["country": ["iso_code": "DE"]])
            #expect(try reader.lookup(IPAddress("2001:db8:1::1")!)?.value["n"] == .uint32(1))
        }
        var networks: [String] = []
        try reader.forEachNetwork { (network, _) throws(MMDBError) in networks.append(network.description) }
        #expect(networks.contains("1.2.3.0/24"))
        #expect(networks.contains("10.0.0.0/8"))
    }

    @Test func repeatedRecordsAreStoredOnce() throws {
        var many = MMDBWriter(ipVersion: 4, databaseType: "t", buildEpoch: 0)
        var one = MMDBWriter(ipVersion: 4, databaseType: "t", buildEpoch: 0)
        let record: MMDBValue = ["autonomous_system_organization": "A LONG ORGANISATION NAME, INC.", "asn": .uint32(65000)]
        for i in 0..<200 {
            try many.insert(IPNetwork(address: IPAddress(v4: UInt32(i) << 12), prefixLength: 24), record)
        }
        try one.insert(IPNetwork("0.0.0.0/24")!, record)
        let manyBytes = try many.serialize(), oneBytes = try one.serialize()
        let reader = try MMDBReader(bytes: manyBytes)
        #expect(reader.dataCount == (try MMDBReader(bytes: oneBytes)).dataCount)
        #expect(try reader.lookup(IPAddress("0.0.199.0")!)?.value == nil)
        #expect(try reader.lookup(IPAddress(v4: 199 << 12))?.value == record)
    }

    @Test func mergeEditsExistingRecords() throws {
        var writer = MMDBWriter(ipVersion: 6, databaseType: "t", buildEpoch: 0)
        try writer.insert(IPNetwork("175.45.176.0/22")!, ["asn": .uint32(131_279)])
        try writer.merge(IPNetwork("175.45.0.0/16")!) { existing in
            var fields = existing?.mapValue ?? [:]
            fields["country"] = ["iso_code": "KP"]
            return .map(fields)
        }
        let reader = try MMDBReader(bytes: writer.serialize())
        #expect(try reader.lookup(IPAddress("175.45.176.1")!)?.value == ["asn": .uint32(131_279), "country": ["iso_code": "KP"]])
        #expect(try reader.lookup(IPAddress("175.45.1.1")!)?.value == ["country": ["iso_code": "KP"]])
    }

    @Test func mmdblookupReadsWhatWeWrite() throws {
        let tool = ["/usr/bin/mmdblookup", "/usr/local/bin/mmdblookup"].first { FileManager.default.isExecutableFile(atPath: $0) }
        guard let tool else {
            if ProcessInfo.processInfo.environment["CI"] == "true" {
                Issue.record("mmdblookup not installed (apt-get install -y mmdb-bin) and CI=true")
            } else {
                print("notice: mmdblookup not installed (apt-get install -y mmdb-bin); skipping")
            }
            return
        }
        for (version, size) in [(4, 28), (6, 24), (6, 32)] {
            let path = FileManager.default.temporaryDirectory.appendingPathComponent("redflag-writer-\(version)-\(size)-\(getpid()).mmdb").path
            defer { try? FileManager.default.removeItem(atPath: path) }
            try Data(Self.sample(ipVersion: version, recordSize: size)).write(to: URL(fileURLWithPath: path))
            let kp = try run(tool, ["--file", path, "--ip", "1.2.3.4", "country", "iso_code"])
            #expect(kp.contains("\"KP\" <utf8_string>"), "\(version)/\(size): \(kp)")
            let all = try run(tool, ["--file", path, "--ip", "10.1.2.3"])
            #expect(all.contains("\"unicode! ☯ - ♫\" <utf8_string>"))
            #expect(all.contains("-268435456 <int32>"))
            #expect(all.contains("18446744073709551615 <uint64>"))
            #expect(all.contains("0x01000000000000000000000000000007 <uint128>"))
            #expect(all.contains("0000002A <bytes>"))
            #expect(all.contains("42.123456 <double>"))
            #expect(all.contains("1.100000 <float>"))
            #expect(all.contains("false <boolean>"))
            #expect(all.contains("\"value\" <utf8_string>"))
            let verbose = try run(tool, ["--file", path, "--verbose", "--ip", "1.2.3.4"])
            #expect(verbose.contains("Record size:   \(size) bits"))
            #expect(verbose.contains("Type:          Redflag-Test"))
            if version == 6 {
                let v6 = try run(tool, ["--file", path, "--ip", "2001:db8:2::1", "country", "iso_code"])
                #expect(v6.contains("\"DE\""))
            }
            let missing = try run(tool, ["--file", path, "--ip", "9.9.9.9"])
            #expect(missing.contains("Could not find an entry"))
        }
    }

    private func run(_ tool: String, _ arguments: [String]) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: tool)
        process.arguments = arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
    }
}
