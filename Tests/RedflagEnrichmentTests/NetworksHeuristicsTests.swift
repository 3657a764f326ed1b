import Foundation
import RedflagPrimitives
import Testing

@testable import RedflagEnrichment

@Suite struct NetworksHeuristicsTests {
    let heuristics = ASNameHeuristics()

    @Test(arguments: [
        ("HOSTINGER - Hostinger International Limited", NetworkKinds()),  // brand word: left to the lists
        ("Example Web Hosting LLC", .hosting),
        ("ACME-DATACENTER", .hosting),
        ("Frankfurt Data Center GmbH", .hosting),
        ("SuperCloudHosting Ltd", .hosting),
        ("cheap-vps.example", .hosting),
        ("ACME-CLOUD", .hosting),
        ("NordVPN", .vpn),
        ("FAST-VPN Hosting", [.vpn, .hosting]),
        ("CLOUDFLARENET", NetworkKinds()),
        ("COMCAST-7922", NetworkKinds()),
        ("Deutsche Telekom AG", NetworkKinds()),
        ("T-MOBILE-AS21928", NetworkKinds()),
        ("China Telecom Cloud", NetworkKinds()),  // weak word + access provider
        ("Example Broadband Server Farm", NetworkKinds()),
        ("OBSERVERNET", NetworkKinds()),
    ] as [(String, NetworkKinds)])
    func names(name: String, expected: NetworkKinds) {
        #expect(heuristics.kinds(forOrganization: name) == expected, "\(name)")
    }

    /// How much of the real datacenter list the heuristic alone would catch, and that curated
    /// mobile carriers are never caught.
    @Test func coverageOnRealDatacenterNames() throws {
        guard let url = NetworksSharedData.file("lists/x4bnet-datacenter-asn.txt") else { return }
        let list = try NetworkList.load(contentsOf: url, format: .asn, kinds: .hosting)
        let caught = list.asNames.values.filter { heuristics.kinds(forOrganization: $0).contains(.hosting) }.count
        print("AS-name heuristic flags \(caught) of \(list.asNames.count) x4bnet datacenter names as hosting")
        #expect(caught * 10 >= list.asNames.count)
        let curated = try NetworkClassifier.curatedList()
        for (asn, kinds) in curated.asns where kinds == .mobileCarrier {
            let name = try #require(curated.asNames[asn])
            #expect(heuristics.kinds(forOrganization: name).isEmpty, "\(name)")
        }
    }
}
