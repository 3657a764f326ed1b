import Foundation
import RedflagPrimitives
import Testing

@testable import RedflagEnrichment

/// A fixed-answer base source: the real classifier runs on top of whatever the database said.
private struct StaticIPIntelligence: IPIntelligence {
    var answers: [IPAddress: IPFacts]
    func facts(for address: IPAddress) -> IPFacts { answers[address] ?? .unknown }
}

@Suite struct NetworksClassifierTests {
    private func address(_ text: String) throws -> IPAddress { try #require(IPAddress(text)) }

    @Test func curatedListLoadsWithExpectedEntries() throws {
        let curated = try NetworkClassifier.curatedList()
        #expect(curated.asns.count >= 150)
        #expect(curated.asns[14061] == .hosting)  // DigitalOcean
        #expect(curated.asns[9009] == [.hosting, .vpn])  // M247
        #expect(curated.asns[16509] == .hosting)  // AWS
        #expect(curated.asns[21928] == .mobileCarrier)  // T-Mobile US
        #expect(curated.asns[22394] == .mobileCarrier)  // Verizon Wireless
        #expect(curated.asns[13335] == .proxy)  // Cloudflare: WARP / Private Relay egress
        #expect(curated.asns[53813] == .corporateGateway)  // Zscaler
        #expect(curated.asns[55256] == .corporateGateway)  // Netskope
        #expect(curated.asns[7922] == nil)  // Comcast: a home ISP
    }

    @Test func curatedASNClassification() throws {
        let classifier = try NetworkClassifier()
        var facts = IPFacts(asn: 14061, asOrganization: "DIGITALOCEAN-ASN")
        classifier.classify(try address("159.203.1.1"), facts: &facts)
        #expect(facts.kinds == .hosting)
        #expect(facts.sources == ["curated-asn"])

        var mobile = IPFacts(asn: 21928, asOrganization: "T-MOBILE-AS21928")
        classifier.classify(try address("172.56.1.1"), facts: &mobile)
        #expect(mobile.kinds == .mobileCarrier)

        var home = IPFacts(asn: 7922, asOrganization: "COMCAST-7922")
        classifier.classify(try address("73.1.1.1"), facts: &home)
        #expect(home.kinds.isEmpty && home.sources.isEmpty)
    }

    @Test func nameHeuristicOnlyForUnlistedASNs() throws {
        let classifier = try NetworkClassifier()
        var unlisted = IPFacts(asn: 4_200_000_001, asOrganization: "Example Cloud Hosting Ltd")
        classifier.classify(try address("192.0.2.1"), facts: &unlisted)
        #expect(unlisted.kinds == .hosting)
        #expect(unlisted.sources == [ASNameHeuristics.sourceLabel])

        let noHeuristics = try NetworkClassifier(usesNameHeuristics: false)
        var plain = IPFacts(asn: 4_200_000_001, asOrganization: "Example Cloud Hosting Ltd")
        noHeuristics.classify(try address("192.0.2.1"), facts: &plain)
        #expect(plain.kinds.isEmpty)
    }

    @Test func userListsAddKindsAndLabels() throws {
        guard let vpnURL = NetworksSharedData.file("lists/x4bnet-vpn-ipv4.txt"),
            let torURL = NetworksSharedData.file("lists/tor-exit-nodes-2024.lst"),
            let badURL = NetworksSharedData.file("lists/bad-asn-list.csv")
        else { return }
        let classifier = try NetworkClassifier(lists: [
            try NetworkList.load(contentsOf: vpnURL, format: .cidr, kinds: .vpn),
            try NetworkList.torExits(contentsOf: torURL),
            try NetworkList.load(contentsOf: badURL, format: .asnCSV, kinds: .hosting),
        ])
        var vpn = IPFacts()
        classifier.classify(try address("2.26.157.1"), facts: &vpn)
        #expect(vpn.kinds == .vpn)
        #expect(vpn.sources == ["list:x4bnet-vpn-ipv4.txt"])

        var tor = IPFacts(asn: 3223, asOrganization: "VOXILITY, RO")
        classifier.classify(try address("101.99.92.179"), facts: &tor)
        #expect(tor.kinds == [.tor, .hosting])
        #expect(tor.sources == ["tor:tor-exit-nodes-2024.lst", "list:bad-asn-list.csv"])
    }

    @Test func officeAllowListWins() throws {
        let office = try NetworkList.parse("203.0.113.0/24\n", file: "offices.txt", format: .cidr, kinds: .office, name: "office:offices.txt")
        let astrill = try NetworkList.parse("203.0.113.0/24\n", file: "astrill.txt", format: .cidr, kinds: [.astrill, .vpn], name: "astrill:astrill.txt")
        let classifier = try NetworkClassifier(lists: [astrill, office])
        var facts = IPFacts(asn: 16509, asOrganization: "AMAZON-02", kinds: [.proxy])
        classifier.classify(try address("203.0.113.7"), facts: &facts)
        #expect(facts.kinds == .office)
        #expect(facts.kinds.isDisjoint(with: .anonymizing))
        #expect(facts.sources.contains("office:offices.txt"))

        var outside = IPFacts()
        classifier.classify(try address("203.0.114.7"), facts: &outside)
        #expect(outside.kinds.isEmpty)
    }

    @Test func classifiedIntelligenceWrapsBase() throws {
        let aws = try address("3.5.140.2")
        let base = StaticIPIntelligence(answers: [
            aws: IPFacts(country: CountryCode("US"), asn: 16509, asOrganization: "AMAZON-02", sources: ["mmdb"]),
        ])
        let intelligence = ClassifiedIPIntelligence(base: base, classifier: try NetworkClassifier())
        let facts = intelligence.facts(for: aws)
        #expect(facts.country == CountryCode("US"))
        #expect(facts.kinds == .hosting)
        #expect(facts.sources == ["mmdb", "curated-asn"])
        #expect(intelligence.facts(for: try address("8.8.4.4")).kinds.isEmpty)
    }
}
