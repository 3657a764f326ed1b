import Foundation
import RedflagPrimitives
import Testing

@testable import RedflagEnrichment

@Suite struct NetworksListLoaderTests {
    @Test func x4bnetVPNRanges() throws {
        guard let url = NetworksSharedData.file("lists/x4bnet-vpn-ipv4.txt") else { return }
        let list = try NetworkList.load(contentsOf: url, format: .cidr, kinds: .vpn)
        #expect(list.name == "list:x4bnet-vpn-ipv4.txt")
        #expect(list.networks.rangeCount > 1_000)
        #expect(list.networks.contains(try #require(IPAddress("2.26.157.10"))))
        #expect(list.networks.contains(try #require(IPAddress("2.27.227.255"))))  // inside 2.27.224.0/22
        #expect(!list.networks.contains(try #require(IPAddress("2.26.158.1"))))
    }

    @Test func x4bnetASNFiles() throws {
        guard let datacenter = NetworksSharedData.file("lists/x4bnet-datacenter-asn.txt"),
            let vpn = NetworksSharedData.file("lists/x4bnet-vpn-asn.txt")
        else { return }
        let hosting = try NetworkList.load(contentsOf: datacenter, format: .asn, kinds: .hosting)
        #expect(hosting.asns.count > 850)
        #expect(hosting.asns[14061] == .hosting)
        #expect(hosting.asns[55286] == .hosting)  // tab-separated line
        #expect(hosting.asNames[45090]?.hasPrefix("Tencent cloud") == true)
        let vpns = try NetworkList.load(contentsOf: vpn, format: .asn, kinds: .vpn)
        #expect(vpns.asns[9009] == .vpn)
        #expect(vpns.asns[209854] == .vpn)
    }

    @Test func badASNCSV() throws {
        guard let url = NetworksSharedData.file("lists/bad-asn-list.csv") else { return }
        let list = try NetworkList.load(contentsOf: url, format: .asnCSV, kinds: .hosting)
        #expect(list.asns.count > 700)
        #expect(list.asNames[198375] == "INULOGIC SARL, FR")
        #expect(list.asNames[51447] == "RootLayer Web Services Ltd, NL")  // space before the quote
        #expect(list.asNames[15497] == "COLOCALL Internet Data Center \"ColoCALL\", UA")  // doubled quotes
        #expect(list.asNames[20248] == "Take 2 Hosting, Inc.")  // quoted ASN field
        #expect(list.asNames[20264]?.hasPrefix("WEBAIR-INTERNET-2") == true)  // unquoted entity
    }

    @Test func torExitList() throws {
        guard let url = NetworksSharedData.file("lists/tor-exit-nodes-2024.lst") else { return }
        let list = try NetworkList.torExits(contentsOf: url)
        #expect(list.kinds == .tor)
        #expect(list.networks.contains(try #require(IPAddress("101.99.92.179"))))
        #expect(!list.networks.contains(try #require(IPAddress("101.99.92.180"))))
        #expect(list.networks.contains(try #require(IPAddress("2001:470:1:908::9001"))))  // written fully expanded
    }

    @Test func officeAndAstrillFiles() throws {
        let texts = ["offices.txt": "# HQ and corporate VPN\n203.0.113.0/24  # Berlin HQ\r\n\n2001:db8:10::/48\n", "astrill.txt": "198.51.100.0/25\n"]
        try withTextFiles(texts) { files in
            let offices = try NetworkList.offices(contentsOf: files["offices.txt"]!)
            #expect(offices.kinds == .office)
            #expect(offices.name == "office:offices.txt")
            #expect(offices.networks.contains(try #require(IPAddress("203.0.113.9"))))
            #expect(offices.networks.contains(try #require(IPAddress("2001:db8:10:ff::1"))))
            let astrills = try NetworkList.astrill(contentsOf: files["astrill.txt"]!)
            #expect(astrills.kinds == [.astrill, .vpn])
            #expect(astrills.networks.contains(try #require(IPAddress("198.51.100.127"))))
            #expect(!astrills.networks.contains(try #require(IPAddress("198.51.100.128"))))
        }
    }

    @Test(arguments: [
        ("10.0.0.0/8\n10.0.0.0/33\n", NetworkList.Format.cidr, 2, "10.0.0.0/33"),
        ("1.2.3.4\nexample.org\n", .ipList, 2, "example.org"),
        ("AS1\n\nASX12 # bad\n", .asn, 3, "ASX12"),
        ("AS1 hosting,cdn # unknown kind\n", .asn, 1, "cdn"),
        ("ASN,Entity\n1,\"ok\"\n2,\"unterminated\n", .asnCSV, 3, "quotes"),
    ])
    func errorsNameFileAndLine(text: String, format: NetworkList.Format, line: Int, quoted: String) {
        #expect {
            _ = try NetworkList.parse(text, file: "user-list.txt", format: format, kinds: .vpn, name: "test")
        } throws: { error in
            guard let error = error as? NetworkListError else { return false }
            return error.file == "user-list.txt" && error.line == line && error.description.contains(quoted)
        }
    }

    @Test func unreadableFileIsNamed() {
        let missing = URL(fileURLWithPath: "/nonexistent/redflag/vpn.txt")
        #expect(throws: NetworkListError.self) { try NetworkList.load(contentsOf: missing, format: .cidr, kinds: .vpn) }
        do {
            _ = try NetworkList.load(contentsOf: missing, format: .cidr, kinds: .vpn)
        } catch {
            #expect(error.file == missing.path && error.line == 0)
        }
    }
}
