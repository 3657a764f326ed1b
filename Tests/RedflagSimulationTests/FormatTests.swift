import Foundation
import RedflagPrimitives
import Testing
@testable import RedflagSimulation

/// Checks every line against /work/shared/spec/events.md (version 1).
@Suite("Event format")
struct FormatTests {
    static let types: Set<String> = ["account", "login", "work", "bid", "contract", "review", "payout", "shipment", "endpoint",
                                     "message", "interview", "document", "reference"]
    let run = SimulationRun.shared

    @Test("every line is a JSON object with a valid envelope")
    func envelope() throws {
        #expect(run.lines.count == run.summary.lines)
        for (number, object) in run.objects.enumerated() {
            let event = try #require(object, "line \(number + 1) is not a JSON object")
            let type = try #require(event["type"] as? String, "line \(number + 1): type")
            #expect(Self.types.contains(type), "line \(number + 1): unknown type \(type)")
            let time = try #require(event["time"] as? String, "line \(number + 1): time")
            #expect(Self.parseTime(time) != nil, "line \(number + 1): bad time \(time)")
            let account = try #require(event["account"] as? String, "line \(number + 1): account")
            #expect((1...200).contains(account.count))
            #expect(event["id"] is String)
        }
    }

    @Test("field types follow the spec for every event type")
    func fieldTypes() throws {
        for event in run.events {
            let type = event["type"] as! String
            for key in ["ip"] where event[key] != nil {
                let text = try #require(event[key] as? String)
                #expect(IPAddress(text) != nil, "\(type): bad ip \(text)")
            }
            for key in ["country", "client_country"] where event[key] != nil {
                let text = try #require(event[key] as? String)
                #expect(CountryCode(text) != nil, "\(type): bad country \(text)")
            }
            switch type {
            case "login":
                #expect(event["ip"] is String)
                if let success = event["success"] { #expect(success is Bool) }
            case "work":
                let minutes = try #require(event["minutes"] as? Double)
                #expect(minutes > 0)
            case "bid":
                #expect(event["text"] is String && event["rate"] is NSNumber && event["client"] is String)
            case "contract":
                #expect(event["contract"] is String)
                #expect(["offered", "active", "ended"].contains(event["status"] as? String ?? ""))
            case "review":
                let rating = try #require(event["rating"] as? Double)
                #expect((1...5).contains(rating))
            case "payout":
                #expect(["bank", "paypal", "payoneer", "wise", "crypto", "check", "other"].contains(event["method"] as? String ?? ""))
                if event["method"] as? String == "crypto" { #expect(event["wallet"] is String) }
                if event["amount"] != nil { #expect(event["currency"] as? String == "USD") }
            case "shipment":
                let address = try #require(event["address"] as? [String: Any])
                #expect(address["line1"] is String && address["city"] is String)
                #expect(CountryCode(address["country"] as? String ?? "") != nil)
            case "endpoint":
                #expect(event["software"] is [String] && event["displays"] is [String] && event["usb"] is [[String: Any]])
            case "message":
                #expect(["sent", "received"].contains(event["direction"] as? String ?? ""))
            case "interview":
                #expect(event["video"] is Bool && event["camera"] is Bool && event["flags"] is [String])
            case "document":
                #expect(["passport", "driver_license", "national_id", "residence_permit"].contains(event["kind"] as? String ?? ""))
                #expect(["verified", "failed", "suspicious"].contains(event["result"] as? String ?? ""))
            case "reference":
                #expect(["education", "employment"].contains(event["kind"] as? String ?? ""))
                #expect(["confirmed", "unconfirmed", "no_response", "not_found"].contains(event["result"] as? String ?? ""))
            case "account":
                if let kind = event["kind"] { #expect(["freelancer", "employee", "applicant", "client"].contains(kind as? String ?? "")) }
                if let created = event["created"] as? String { #expect(Self.parseTime(created) != nil) }
            default:
                break
            }
        }
    }

    @Test("every event type of the spec appears")
    func allTypesAppear() {
        let seen = Set(run.events.compactMap { $0["type"] as? String })
        #expect(seen == Self.types, "missing: \(Self.types.subtracting(seen))")
    }

    @Test("key order is stable: type, id, time, account first")
    func keyOrder() {
        for line in run.lines.prefix(500) {
            #expect(line.hasPrefix("{\"type\":\""))
            let id = line.range(of: ",\"id\":")!.lowerBound, time = line.range(of: ",\"time\":")!.lowerBound
            let account = line.range(of: ",\"account\":")!.lowerBound
            #expect(id < time && time < account)
        }
    }

    @Test("every address lies in a network of the real-prefix table, IPv6 included")
    func addressesFromTable() throws {
        let networks = KnownNetwork.table.map(\.network)
        var v6 = 0
        for event in run.events {
            guard let text = event["ip"] as? String else { continue }
            let ip = try #require(IPAddress(text))
            if ip.family == .v6 { v6 += 1 }
            #expect(networks.contains { $0.contains(ip) }, "\(text) is outside the table")
        }
        #expect(v6 > 0)
    }

    static func parseTime(_ text: String) -> Date? {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime]
        return formatter.date(from: text)
    }
}
