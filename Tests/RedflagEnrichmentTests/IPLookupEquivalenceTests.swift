import Foundation
import RedflagPrimitives
import Testing

@testable import RedflagEnrichment

/// The byte-level MMDB reading and the ASCII AS-name path must give exactly what the string-based
/// reference gives: same ``IPFacts`` for every address, same ``MMDBError`` for corrupt data.
@Suite struct IPLookupEquivalenceTests {
    /// Records of every schema ``MMDBIntelligence`` reads, plus odd values (wrong types, empty
    /// strings, out-of-range coordinates, string ASNs and numbers).
    static func schemaDatabase() throws -> MMDBReader {
        var writer = MMDBWriter(ipVersion: 6, databaseType: "schemas", buildEpoch: 0)
        let records: [(String, MMDBValue)] = [
            ("1.0.0.0/24", ["country": ["iso_code": "US"], "autonomous_system_number": .uint32(15169),
                           "autonomous_system_organization": "GOOGLE", "isp": "Google LLC"]),
            ("1.0.1.0/24", ["country": "AU", "asn": "AS13335", "as_name": "Cloudflare, Inc.", "lat": "-33.49", "lng": "143.21"]),
            ("1.0.2.0/24", ["country_code": "de", "asn": "as3320", "organization": "DTAG", "latitude": .double(91), "longitude": .double(1)]),
            ("1.0.3.0/24", ["registered_country": ["iso_code": "FR"], "location": ["latitude": .uint32(48), "longitude": .int32(2)]]),
            ("1.0.4.0/24", ["country": ["iso_code": "XX"], "registered_country": "KP", "traits": [
                "is_anonymous_vpn": true, "is_hosting_provider": false, "is_tor_exit_node": .uint32(1),
                "connection_type": "Cellular", "user_type": "HOSTING", "isp": "", "organization": "Org"]]),
            ("1.0.5.0/24", ["redflag": ["anonymous_proxy": true, "satellite": true], "country": ["names": ["en": "Nowhere"]]]),
            ("1.0.6.0/24", ["autonomous_system_number": .uint64(1 << 40), "as_organization": "Big", "lon": .float(3.5), "lat": .int32(-4)]),
            ("1.0.7.0/24", ["is_residential_proxy": true, "is_public_proxy": true, "is_anonymous_proxy": .bool(false),
                           "is_satellite_provider": true, "user_type": "Cellular", "asn": .uint16(7)]),
            ("1.0.8.0/24", ["location": ["latitude": "1", "longitude": .double(2)], "country": ["iso_code": .uint32(1)],
                           "autonomous_system_organization": .uint32(5), "as_name": "Fallback"]),
            ("1.0.10.0/24", ["as_name": "Named", "isp": "Carrier", "organization": "Owner"]),
            ("1.0.11.0/24", ["isp": "Carrier", "organization": "Owner", "connection_type": "Cable/DSL"]),
            ("1.0.9.0/24", ["unrelated": ["deep": [.string("x"), .map(["asn": .uint32(1)])]], "K": "k"]),
            ("2001:db8::/32", ["country": ["iso_code": "JP"], "location": ["latitude": .double(35.6), "longitude": .double(139.7)]]),
        ]
        for (cidr, record) in records { try writer.insert(IPNetwork(cidr)!, record) }
        return try MMDBReader(bytes: writer.serialize())
    }

    @Test func everySchemaRecordMatchesTheReference() throws {
        let reader = try Self.schemaDatabase()
        let addresses = try #require(networkAddresses(reader))
        #expect(addresses.count >= 11)
        for address in addresses + [IPAddress("9.9.9.9")!, IPAddress("2001:db8::1")!] {
            #expect(lookupsAgree(reader, address), "\(address)")
        }
        let facts = try MMDBIntelligence(reader: reader, name: "db").lookup(IPAddress("1.0.4.1")!)
        #expect(facts.country == CountryCode("KP"))
        #expect(facts.kinds == [.vpn, .mobileCarrier, .hosting], "a non-boolean flag counts as false")
        #expect(facts.asOrganization == "Org")
    }

    /// Every network of every MaxMind test database (broken ones included) gives the reference's facts or error.
    @Test func maxMindTestDatabasesMatchTheReference() throws {
        guard let mmdb = SharedData.mmdb else { return }
        var compared = 0
        for url in SharedData.files(in: mmdb.appendingPathComponent("test-data"), extension: "mmdb") {
            guard let reader = try? MMDBReader(path: url.path) else { continue }
            let probes = ["1.1.1.1", "1.1.1.16", "1.1.1.32", "81.2.69.160", "1.128.0.1", "::1.1.1.1", "2001:218::1"]
            let addresses = (networkAddresses(reader) ?? []) + probes.map { IPAddress($0)! }
            for address in addresses {
                #expect(lookupsAgree(reader, address), "\(url.lastPathComponent) \(address)")
                compared += 1
            }
        }
        #expect(compared > 1000)
    }

    /// Flipping bytes of the data section must change nothing about which facts or errors come back.
    @Test func corruptedDatabasesFailLikeTheReference() throws {
        var bytes = try Self.schemaDatabase().rawBytes()
        let dataStart = try Self.dataSectionStart(bytes)
        let addresses = try #require(networkAddresses(try MMDBReader(bytes: bytes)))
        var random = SplitMix64(seed: 0x5eed)
        var errors = 0
        for _ in 0..<500 {
            var mutated = bytes
            for _ in 0..<(1 + Int(random.next() % 3)) {
                let index = dataStart + Int(random.next() % UInt64(bytes.count - dataStart))
                mutated[index] = UInt8(truncatingIfNeeded: random.next())
            }
            guard let reader = try? MMDBReader(bytes: mutated) else { continue }
            for address in addresses {
                #expect(lookupsAgree(reader, address), "\(address)")
                if (try? MMDBIntelligence(reader: reader, name: "db").lookup(address)) == nil { errors += 1 }
            }
        }
        #expect(errors > 100, "mutations should reach the error paths")
        bytes.removeAll()
    }

    /// Every single-byte change of the data section (a few values per byte) gives the reference's facts or error.
    @Test func everySingleByteCorruptionFailsLikeTheReference() throws {
        let bytes = try Self.schemaDatabase().rawBytes()
        let dataStart = try Self.dataSectionStart(bytes)
        let addresses = try #require(networkAddresses(try MMDBReader(bytes: bytes)))
        var errors = 0
        for index in dataStart..<bytes.count {
            let original = bytes[index]
            for value in Set([original ^ 1, original ^ 2, original ^ 3, original ^ 0x20, original ^ 0x80, 0, 0xFF]) {
                var mutated = bytes
                mutated[index] = value
                guard let reader = try? MMDBReader(bytes: mutated) else { continue }
                for address in addresses {
                    #expect(lookupsAgree(reader, address), "byte \(index) = \(value), \(address)")
                    if (try? MMDBIntelligence(reader: reader, name: "db").lookup(address)) == nil { errors += 1 }
                }
            }
        }
        #expect(errors > 100, "mutations should reach the error paths")
    }

    /// The bundled database (`REDFLAG_IPDB` or `data/generated/redflag-ip.mmdb`): one address per network.
    @Test func bundledDatabaseMatchesTheReference() throws {
        guard let path = BundledIPDatabase.defaultPath(), let reader = try? MMDBReader(path: path) else {
            print("notice: no bundled IP database (run `make` or set REDFLAG_IPDB); skipping")
            return
        }
        let addresses = try #require(networkAddresses(reader))
        let classifier = try NetworkClassifier()
        var organizations: Set<String> = []
        var mismatches = 0
        let step = max(1, addresses.count / (Int(ProcessInfo.processInfo.environment["REDFLAG_IPDB_SAMPLE"] ?? "") ?? 200_000))
        for index in stride(from: 0, to: addresses.count, by: step) where !lookupsAgree(reader, addresses[index]) {
            mismatches += 1
            if mismatches <= 5 { Issue.record("bundled database differs at \(addresses[index])") }
        }
        var recordAddresses: [Int: IPAddress] = [:]
        try reader.forEachNetwork { (network, offset) throws(MMDBError) in
            if recordAddresses[offset] == nil { recordAddresses[offset] = network.address }
        }
        for address in recordAddresses.values {
            let facts = try MMDBIntelligence(reader: reader, name: "redflag-ip").lookup(address)
            guard let organization = facts.asOrganization, organizations.insert(organization).inserted else { continue }
            var classified = facts, expected = facts
            classifier.classify(address, facts: &classified)
            referenceClassify(classifier, address, facts: &expected)
            if classified != expected {
                mismatches += 1
                if mismatches <= 5 { Issue.record("classification differs for \(organization)") }
            }
        }
        print("classified \(organizations.count) distinct AS names of the bundled database")
        print("compared \((addresses.count + step - 1) / step) of \(addresses.count) bundled networks")
        #expect(mismatches == 0)
    }

    static func dataSectionStart(_ bytes: [UInt8]) throws -> Int {
        let reader = try MMDBReader(bytes: bytes)
        return reader.dataStart
    }
}

/// ``NetworkClassifier/classify(_:facts:)`` against ``referenceClassify(_:_:facts:)``: same kinds, same
/// sources in the same order, with lists that overlap, repeat labels and include an office range.
@Suite struct ClassifierEquivalenceTests {
    @Test func classifyMatchesTheReference() throws {
        var classifier = try NetworkClassifier()
        classifier.add(try NetworkList.parse(
            "AS14061 # DigitalOcean\nAS3320 vpn\n", file: "vpn.txt", format: .asn, kinds: .vpn, name: "list:vpn.txt"))
        classifier.add(try NetworkList.parse(
            "203.0.113.0/24\n198.51.100.0/25\n", file: "astrill.txt", format: .cidr, kinds: [.astrill, .vpn],
            name: "astrill:astrill.txt"))
        classifier.add(try NetworkList.parse(
            "203.0.113.128/25\n2001:db8::/48\n", file: "offices.txt", format: .cidr, kinds: .office, name: "office:offices.txt"))
        classifier.add(try NetworkList.parse("198.51.100.7\n", file: "tor.txt", format: .ipList, kinds: .tor, name: "tor:tor.txt"))
        let curatedASNs = Array(classifier.lists[0].asns.keys.sorted().prefix(40))
        let addresses = ["203.0.113.5", "203.0.113.200", "198.51.100.7", "198.51.100.200", "2001:db8::5", "8.8.8.8"]
            .map { IPAddress($0)! }
        let names: [String?] = [nil, "ACME Hosting", "Deutsche Telekom AG", "NordVPN", "TELE\u{212A}OM CLOUD", "Cloud Services", ""]
        let sourceSets: [[String]] = [[], ["redflag-ip"], ["redflag-ip", "curated-asn"], ["as-name-heuristic", "list:vpn.txt"]]
        var random = SplitMix64(seed: 7)
        var compared = 0
        for _ in 0..<3000 {
            let asn: UInt32? = switch random.next() % 4 {
            case 0: nil
            case 1: curatedASNs[Int(random.next() % UInt64(curatedASNs.count))]
            case 2: [14061, 3320, 64512][Int(random.next() % 3)]
            default: UInt32(truncatingIfNeeded: random.next() % 70000)
            }
            var facts = IPFacts(
                asn: asn, asOrganization: names[Int(random.next() % UInt64(names.count))],
                kinds: NetworkKinds(rawValue: UInt16(truncatingIfNeeded: random.next()) & 0xFF),
                sources: sourceSets[Int(random.next() % UInt64(sourceSets.count))])
            var expected = facts
            let address = addresses[Int(random.next() % UInt64(addresses.count))]
            classifier.classify(address, facts: &facts)
            referenceClassify(classifier, address, facts: &expected)
            #expect(facts == expected, "\(address) \(String(describing: asn))")
            compared += 1
        }
        #expect(compared == 3000)
    }
}

/// The ASCII path of ``ASNameHeuristics`` against the word-splitting reference.
@Suite struct ASNameFastPathTests {
    static let names = [
        "", " ", "--", "Data Center", "data-center", "DATA CENTERS", "CloudHosting", "MYDATACENTER", "XHOSTING",
        "ABHOSTING", "ABCHOSTING", "123hosting", "hosting123", "ACME VPN", "vpns r us", "Cloud Services", "cloud_computing",
        "Cloud Infrastructure Telecom", "CLOUD", "Cloud Broadband", "colo@host", "IaaS", "server", "Servers",
        "Hostinger", "HOSTER", "data", "center", "DATA CLOUD CENTER", "CLOUD DATA CENTER", "webhosting.example",
        "Telecomunicaciones Cloud", "TELCO HOST", "vds-vps", "DataCentre", "MY-DATACENTRES", "ExpressVPN", "SURFSHARK",
        "TELE\u{212A}OM CLOUD", "Straße Hosting", "ÀCME cloud", "Ｈｏｓｔｉｎｇ", "Cloud\u{0301} host", "Ångström VPN",
        "a\u{0}b HOST", "HOSTING\u{7F}", "[CLOUD]", "`host`", "{vps}", "host~colo", "AS13335 CLOUDFLARENET",
    ]

    @Test func asciiPathMatchesTheReference() throws {
        let heuristics = ASNameHeuristics()
        var samples = Self.names
        if let url = NetworksSharedData.file("lists/x4bnet-datacenter-asn.txt") {
            samples += try NetworkList.load(contentsOf: url, format: .asn, kinds: .hosting).asNames.values
        }
        samples += try NetworkClassifier.curatedList().asNames.values
        var random = SplitMix64(seed: 42)
        let pieces = ["DATA", "center", "Cloud", "HOST", "ing", "vpn", "telecom", " ", "-", "_", "1", "é", "Services", "s", "COLO"]
        for _ in 0..<3000 {
            samples.append((0..<Int(random.next() % 6)).map { _ in pieces[Int(random.next() % UInt64(pieces.count))] }.joined())
        }
        for name in samples {
            let reference = ASNameHeuristics.kinds(ofWords: ASNameHeuristics.words(name))
            #expect(heuristics.kinds(forOrganization: name) == reference, "\(name)")
        }
        #expect(heuristics.kinds(forOrganization: "Data Center") == .hosting)
    }
}

extension MMDBReader {
    /// A copy of the database's bytes.
    func rawBytes() -> [UInt8] {
        Array(UnsafeRawBufferPointer(start: storage.base, count: storage.count))
    }
}
