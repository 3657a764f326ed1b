import ArgumentParser
import Foundation
import RedflagScreening

/// `redflag data import ofac DIR` / `redflag data import un FILE`: install a user's copy of an official list.
public struct DataImportCommand: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Import OFAC SDN CSV files (a folder) or the UN consolidated list (an XML file).",
        discussion: "The new list replaces the installed one only if it parses; the replaced version is kept as 'previous'.")

    /// Which list the path holds.
    public enum Kind: String, ExpressibleByArgument, Sendable { case ofac, un }

    @Argument(help: "ofac or un.")
    public var kind: Kind

    @Argument(help: "For ofac: the folder with sdn.csv (and alt.csv, add.csv, sdn_comments.csv). For un: the XML file.")
    public var path: String

    @Option(help: "The list's publication date (yyyy-MM-dd); default: the file's date (OFAC) or dateGenerated (UN).")
    public var date: String?

    @Option(help: "Data folder (default: $REDFLAG_HOME or ~/.redflag).")
    public var dataDir: String?

    public init() {}

    public func run() throws {
        let store = SanctionsStore(directory: dataDir.map { URL(fileURLWithPath: $0) } ?? SanctionsStore.defaultDirectory())
        let url = URL(fileURLWithPath: path)
        let manifest: SanctionsStore.Manifest
        switch kind {
        case .ofac: manifest = try store.importOFAC(from: url, date: date)
        case .un: manifest = try store.importUN(from: url)
        }
        print("imported \(manifest.list): \(manifest.entries) entries, dated \(manifest.date ?? "unknown"), into \(store.directory.path)")
    }
}

/// `redflag data update`: download the current official lists from the URLs in the configuration.
public struct DataUpdateCommand: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "update",
        abstract: "Download the current OFAC and UN lists (URLs from the 'update:' section of config.yaml).",
        discussion: "A list that fails to download or parse leaves the installed version in force.")

    @Option(help: "Configuration file (default: config.yaml in the data folder; official URLs if absent).")
    public var config: String?

    @Option(help: "Data folder (default: $REDFLAG_HOME or ~/.redflag).")
    public var dataDir: String?

    public init() {}

    public func run() throws {
        let store = SanctionsStore(directory: dataDir.map { URL(fileURLWithPath: $0) } ?? SanctionsStore.defaultDirectory())
        let configuration = try UpdateConfiguration.load(file: config.map { URL(fileURLWithPath: $0) } ?? store.configurationFile)
        var failed = false
        for outcome in ListUpdater(store: store, configuration: configuration).updateBlocking() {
            switch outcome.result {
            case .success(let m):
                print("updated \(m.list): \(m.entries) entries, dated \(m.date ?? "unknown")")
            case .failure(let error):
                failed = true
                let kept = store.manifest(outcome.list).map { "kept \($0.list) of \($0.date ?? "unknown date")" } ?? "nothing installed"
                FileHandle.standardError.write(Data("error: \(outcome.list.rawValue): \(error) (\(kept))\n".utf8))
            }
        }
        if failed { throw ExitCode(1) }
    }
}
