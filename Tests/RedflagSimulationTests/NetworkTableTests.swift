import RedflagPrimitives
import Testing
@testable import RedflagSimulation

@Suite("Network table")
struct NetworkTableTests {
    let table = KnownNetwork.table

    /// Addresses inside blocks whose country (or ASN) in Redflag's bundled IP database (2026, tor-geoipdb
    /// countries) differs from the table's; they were replaced. `scripts/check-sim-networks.sh` is the full check.
    static let replacedSamples = [
        "2.0.1.1", "2.1.1.1", "2.2.1.1", "178.100.68.187", "2.24.102.153", "31.70.101.204", "158.247.200.1",
        "31.204.40.1", "31.169.120.10", "45.135.184.10", "45.136.155.10", "91.194.201.10", "83.97.22.10",
        "85.121.242.10", "45.159.213.10", "176.105.248.10", "154.16.29.10", "79.112.69.34", "84.81.154.51",
        "86.91.187.67", "196.97.17.204", "181.1.200.1",
    ]

    @Test("blocks that Redflag's IP database places in another country are gone")
    func replacedBlocksAreGone() throws {
        for text in Self.replacedSamples {
            let address = try #require(IPAddress(text))
            let holders = table.filter { $0.network.contains(address) }.map { "\($0.network) \($0.name)" }
            #expect(holders.isEmpty, "\(text) is still in \(holders)")
        }
    }

    @Test("no prefix is listed twice, and every persona country keeps several home networks")
    func coverage() {
        let prefixes = table.map { "\($0.network)" }
        #expect(Set(prefixes).count == prefixes.count)
        let homeCountries = (CountryProfile.freelancerCountries + CountryProfile.employeeCountries).map(\.0)
        for country in Set(homeCountries) {
            let homes = table.filter { $0.country == country && ($0.kind == .residential || $0.kind == .mobile) }
            #expect(homes.count >= 2, "\(country) has \(homes.count) home networks")
        }
        for country in ["US", "GB", "CA", "JP", "NL", "DE", "SG", "HK"] {
            #expect(table.contains { $0.country == country && ($0.kind == .vpn || $0.kind == .hosting) }, "no exit in \(country)")
        }
        #expect(table.filter { $0.kind == .vpn }.count >= 50)
    }
}
