import Foundation
import RedflagEnrichment
import RedflagEvents
import RedflagPrimitives

@testable import RedflagDetection

/// Builds events as NDJSON lines (so the decoder is exercised too) and runs them through the
/// engine with a fixed table of real networks.
struct Scenario {
    var lines: [String] = []
    var context = DetectionContext(ipIntelligence: Scenario.networks)
    var config = RuleConfig()

    /// Real networks with the facts a production database gives them.
    static let networks = StaticIPIntelligence(networkEntries)
    static let networkEntries: [(IPNetwork, IPFacts)] = [
        (IPNetwork("73.0.0.0/8")!, IPFacts(country: "US", asn: 7922, asOrganization: "COMCAST-7922", location: Coordinate(latitude: 41.9, longitude: -87.6))),
        (IPNetwork("98.0.0.0/8")!, IPFacts(country: "US", asn: 7922, asOrganization: "COMCAST-7922", location: Coordinate(latitude: 36.2, longitude: -86.8))),
        (IPNetwork("172.56.0.0/16")!, IPFacts(country: "US", asn: 21928, asOrganization: "T-MOBILE-AS21928", kinds: .mobileCarrier)),
        (IPNetwork("81.2.69.0/24")!, IPFacts(country: "GB", asn: 20712, asOrganization: "Andrews & Arnold", location: Coordinate(latitude: 51.5, longitude: -0.1))),
        (IPNetwork("211.0.0.0/8")!, IPFacts(country: "KR", asn: 4766, asOrganization: "Korea Telecom", location: Coordinate(latitude: 37.5, longitude: 127.0))),
        (IPNetwork("62.0.0.0/8")!, IPFacts(country: "DE", asn: 3320, asOrganization: "Deutsche Telekom AG", location: Coordinate(latitude: 52.5, longitude: 13.4))),
        (IPNetwork("159.89.0.0/16")!, IPFacts(country: "DE", asn: 14061, asOrganization: "DIGITALOCEAN-ASN", kinds: .hosting)),
        (IPNetwork("185.0.0.0/8")!, IPFacts(country: "NL", asn: 9009, asOrganization: "M247 Europe SRL", kinds: [.hosting, .vpn])),
        (IPNetwork("45.0.0.0/8")!, IPFacts(country: "US", asn: 64500, asOrganization: "Astrill exits", kinds: [.vpn, .astrill])),
        (IPNetwork("113.224.0.0/12")!, IPFacts(country: "CN", asn: 4837, asOrganization: "CHINA UNICOM China169 Backbone", location: Coordinate(latitude: 41.8, longitude: 123.4))),
        (IPNetwork("95.24.0.0/13")!, IPFacts(country: "RU", asn: 8402, asOrganization: "Beeline")),
        (IPNetwork("183.182.96.0/19")!, IPFacts(country: "LA", asn: 131267, asOrganization: "Star Telecom")),
        (IPNetwork("175.45.176.0/22")!, IPFacts(country: "KP", asn: 131279, asOrganization: "Ryugyong-dong")),
        (IPNetwork("10.0.0.0/8")!, IPFacts(country: "US", kinds: .office)),
        (IPNetwork("147.161.0.0/16")!, IPFacts(country: "AU", asn: 53813, asOrganization: "ZSCALER-INC", kinds: .corporateGateway)),
        (IPNetwork("165.225.0.0/16")!, IPFacts(country: "US", asn: 53813, asOrganization: "ZSCALER-INC", kinds: .corporateGateway)),
    ]

    static func time(_ day: Int, _ hour: Int, _ minute: Int = 0) -> String {
        Timestamp(milliseconds: Timestamp(rfc3339: "2026-03-01T00:00:00Z")!.milliseconds + Int64(day) * 86_400_000 + Int64(hour) * 3_600_000 + Int64(minute) * 60_000).description
    }

    mutating func add(_ type: String, _ account: String, _ time: String, _ fields: [String: Any] = [:], id: String? = nil) {
        var object = fields
        object["type"] = type
        object["time"] = time
        object["account"] = account
        if let id { object["id"] = id }
        let data = try! JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])
        lines.append(String(decoding: data, as: UTF8.self))
    }

    mutating func profile(_ account: String, day: Int = 0, country: String = "US", name: String? = nil, _ fields: [String: Any] = [:]) {
        var values = fields
        values["country"] = country
        values["name"] = name ?? "Person \(account)"
        add("account", account, Self.time(day, 0), values)
    }

    mutating func login(_ account: String, day: Int, hour: Int, minute: Int = 0, ip: String, device: String? = nil) {
        var fields: [String: Any] = ["ip": ip]
        if let device { fields["device"] = device }
        add("login", account, Self.time(day, hour, minute), fields)
    }

    mutating func work(_ account: String, day: Int, hour: Int, minutes: Int, ip: String? = nil) {
        var fields: [String: Any] = ["minutes": minutes]
        if let ip { fields["ip"] = ip }
        add("work", account, Self.time(day, hour), fields)
    }

    func run(lines override: [String]? = nil) -> DetectionResult {
        var engine = DetectionEngine(context: context, config: config)
        let decoder = EventDecoder()
        for (index, line) in (override ?? lines).enumerated() {
            engine.ingest(try! decoder.decode(line, at: SourceLocation(file: "scenario", line: index + 1)))
        }
        return engine.evaluate()
    }

    func findings(_ account: String) -> [Finding] {
        run().assessments.first { $0.account == account }?.findings ?? []
    }

    func finding(_ rule: String, on account: String) -> Finding? {
        findings(account).first { $0.rule == rule }
    }
}

extension CountryCode: ExpressibleByStringLiteral {
    public init(stringLiteral value: String) { self = CountryCode(value)! }
}
