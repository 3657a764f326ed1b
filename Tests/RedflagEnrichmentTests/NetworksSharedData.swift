import Foundation
import Testing

/// Locates /work/shared/data-style reference files for the Networks, Phone, Email and Countries tests.
enum NetworksSharedData {
    /// `REDFLAG_SHARED_DATA`, else `../shared/data` beside the package root.
    static var root: URL {
        if let path = ProcessInfo.processInfo.environment["REDFLAG_SHARED_DATA"], !path.isEmpty {
            return URL(fileURLWithPath: path)
        }
        let packageRoot = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        return packageRoot.deletingLastPathComponent().appendingPathComponent("shared/data")
    }

    /// The file at `relativePath`, or nil with a printed notice when the data folder is absent
    /// (a recorded failure when `CI=true`).
    static func file(_ relativePath: String, sourceLocation: SourceLocation = #_sourceLocation) -> URL? {
        let url = root.appendingPathComponent(relativePath)
        if FileManager.default.fileExists(atPath: url.path) { return url }
        if ProcessInfo.processInfo.environment["CI"] == "true" {
            Issue.record("shared test data missing: \(url.path)", sourceLocation: sourceLocation)
        } else {
            print("notice: skipping, shared test data not found at \(url.path) (set REDFLAG_SHARED_DATA)")
        }
        return nil
    }
}
