import ArgumentParser
import RedflagEnrichment
import RedflagPrimitives

/// `redflag ip ADDRESS... [--db PATH]...`: what Redflag knows of each address, as JSON lines.
public struct IPCommand: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "ip",
        abstract: "Look up IP addresses: country, ASN, organisation, network flags, location, and which database or list said so.",
        discussion: "With several --db the later ones override earlier ones field by field, on top of the bundled "
            + "database (REDFLAG_IPDB, or data/generated/redflag-ip.mmdb built by `make`). Network flags come from "
            + "the databases, Redflag's curated ASN list, AS-name heuristics and the lists you pass."
    )

    @Argument(help: "IPv4 or IPv6 addresses.")
    public var addresses: [String]

    @OptionGroup var enrichment: EnrichmentOptions

    public init() {}

    public func run() throws {
        let layers = try enrichment.databaseLayers()
        guard !layers.isEmpty else {
            throw ValidationError("no IP database: build it with `make` (data/generated/redflag-ip.mmdb), set REDFLAG_IPDB, or pass --db PATH")
        }
        let databases = LayeredIPIntelligence(layers: layers)
        let classifier = try enrichment.networkClassifier()
        for text in addresses {
            guard let address = IPAddress(text) else {
                print(IPReport.jsonLine(IPReport(invalid: text)))
                continue
            }
            var result = databases.lookup(address)
            let before = result.facts.sources
            classifier.classify(address, facts: &result.facts)
            let listed = result.facts.sources.filter { !before.contains($0) }
            if !listed.isEmpty { result.fieldSources[.kinds, default: []].append(contentsOf: listed) }
            print(IPReport.jsonLine(IPReport(address: address, result: result)))
        }
        if addresses.contains(where: { IPAddress($0) == nil }) { throw ExitCode(1) }
    }
}
