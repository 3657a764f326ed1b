import ArgumentParser
import Foundation
import RedflagScreening

/// `redflag screen`: check names against the installed sanctions lists and curated indicators, or compare names.
public struct ScreenCommand: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "screen",
        abstract: "Screen names against OFAC / UN lists and DPRK indicators (NDJSON), or compare two names.",
        discussion: """
            redflag screen NAME...            one NDJSON line per name (a name in Cyrillic, Hangul,
                                              Han characters or kana also as read in Latin letters)
            redflag screen --names FILE       names one a line
            redflag screen --compare A B      the similarity (0-100) of two names
            redflag screen --pairs FILE.csv   one similarity per line for name1,name2 rows
            """)

    @Argument(help: "Names to screen.")
    public var names: [String] = []

    @Option(name: .customLong("names"), help: "A file of names, one a line.")
    public var namesPath: String?

    @Flag(help: "Print the similarity of the two NAME arguments.")
    public var compare = false

    @Option(help: "A CSV of name1,name2 pairs (header optional): print one similarity per line.")
    public var pairs: String?

    @Option(help: "Minimum score (0-100). OFAC's search tool uses 80.")
    public var threshold: Double = 80

    @Option(help: "Data folder with imported lists (default: $REDFLAG_HOME or ~/.redflag).")
    public var dataDir: String?

    public init() {}

    public func run() throws {
        if compare {
            guard names.count == 2 else { throw ValidationError("--compare takes exactly two names") }
            print(ScreeningOutput.score(NameSimilarity.score(names[0], names[1])))
            return
        }
        if let pairs {
            for (a, b) in try ScreeningInput.pairs(of: pairs) { print(ScreeningOutput.score(NameSimilarity.score(a, b))) }
            return
        }
        var queries = names
        for path in [namesPath].compactMap({ $0 }) { queries += try ScreeningInput.lines(of: path) }
        guard !queries.isEmpty else { throw ValidationError("give names, --names FILE, --compare A B or --pairs FILE") }
        let store = SanctionsStore(directory: dataDir.map { URL(fileURLWithPath: $0) } ?? SanctionsStore.defaultDirectory())
        let screener = try Screener.load(from: store, threshold: threshold)
        if !screener.lists.contains(where: { !$0.isIndicator }) {
            FileHandle.standardError.write(Data(
                "note: no official list imported in \(store.directory.path); screening against curated indicators only (see `redflag data import`)\n".utf8))
        }
        for (query, found) in zip(queries, screener.matchesReadingOtherScripts(names: queries, threshold: threshold)) {
            print(ScreeningOutput.line(query: query, reading: found.reading, matches: found.matches))
        }
    }
}
