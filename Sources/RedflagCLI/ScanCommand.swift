import ArgumentParser
import Foundation
import RedflagDetection
import RedflagReport

/// `redflag scan`: score every account in files of events and write the report.
public struct ScanCommand: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "scan", abstract: "Score every account in NDJSON event files (plain or gzip, - for standard input).")

    enum Format: String, ExpressibleByArgument, CaseIterable { case table, ndjson, json, html }

    @Argument(help: "Event files (NDJSON, optionally gzip'd); - reads standard input.")
    var files: [String]

    @Option(help: "Output format: table, ndjson, json or html.")
    var format: Format = .table

    @Option(help: "Write the report here instead of standard output.")
    var output: String?

    @OptionGroup var enrichment: EnrichmentOptions

    @Option(help: "Report only accounts at or above this level (low, medium, high, critical); sanctions hits are always reported.")
    var minLevel: LevelArgument = .init(.low)

    public init() {}

    public func run() throws {
        let context = try enrichment.detectionContext()
        let config = try enrichment.ruleConfig()
        let pipeline = ScanPipeline(context: context, config: config, progress: ProgressReporter.forStandardError())
        let report: ScanReport
        do {
            report = try pipeline.run(paths: files)
        } catch let error as CustomStringConvertible {
            throw ValidationError("\(error)")
        }
        let level = minLevel.level
        let text: String
        switch format {
        case .table: text = TableRenderer.render(report, minimum: level)
        case .ndjson: text = NDJSONRenderer.render(report, minimum: level)
        case .json: text = JSONRenderer.render(report, minimum: level)
        case .html: text = try HTMLRenderer.render(report, minimum: level)
        }
        try OutputTarget(path: output).write(text)
        for line in report.summary.lines { FileHandle.standardError.write(Data((line + "\n").utf8)) }
    }
}

/// A risk level given on the command line.
struct LevelArgument: ExpressibleByArgument {
    var level: RiskLevel
    init(_ level: RiskLevel) { self.level = level }
    init?(argument: String) {
        guard let level = RiskLevel(rawValue: argument.lowercased()) else { return nil }
        self.level = level
    }
    static var allValueStrings: [String] { RiskLevel.allCases.map(\.rawValue) }
}

/// Standard output, or a file written whole.
struct OutputTarget {
    var path: String?
    func write(_ text: String) throws {
        guard let path, path != "-" else {
            FileHandle.standardOutput.write(Data(text.utf8))
            return
        }
        let url = URL(fileURLWithPath: path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url, options: .atomic)
    }
}
