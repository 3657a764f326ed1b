import ArgumentParser
import Foundation
import RedflagScreening

/// `redflag bench screen --list DIR --names FILE`: names screened per second against a full SDN list on one core.
public struct BenchScreenCommand: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "screen", abstract: "Time name screening against an OFAC SDN folder (names + aliases) on one core.")

    @Option(help: "OFAC SDN folder (sdn.csv, alt.csv, …) or a UN consolidated XML file.")
    public var list: String

    @Option(help: "A file of names, one a line.")
    public var names: String

    @Option(help: "Minimum score (0-100).")
    public var threshold: Double = 80

    @Option(help: "Minimum seconds to run.")
    public var seconds: Double = 2

    @Option(help: "Also check the first N names against brute force and report any difference.")
    public var verify: Int = 0

    @Option(help: "The peer's names/s (e.g. rapidfuzz), to print the ratio.")
    public var peer: Double?

    @Flag(help: "Screen every name cold: nothing remembered between names (as for one-off queries).")
    public var cold = false

    public init() {}

    /// CPU time of the calling thread, which unlike the wall clock does not grow while other work holds the core.
    static func threadCPUSeconds() -> Double {
        var t = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t)
        return Double(t.tv_sec) + Double(t.tv_nsec) / 1e9
    }

    public func run() throws {
        let clock = ContinuousClock()
        let url = URL(fileURLWithPath: list)
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) else {
            throw ValidationError("no such list: \(list)")
        }
        let parsed = isDirectory.boolValue ? try OFACParser.load(directory: url) : try UNListParser.load(file: url)
        let queries = try ScreeningInput.lines(of: names)
        guard !queries.isEmpty else { throw ValidationError("no names in \(names)") }
        let buildStart = clock.now
        let screener = Screener(lists: [parsed], indicators: .none, threshold: threshold)
        let buildTime = clock.now - buildStart
        var screened = 0
        var matched = 0
        var entries = 0
        let start = clock.now
        let cpuStart = Self.threadCPUSeconds()
        var elapsed = Duration.zero
        repeat {
            for result in screener.matches(names: queries, threshold: threshold, rememberingTokens: !cold) where !result.isEmpty {
                matched += 1
                entries += result.count
            }
            screened += queries.count
            elapsed = clock.now - start
        } while elapsed < .seconds(seconds)
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        let rate = Double(screened) / seconds
        let cpuRate = Double(screened) / max(1e-9, Self.threadCPUSeconds() - cpuStart)
        FileHandle.standardError.write(Data(
            "\(screener.indexedNameCount) names and aliases indexed in \(buildTime); \(screened) screened\(cold ? " cold" : ""), \(matched) with a match at \(Int(threshold)) (\(entries / max(1, matched)) entries each on average)\n".utf8))
        FileHandle.standardError.write(Data("\(Int(cpuRate)) names per CPU second (time on the core only)\n".utf8))
        if verify > 0 {
            let differences = screener.bruteForceDifferences(names: Array(queries.prefix(verify)), threshold: threshold)
            FileHandle.standardError.write(Data("verified \(min(verify, queries.count)) names against brute force: \(differences) differences\n".utf8))
        }
        print("\(Int(rate)) names/s")
        if let peer, peer > 0 { print(String(format: "%.1fx peer", rate / peer)) }
    }
}
