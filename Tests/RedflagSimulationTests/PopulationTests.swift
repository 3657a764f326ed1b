import Foundation
import RedflagPrimitives
import Testing
@testable import RedflagSimulation

@Suite("Population and ground truth")
struct PopulationTests {
    let run = SimulationRun.shared

    @Test("labels.csv has one row per account with the documented columns")
    func labelRows() {
        #expect(run.labelsText.hasPrefix("account,label,persona,team\n"))
        #expect(run.labels.count == SimulationRun.config.accounts)
        #expect(Set(run.labels.map { $0[0] }).count == run.labels.count)
        for row in run.labels {
            #expect(row.count == 4)
            #expect(row[1] == "honest" || row[1] == "dprk")
            #expect(row[1] == "dprk" ? row[3].hasPrefix("cell-") : row[3].isEmpty)
            #expect(row[1] == "dprk" ? row[2].hasPrefix("dprk_") : !row[2].hasPrefix("dprk_"))
        }
        let accountsWithEvents = Set(run.events.compactMap { $0["account"] as? String })
        #expect(accountsWithEvents == Set(run.labels.map { $0[0] }))
    }

    @Test("5–8 % of accounts are DPRK; honest personas include the tricky ones")
    func personaMix() throws {
        let dprk = run.labels.filter { $0[1] == "dprk" }.count
        let share = Double(dprk) / Double(run.labels.count)
        #expect((0.05...0.08).contains(share), "dprk share \(share)")
        let big = try Simulator(SimulationConfig(accounts: 2000, days: 1, seed: 3))
        var sink = "", labels = ""
        let summary = big.run(events: &sink, labels: &labels)
        for (persona, weight) in Persona.honestMix where weight > 0 {
            #expect((summary.personas[persona.rawValue] ?? 0) > 0, "no \(persona.rawValue) in 2000 accounts")
        }
        for care in Care.allCases {
            #expect(summary.personas.keys.contains { $0.hasSuffix("_" + care.rawValue) }, "no \(care.rawValue) cell")
        }
        #expect((0.05...0.08).contains(Double(summary.dprkAccounts) / 2000))
        #expect(summary.personas["freelancer", default: 0] > summary.personas["nomad", default: 0])
    }

    @Test("--honest-mix replaces the weights of the personas it names and leaves out those at 0")
    func honestMixOverride() throws {
        let config = SimulationConfig(accounts: 600, days: 1, seed: 3, honestWeights: ["privacy_vpn": 40, "nomad": 0])
        var sink = "", labels = ""
        let summary = try Simulator(config).run(events: &sink, labels: &labels)
        let honest = summary.accounts - summary.dprkAccounts
        let vpn = summary.personas["privacy_vpn", default: 0]
        // 40 of 125 weight units (the default 93, less nomads and the default 4 of privacy_vpn).
        #expect(Double(vpn) / Double(honest) > 0.2, "\(vpn) of \(honest)")
        #expect(summary.personas["nomad"] == nil)
        #expect(summary.personas["freelancer", default: 0] > 0)
        #expect(RunReadme.text(config: config, summary: summary).contains("honest-mix=nomad=0.0,privacy_vpn=40.0"))
        #expect(throws: SimulationError.self) { try Simulator(SimulationConfig(honestWeights: ["dprk_rented": 5])) }
        #expect(throws: SimulationError.self) { try Simulator(SimulationConfig(honestWeights: ["unknown": 5])) }
        #expect(throws: SimulationError.self) { try Simulator(SimulationConfig(honestWeights: ["nomad": -1])) }
        let none = Dictionary(uniqueKeysWithValues: Persona.honestMix.map { ($0.0.rawValue, 0.0) })
        #expect(throws: SimulationError.self) { try Simulator(SimulationConfig(honestWeights: none)) }
    }

    @Test("DPRK cells have 3–10 members that share identifiers")
    func teamsShareIdentifiers() {
        var members: [String: [String]] = [:]
        for row in run.labels where row[1] == "dprk" { members[row[3], default: []].append(row[0]) }
        #expect(!members.isEmpty)
        var identifiers: [String: [String: Set<String>]] = [:]  // account → kind → values
        for event in run.events {
            guard let account = event["account"] as? String, run.labelByAccount[account]?[1] == "dprk" else { continue }
            for key in ["device", "destination", "ip", "number_hash", "photo_hash", "wallet"] {
                if let value = event[key] as? String { identifiers[account, default: [:]][key, default: []].insert(value) }
            }
        }
        for (team, accounts) in members {
            #expect((3...10).contains(accounts.count), "\(team) has \(accounts.count) members")
            var owners: [String: Set<String>] = [:]
            for account in accounts {
                for (key, values) in identifiers[account] ?? [:] {
                    for value in values { owners["\(key)=\(value)", default: []].insert(account) }
                }
            }
            let shared = owners.values.filter { $0.count >= 2 }.count
            #expect(shared > 0, "\(team): no identifier shared by two members")
        }
    }

    @Test("honest groups share addresses too: agencies, households, carrier NAT")
    func honestSharing() throws {
        let big = try Simulator(SimulationConfig(accounts: 400, days: 5, seed: 11))
        var events = "", labels = ""
        _ = big.run(events: &events, labels: &labels)
        let persona = Dictionary(uniqueKeysWithValues: labels.split(separator: "\n").dropFirst().map {
            let f = $0.split(separator: ",", omittingEmptySubsequences: false); return (String(f[0]), String(f[2]))
        })
        var byIP: [String: Set<String>] = [:]
        for line in events.split(separator: "\n") {
            let object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
            if let ip = object["ip"] as? String, let account = object["account"] as? String, !(persona[account] ?? "").hasPrefix("dprk") {
                byIP[ip, default: []].insert(account)
            }
        }
        let sharedPersonas = Set(byIP.values.filter { $0.count >= 2 }.flatMap { $0 }.compactMap { persona[$0] })
        #expect(sharedPersonas.contains("agency") || sharedPersonas.contains("shared_home") || sharedPersonas.contains("mobile_nat"))
    }

    @Test("a few events are re-delivered as exact duplicates with the same id")
    func duplicates() {
        var seen: [String: Substring] = [:]
        var duplicates = 0
        for line in run.lines {
            guard let range = line.range(of: "\"id\":\"") else { continue }
            let id = String(line[range.upperBound...].prefix { $0 != "\"" })
            if let earlier = seen[id] {
                duplicates += 1
                #expect(earlier == line)
            }
            seen[id] = line
        }
        #expect(duplicates == run.summary.duplicates)
        #expect(duplicates > 0)
        #expect(Double(duplicates) < Double(run.lines.count) * 0.01)
    }

    @Test("lines arrive out of time order, by at most a few days (history before the window aside)")
    func shuffled() {
        let windowStart = FormatTests.parseTime(SimulationRun.config.start + "T00:00:00Z")!
        let times = run.events.compactMap { ($0["time"] as? String).flatMap(FormatTests.parseTime) }.filter { $0 >= windowStart }
        var inversions = 0
        var latest = Date.distantPast
        var worstLag: TimeInterval = 0
        for time in times {
            if time < latest { inversions += 1; worstLag = max(worstLag, latest.timeIntervalSince(time)) }
            latest = max(latest, time)
        }
        #expect(inversions > times.count / 10)
        #expect(worstLag > 86_400)
        #expect(worstLag < 86_400 * 6)
    }

    @Test("DPRK signals from the advisories are present in a larger run")
    func dprkSignals() throws {
        var events = "", labels = ""
        _ = try Simulator(SimulationConfig(accounts: 600, days: 30, seed: 5)).run(events: &events, labels: &labels)
        let rows = labels.split(separator: "\n").dropFirst().map { $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init) }
        let persona = Dictionary(uniqueKeysWithValues: rows.map { ($0[0], $0[2]) })
        var leaks: [String: Int] = [:]
        for line in events.split(separator: "\n") {
            let object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
            guard let text = object["ip"] as? String, let ip = IPAddress(text),
                  let network = KnownNetwork.table.first(where: { $0.network.contains(ip) }),
                  network.region == "Liaoning" || network.country == "KP" else { continue }
            let who = persona[object["account"] as! String]!
            leaks[who.hasPrefix("dprk") ? "dprk" : who, default: 0] += 1
            if network.country == "KP" { #expect(who.hasPrefix("dprk"), "honest \(who) seen from KP") }
        }
        #expect(leaks["dprk", default: 0] > 0, "no Liaoning/KP leak from a DPRK account")
        #expect(Set(leaks.keys).isSubset(of: ["dprk", "china_vpn"]), "unexpected Liaoning traffic: \(leaks)")
        #expect(events.contains("PiKVM") || events.contains("TinyPilot"))
        #expect(events.contains("face_mismatch") || events.contains("scripted_answers"))
        #expect(events.contains("silverstarchina.com") || events.contains("edenprogram.com") || events.contains("xinlusoft.com"))
        #expect(events.contains("Telegram") || events.contains("WhatsApp") || events.contains("Skype") || events.contains("Discord"))
        #expect(Contact.disposableDomains.contains { events.contains("@" + $0) })
        #expect(events.contains("\"method\":\"crypto\""))
    }
}
