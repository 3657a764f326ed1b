import Foundation
import Testing

/// Locates the shared third-party test data (`REDFLAG_SHARED_DATA`, default `../shared/data`).
enum SharedData {
    static var root: URL {
        if let env = ProcessInfo.processInfo.environment["REDFLAG_SHARED_DATA"], !env.isEmpty {
            return URL(fileURLWithPath: env)
        }
        let packageRoot = URL(fileURLWithPath: #filePath).resolvingSymlinksInPath()
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        return packageRoot.appendingPathComponent("../shared/data").standardizedFileURL
    }

    /// The file or folder at `relative`, or nil (with a notice) when the shared data is absent.
    /// Under `CI=true` a missing folder fails the test instead.
    static func url(_ relative: String) -> URL? {
        let url = root.appendingPathComponent(relative)
        if FileManager.default.fileExists(atPath: url.path) { return url }
        if ProcessInfo.processInfo.environment["CI"] == "true" {
            Issue.record("shared test data missing: \(url.path)")
        } else {
            print("notice: shared test data not found at \(url.path); skipping")
        }
        return nil
    }
}
