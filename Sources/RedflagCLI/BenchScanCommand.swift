import ArgumentParser
import Foundation
import RedflagDetection
import RedflagEvents

/// `redflag bench scan FILE...`: the full scan path timed, with peak memory.
public struct BenchScanCommand: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "scan", abstract: "Time a full scan (decode, enrich, rules, linking, scoring) and report events/s and peak memory.")

    @Argument(help: "Event files.") var files: [String]
    @Flag(help: "Only read and decode the events (no detection), to see what decoding costs.")
    var decodeOnly = false
    @OptionGroup var enrichment: EnrichmentOptions

    public init() {}

    public func run() throws {
        if decodeOnly {
            let started = DispatchTime.now().uptimeNanoseconds
            var events = 0
            for path in files { try EventReader().read(path: path, accept: { _ in events += 1 }, reject: { _ in events += 1 }) }
            let seconds = Double(DispatchTime.now().uptimeNanoseconds - started) / 1e9
            print("\(Int(Double(events) / seconds)) events/s (decode only)")
            return
        }
        let pipeline = ScanPipeline(context: try enrichment.detectionContext(), config: try enrichment.ruleConfig(), progress: nil, reportRejection: { _ in })
        let started = DispatchTime.now().uptimeNanoseconds
        let cpuStarted = Self.cpuSeconds()
        let report = try pipeline.run(paths: files)
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - started) / 1e9
        let cpu = Self.cpuSeconds() - cpuStarted
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        let events = report.summary.eventsRead + report.summary.rejected
        print("\(Int(Double(events) / seconds)) events/s")
        print(String(format: "%d events, %d accounts in %.3f s (%.3f s of CPU: %d events per CPU second); peak memory %.1f MB",
            events, report.summary.accounts, seconds, cpu, Int(Double(events) / cpu), Double(usage.ru_maxrss) / 1024))
    }

    /// CPU time of this process: unlike wall time, it does not count time the core spent on
    /// other processes, which matters on shared machines.
    static func cpuSeconds() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }
}
