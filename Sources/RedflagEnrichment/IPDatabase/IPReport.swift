import Foundation
import RedflagPrimitives

/// What `redflag ip` prints for one address: the merged facts and which database said each thing.
public struct IPReport: Codable, Sendable, Hashable {
    public var address: String
    public var country: String?
    public var countryName: String?
    public var asn: UInt32?
    public var organization: String?
    public var flags: [String]
    public var latitude: Double?
    public var longitude: Double?
    /// Field name → databases that supplied it.
    public var sources: [String: [String]]
    public var error: String?

    public init(address: IPAddress, result: IPLookupResult) {
        self.address = address.description
        country = result.facts.country?.code
        countryName = result.facts.country?.name
        asn = result.facts.asn
        organization = result.facts.asOrganization
        flags = result.facts.kinds.labels
        latitude = result.facts.location?.latitude
        longitude = result.facts.location?.longitude
        sources = Dictionary(uniqueKeysWithValues: result.fieldSources.map { ($0.key.rawValue, $0.value) })
    }

    /// A report for text that is not an IP address.
    public init(invalid text: String) {
        address = text
        flags = []
        sources = [:]
        error = "not an IPv4 or IPv6 address"
    }

    /// Opens the databases at `paths` (in override order) or, with none, the bundled one, and adds
    /// `extraLayers` (e.g. a network classifier) on top.
    public static func intelligence(
        databases paths: [String], extraLayers: [any IPIntelligence] = []
    ) throws -> LayeredIPIntelligence {
        var layers: [any IPIntelligence] = []
        if paths.isEmpty {
            guard let bundled = try BundledIPDatabase.open() else {
                throw MMDBError.cannotOpen(path: BundledIPDatabase.relativePath, errno: ENOENT)
            }
            layers.append(bundled)
        } else {
            for path in paths { layers.append(try MMDBIntelligence(path: path)) }
        }
        return LayeredIPIntelligence(layers: layers + extraLayers)
    }

    /// One JSON object (sorted keys, one line) per address.
    public static func jsonLines(for texts: [String], using intelligence: LayeredIPIntelligence) -> [String] {
        texts.map { text in
            jsonLine(IPAddress(text).map { IPReport(address: $0, result: intelligence.lookup($0)) } ?? IPReport(invalid: text))
        }
    }

    /// The report as one line of JSON with sorted keys.
    public static func jsonLine(_ report: IPReport) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let data = (try? encoder.encode(report)) ?? Data("{}".utf8)
        return String(decoding: data, as: UTF8.self)
    }
}
