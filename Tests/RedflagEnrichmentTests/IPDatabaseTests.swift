import Foundation
import Testing
@testable import RedflagEnrichment
import RedflagPrimitives

/// Mapping records of each schema to ``IPFacts``, layering, and the bundled database builder.
@Suite struct IPDatabaseTests {
    /// Real lines from Debian's libloc-database (`location dump`, 2022-10) and tor-geoipdb (2026-06).
    static let liblocDump = """
        # Generated: Sat, 29 Oct 2022 05:59:54 GMT

        aut-num:                 AS131279
        name:                    Star Joint Venture Co. Ltd.

        aut-num:                 AS13335
        name:                    CLOUDFLARENET

        net:                     1.0.0.0/8
        country:                 AU

        net:                     1.0.0.0/24
        country:                 AU
        aut-num:                 13335
        is-anycast:              yes

        net:                     175.45.176.0/22
        country:                 KP

        net:                     175.45.176.0/24
        country:                 KP
        aut-num:                 131279

        net:                     2a0e:fd45:2a0::/44
        country:                 GB
        is-anonymous-proxy:      yes

        net:                     41.78.128.0/22
        country:                 SC
        is-satellite-provider:   yes
        """
    static let torGeoIP = """
        # Generated: Thu, 25 Jun 2026 04:33:59 GMT
        16777216,16777471,AU
        2939006976,2939007999,KP
        2939008000,2939009023,??
        """
    static let torGeoIP6 = "2a0e:fd45:2a0::,2a0e:fd45:2af:ffff:ffff:ffff:ffff:ffff,NL\n"

    static func smallBundledDatabase() throws -> MMDBIntelligence {
        var builder = BundledIPDatabaseBuilder()
        builder.addLiblocDump(liblocDump)
        builder.addTorGeoIP(torGeoIP)
        builder.addTorGeoIP(torGeoIP6)
        let reader = try MMDBReader(bytes: builder.makeWriter(buildEpoch: 0).serialize())
        return MMDBIntelligence(reader: reader, name: "redflag-ip")
    }

    @Test func northKoreanRangeFromRealData() throws {
        let intelligence = try Self.smallBundledDatabase()
        let facts = intelligence.facts(for: IPAddress("175.45.176.1")!)
        #expect(facts.country == CountryCode("KP"))
        #expect(facts.asn == 131_279)
        #expect(facts.asOrganization == "Star Joint Venture Co. Ltd.")
        #expect(facts.sources == ["redflag-ip"])
        #expect(intelligence.facts(for: IPAddress("175.45.178.9")!).country == CountryCode("KP"))
        #expect(intelligence.facts(for: IPAddress("175.45.178.9")!).asn == nil)
        #expect(intelligence.facts(for: IPAddress("::ffff:175.45.176.1")!).country == CountryCode("KP"))
        let description = intelligence.reader.metadata.description["en"] ?? ""
        #expect(description.contains("Sat, 29 Oct 2022"))
        #expect(description.contains("Thu, 25 Jun 2026"))
    }

    @Test func bundledSchemaFlagsAndTorOverride() throws {
        let intelligence = try Self.smallBundledDatabase()
        let proxy = intelligence.facts(for: IPAddress("2a0e:fd45:2a0::1")!)
        #expect(proxy.kinds == [.proxy, .disputedLocation], "libloc said GB: the sources disagree")
        #expect(proxy.country == CountryCode("NL"), "tor-geoipdb's newer country wins")
        #expect(intelligence.facts(for: IPAddress("41.78.129.1")!).kinds == [.satellite])
        let northKorea = intelligence.facts(for: IPAddress("175.45.176.1")!)
        #expect(northKorea.country == CountryCode("KP") && !northKorea.kinds.contains(.disputedLocation), "both sources say KP")
        let cloudflare = intelligence.facts(for: IPAddress("1.0.0.1")!)
        #expect(cloudflare.asn == 13335)
        #expect(cloudflare.asOrganization == "CLOUDFLARENET")
        #expect(cloudflare.country == CountryCode("AU"))
        #expect(intelligence.facts(for: IPAddress("9.9.9.9")!) == .unknown)
        let offset = try #require(try intelligence.reader.lookupRecordOffset(IPAddress("1.0.0.1")!)).offset
        #expect(try intelligence.reader.value(at: offset, path: ["redflag", "anycast"]) == .bool(true))
    }

    static func database(_ records: [(String, MMDBValue)], name: String) throws -> MMDBIntelligence {
        var writer = MMDBWriter(ipVersion: 6, databaseType: name, buildEpoch: 0)
        for (cidr, record) in records { try writer.insert(IPNetwork(cidr)!, record) }
        return MMDBIntelligence(reader: try MMDBReader(bytes: writer.serialize()), name: name)
    }

    @Test func layeredDatabasesOverrideFieldByField() throws {
        let base = try Self.database(
            [("8.8.8.0/24", ["country": ["iso_code": "US"], "autonomous_system_number": .uint32(15169),
                            "autonomous_system_organization": "GOOGLE"])], name: "base")
        let city = try Self.database(
            [("8.8.8.0/24", ["country": ["iso_code": "CA"], "location": ["latitude": .double(45.5), "longitude": .double(-73.6)]])],
            name: "city")
        let anonymous = try Self.database([("8.8.8.8/32", ["is_hosting_provider": true, "is_anonymous_vpn": true])], name: "anon")
        let layered = LayeredIPIntelligence(layers: [base, city, anonymous])
        let result = layered.lookup(IPAddress("8.8.8.8")!)
        #expect(result.facts.country == CountryCode("CA"))
        #expect(result.facts.asn == 15169)
        #expect(result.facts.asOrganization == "GOOGLE")
        #expect(result.facts.location == Coordinate(latitude: 45.5, longitude: -73.6))
        #expect(result.facts.kinds == [.hosting, .vpn])
        #expect(result.fieldSources[.country] == ["city"])
        #expect(result.fieldSources[.asn] == ["base"])
        #expect(result.fieldSources[.kinds] == ["anon"])
        #expect(result.facts.sources == ["base", "city", "anon"])
        let other = layered.lookup(IPAddress("8.8.8.9")!)
        #expect(other.facts.kinds.isEmpty)
        #expect(other.facts.sources == ["base", "city"])
        let reversed = LayeredIPIntelligence(layers: [city, base]).facts(for: IPAddress("8.8.8.8")!)
        #expect(reversed.country == CountryCode("US"))
        #expect(layered.facts(for: IPAddress("8.8.8.8")!) == result.facts)
        // A later layer with another ASN and no organisation withdraws the earlier layer's name.
        let asn = try Self.database([("8.8.8.0/24", ["autonomous_system_number": .uint32(396982)])], name: "asn")
        let renumbered = LayeredIPIntelligence(layers: [base, asn]).lookup(IPAddress("8.8.8.8")!)
        #expect(renumbered.facts.asn == 396982 && renumbered.facts.asOrganization == nil)
        #expect(renumbered.fieldSources[.organization] == nil && renumbered.fieldSources[.asn] == ["asn"])
        #expect(LayeredIPIntelligence(layers: [base, asn]).facts(for: IPAddress("8.8.8.8")!) == renumbered.facts)
    }

    @Test func otherVendorsSchemas() throws {
        let ipinfo = try Self.database(
            [("1.1.1.0/24", ["country": "AU", "asn": "AS13335", "as_name": "Cloudflare, Inc.", "lat": "-33.49", "lng": "143.21"])],
            name: "ipinfo")
        let facts = ipinfo.facts(for: IPAddress("1.1.1.1")!)
        #expect(facts.country == CountryCode("AU"))
        #expect(facts.asn == 13335)
        #expect(facts.asOrganization == "Cloudflare, Inc.")
        #expect(facts.location == Coordinate(latitude: -33.49, longitude: 143.21))
        let mobile = try Self.database([("2.2.2.0/24", ["connection_type": "Cellular", "isp": "Orange"])], name: "ct")
        #expect(mobile.facts(for: IPAddress("2.2.2.2")!).kinds == [.mobileCarrier])
        #expect(mobile.facts(for: IPAddress("2.2.2.2")!).asOrganization == "Orange")
    }

    @Test func maxMindTestDatabasesMapToFacts() throws {
        guard let mmdb = SharedData.mmdb else { return }
        func open(_ name: String) throws -> MMDBIntelligence {
            try MMDBIntelligence(path: mmdb.appendingPathComponent("test-data/\(name).mmdb").path)
        }
        let city = try open("GeoIP2-City-Test").facts(for: IPAddress("81.2.69.160")!)
        #expect(city.country == CountryCode("GB"))
        #expect(city.location == Coordinate(latitude: 51.5142, longitude: -0.0931))
        #expect(city.sources == ["GeoIP2-City-Test"])
        let asn = try open("GeoLite2-ASN-Test").facts(for: IPAddress("1.128.0.1")!)
        #expect(asn.asn == 1221)
        #expect(asn.asOrganization == "Telstra Pty Ltd")
        let anonymous = try open("GeoIP2-Anonymous-IP-Test").facts(for: IPAddress("1.2.0.1")!)
        #expect(anonymous.kinds.contains(.vpn))
        let isp = try open("GeoIP2-ISP-Test").facts(for: IPAddress("1.128.0.1")!)
        #expect(isp.asn == 1221)
        let country = try open("GeoIP2-Country-Test").facts(for: IPAddress("2001:218::1")!)
        #expect(country.country == CountryCode("JP"))
        let corrupt = try open("MaxMind-DB-test-broken-pointers-24")
        for address in ["1.1.1.16", "1.1.1.32", "1.1.1.1"] { _ = corrupt.facts(for: IPAddress(address)!) }
        #expect(throws: MMDBError.self) { try corrupt.lookup(IPAddress("1.1.1.32")!) }
    }

    @Test func defaultPathPrefersEnvironmentThenWalksUp() throws {
        #expect(BundledIPDatabase.defaultPath(environment: ["REDFLAG_IPDB": "/x/y.mmdb"]) == "/x/y.mmdb")
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("redflag-ipdb-\(getpid())")
        defer { try? FileManager.default.removeItem(at: root) }
        let nested = root.appendingPathComponent("a/b/c")
        try FileManager.default.createDirectory(at: nested, withIntermediateDirectories: true)
        #expect(BundledIPDatabase.defaultPath(environment: [:], currentDirectory: nested.path, executablePath: nil) == nil)
        let file = root.appendingPathComponent(BundledIPDatabase.relativePath)
        try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data([0]).write(to: file)
        #expect(BundledIPDatabase.defaultPath(environment: [:], currentDirectory: nested.path, executablePath: nil) == file.path)
        #expect(
            BundledIPDatabase.defaultPath(environment: [:], currentDirectory: "/", executablePath: nested.path + "/redflag")
                == file.path)
    }

    @Test func rangeSplitting() {
        #expect(IPRangeSplitter.networks(from: IPAddress("10.0.0.1")!, to: IPAddress("10.0.0.6")!).map(\.description)
            == ["10.0.0.1/32", "10.0.0.2/31", "10.0.0.4/31", "10.0.0.6/32"])
        #expect(IPRangeSplitter.networks(from: IPAddress("0.0.0.0")!, to: IPAddress("255.255.255.255")!).map(\.description) == ["0.0.0.0/0"])
        #expect(IPRangeSplitter.networks(from: IPAddress("2001:db8::")!, to: IPAddress("2001:db8::1:ffff")!).map(\.description)
            == ["2001:db8::/111"])
        #expect(IPRangeSplitter.networks(from: IPAddress("::")!, to: IPAddress("ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff")!).count == 1)
    }
}
