import ArgumentParser

/// The `redflag` command and its subcommands.
public struct RedflagCommand: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "redflag",
        abstract: "Find accounts run under false, stolen or rented identities (DPRK IT-worker schemes) in marketplace and HR events.",
        subcommands: [
            ScanCommand.self, RulesCommand.self, LinksCommand.self, SimulateCommand.self, IPCommand.self, ScreenCommand.self,
            DataCommand.self, BenchCommand.self,
        ])

    public init() {}
}

/// `redflag data …`: load and build reference data.
public struct DataCommand: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "data", abstract: "Import sanctions lists, update them, build the bundled IP database.",
        subcommands: [DataImportCommand.self, DataUpdateCommand.self, BuildIPDatabaseCommand.self])
    public init() {}
}

/// `redflag bench …`: benchmarks that print one figure per line.
public struct BenchCommand: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "bench", abstract: "Benchmarks: scan, ip, screen, link.",
        subcommands: [BenchScanCommand.self, BenchIPCommand.self, BenchScreenCommand.self, BenchLinkCommand.self])
    public init() {}
}
