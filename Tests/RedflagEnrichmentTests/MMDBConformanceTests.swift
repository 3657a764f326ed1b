import Foundation
import Testing
@testable import RedflagEnrichment
import RedflagPrimitives

/// The reader against MaxMind's own test databases and their source JSON.
@Suite struct MMDBConformanceTests {
    static let databasesWithSource: [String] = {
        guard let mmdb = SharedData.mmdb else { return [] }
        return SharedData.files(in: mmdb.appendingPathComponent("source-data"), extension: "json")
            .map { $0.deletingPathExtension().lastPathComponent }
            .filter { FileManager.default.fileExists(atPath: mmdb.appendingPathComponent("test-data/\($0).mmdb").path) }
    }()

    @Test(arguments: databasesWithSource)
    func everyNetworkOfTheSourceDataLooksUp(_ name: String) throws {
        guard let mmdb = SharedData.mmdb else { return }
        let reader = try MMDBReader(path: mmdb.appendingPathComponent("test-data/\(name).mmdb").path)
        let json = try JSONSerialization.jsonObject(with: Data(contentsOf: mmdb.appendingPathComponent("source-data/\(name).json")))
        let entries = try #require(json as? [[String: Any]]).compactMap { item -> (IPNetwork, Any)? in
            guard let (cidr, record) = item.first, let network = IPNetwork(cidr) else { return nil }
            return (network, record)
        }
        #expect(entries.count > 0)
        var checked = 0
        for (network, _) in entries {
            for address in [network.address, network.lastAddress] {
                guard let expected = entries.last(where: { $0.0.contains(address) && $0.0.address.family == address.family }) else { continue }
                let found = try #require(try reader.lookup(address), "\(name): no record for \(address)")
                #expect(mmdbMatchesJSON(found.value, expected.1), "\(name): \(address) → \(found.value)")
                #expect(found.network.prefixLength >= expected.0.prefixLength || found.network.contains(address))
                checked += 1
            }
        }
        #expect(checked >= entries.count)
    }
}
