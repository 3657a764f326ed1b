import ArgumentParser
import Foundation
import RedflagDetection
import RedflagEnrichment
import RedflagScreening

/// The options every scanning command shares: rules file, IP databases and lists, screening data.
struct EnrichmentOptions: ParsableArguments {
    @Option(help: "YAML rules file overriding weights and thresholds (see `redflag rules --yaml`).")
    var rules: String?

    @Option(name: .customLong("db"), help: "MaxMind DB file (GeoIP2/GeoLite2, IPinfo, DB-IP) layered over the bundled database; repeatable, later wins.")
    var databases: [String] = []

    @Flag(help: "Do not use the bundled IP database.")
    var noBundledDB = false

    @Option(name: .customLong("vpn-list"), help: "VPN list: CIDRs, `AS#### # name` lines or `ASN,\"Entity\"` CSV; repeatable.")
    var vpnLists: [String] = []

    @Option(name: .customLong("hosting-list"), help: "Hosting/datacenter list, same layouts as --vpn-list; repeatable.")
    var hostingLists: [String] = []

    @Option(name: .customLong("tor-list"), help: "Tor exit list, one address a line; repeatable.")
    var torLists: [String] = []

    @Option(name: .customLong("astrill-list"), help: "Astrill VPN ranges (CIDRs); repeatable.")
    var astrillLists: [String] = []

    @Option(name: .customLong("office-list"), help: "Your own offices and corporate VPN (CIDRs), never counted as anonymizing; repeatable.")
    var officeLists: [String] = []

    @Option(help: "Sanctions data directory written by `redflag data import` (default: $REDFLAG_HOME or ~/.redflag).")
    var dataDir: String?

    @Flag(help: "Skip sanctions and indicator screening.")
    var noScreening = false

    func ruleConfig() throws -> RuleConfig {
        guard let rules else { return RuleConfig() }
        do { return try RuleConfig(contentsOf: rules, catalogue: RuleCatalogue.all) } catch { throw ValidationError(error.description) }
    }

    func detectionContext() throws -> DetectionContext {
        DetectionContext(
            ipIntelligence: try ipIntelligence(),
            screener: try screener(),
            geography: try DirectoryGeography.bundled(),
            contacts: try EnrichmentContacts.bundled())
    }

    /// Bundled database, then `--db` files, classified by the curated and user lists.
    func ipIntelligence() throws -> ClassifiedIPIntelligence {
        let layers = try databaseLayers()
        if layers.isEmpty {
            warn("no IP database: run `make` to build data/generated/redflag-ip.mmdb, or pass --db (network rules will see no countries)")
        }
        return ClassifiedIPIntelligence(base: LayeredIPIntelligence(layers: layers), classifier: try networkClassifier())
    }

    /// The bundled database (unless turned off) and the `--db` files, in override order.
    func databaseLayers() throws -> [any IPIntelligence] {
        var layers: [any IPIntelligence] = []
        if !noBundledDB, let bundled = try BundledIPDatabase.open() { layers.append(bundled) }
        for path in databases { layers.append(try MMDBIntelligence(path: path)) }
        return layers
    }

    /// The curated ASN list plus every list given on the command line.
    func networkClassifier() throws -> NetworkClassifier {
        var lists: [NetworkList] = []
        for path in vpnLists { lists.append(try Self.load(path, kinds: .vpn)) }
        for path in hostingLists { lists.append(try Self.load(path, kinds: .hosting)) }
        for path in torLists { lists.append(try NetworkList.torExits(contentsOf: URL(fileURLWithPath: path))) }
        for path in astrillLists { lists.append(try NetworkList.astrill(contentsOf: URL(fileURLWithPath: path))) }
        for path in officeLists { lists.append(try NetworkList.offices(contentsOf: URL(fileURLWithPath: path))) }
        return try NetworkClassifier(lists: lists)
    }

    func screener() throws -> Screener? {
        guard !noScreening else { return nil }
        let store = SanctionsStore(directory: dataDir.map { URL(fileURLWithPath: $0) } ?? SanctionsStore.defaultDirectory())
        return try Screener.load(from: store)
    }

    /// Loads a list file, recognising its layout from its first entry.
    static func load(_ path: String, kinds: NetworkKinds) throws -> NetworkList {
        let url = URL(fileURLWithPath: path)
        let text = (try? String(contentsOf: url, encoding: .utf8)) ?? ""
        let first = text.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }
            .first { !$0.isEmpty && !$0.hasPrefix("#") } ?? ""
        let format: NetworkList.Format
        if first.uppercased().hasPrefix("AS"), first.dropFirst(2).first?.isNumber == true {
            format = .asn
        } else if first.contains(",") {
            format = .asnCSV
        } else {
            format = first.contains("/") ? .cidr : .ipList
        }
        return try NetworkList.load(contentsOf: url, format: format, kinds: kinds)
    }
}

func warn(_ message: String) {
    FileHandle.standardError.write(Data("redflag: \(message)\n".utf8))
}
