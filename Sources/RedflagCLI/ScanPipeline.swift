import Foundation
import RedflagDetection
import RedflagEvents
import RedflagLinking
import RedflagReport

/// The one path from files of events to a ranked report: read and decode every line, fold
/// accepted events into the engine, evaluate the rules, link accounts, score.
/// `redflag scan`, `redflag links` and `redflag bench scan` all run it.
struct ScanPipeline {
    var context: DetectionContext
    var config: RuleConfig
    var progress: ProgressReporter?
    /// Link accounts into clusters (off only to measure what linking adds).
    var linking = true
    /// Where rejected lines are reported (`file:line: field: reason`).
    var reportRejection: (DecodeError) -> Void = { error in
        FileHandle.standardError.write(Data("\(error)\n".utf8))
    }

    func run(paths: [String]) throws -> ScanReport {
        let started = Date()
        var engine = DetectionEngine(context: context, config: config)
        engine.reserveCapacity(forEvents: Self.estimatedEvents(in: paths))
        var summary = ScanSummary()
        let reader = EventReader()
        for path in paths {
            try reader.read(
                path: path,
                accept: { event in
                    summary.eventsRead += 1
                    engine.ingest(event)
                },
                reject: { error in
                    summary.rejected += 1
                    reportRejection(error)
                },
                progress: { line in progress?.update(events: summary.eventsRead + summary.rejected, file: path, line: line) })
        }
        progress?.finish()
        summary.duplicates = engine.duplicates
        let detection = engine.evaluate()
        let linked = linking ? Linker().link(detection) : .unlinked(detection)
        summary.accounts = linked.assessments.count
        for assessment in linked.assessments {
            summary.byLevel[assessment.level, default: 0] += 1
            if assessment.hasScreeningHit { summary.screeningHits += 1 }
        }
        summary.seconds = Date().timeIntervalSince(started)
        return ScanReport(assessments: linked.assessments, clusters: linked.clusters, possibleLinks: linked.possibleLinks, states: detection.states, summary: summary)
    }

    /// A low guess at the number of events in `paths` from their sizes: an event line is rarely under
    /// 150 bytes, and a gzip'd file holds about five times its size.
    static func estimatedEvents(in paths: [String]) -> Int {
        paths.reduce(0) { total, path in
            guard path != "-", let size = (try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? Int else { return total }
            return total + (path.hasSuffix(".gz") ? size * 5 : size) / 150
        }
    }
}
