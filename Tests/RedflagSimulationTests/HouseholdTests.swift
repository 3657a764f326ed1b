import Foundation
import Testing
@testable import RedflagSimulation

@Suite("Households of the simulated marketplace")
struct HouseholdTests {
    @Test("people who share a home line say they live in the same city")
    func householdsClaimOneCity() throws {
        var events = "", labels = ""
        _ = try Simulator(SimulationConfig(accounts: 300, days: 1, seed: 9, dprkShare: 0, honestWeights: ["shared_home": 40])).run(events: &events, labels: &labels)
        let sharers = Set(labels.split(separator: "\n").dropFirst().compactMap { row -> String? in
            let fields = row.split(separator: ",", omittingEmptySubsequences: false)
            return fields[2] == "shared_home" ? String(fields[0]) : nil
        })
        var cities: [String: String] = [:], homes: [String: Set<String>] = [:]
        for line in events.split(separator: "\n") {
            guard let object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any],
                let account = object["account"] as? String, sharers.contains(account) else { continue }
            if object["type"] as? String == "account", let city = object["city"] as? String { cities[account] = city }
            if object["type"] as? String == "login", let ip = object["ip"] as? String { homes[ip, default: []].insert(account) }
        }
        let households = homes.values.filter { $0.count > 1 }
        #expect(households.count >= 5, "only \(households.count) shared home lines")
        for members in households {
            #expect(Set(members.map { cities[$0] ?? "?" }).count == 1, "\(members.sorted()): \(members.map { cities[$0] ?? "?" })")
        }
    }
}
