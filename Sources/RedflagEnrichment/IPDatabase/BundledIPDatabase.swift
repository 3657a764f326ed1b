import Foundation

/// Where the bundled IP database (`data/generated/redflag-ip.mmdb`, built at setup) lives.
public enum BundledIPDatabase {
    /// Path of the generated database relative to the repository root.
    public static let relativePath = "data/generated/redflag-ip.mmdb"

    /// `REDFLAG_IPDB` if set; else the generated file found by walking up from the current directory,
    /// then from the executable's directory; nil if there is none.
    public static func defaultPath(
        environment: [String: String] = ProcessInfo.processInfo.environment,
        currentDirectory: String = FileManager.default.currentDirectoryPath,
        executablePath: String? = Bundle.main.executablePath
    ) -> String? {
        if let explicit = environment["REDFLAG_IPDB"], !explicit.isEmpty { return explicit }
        var starts = [URL(fileURLWithPath: currentDirectory)]
        if let executablePath {
            starts.append(URL(fileURLWithPath: executablePath).resolvingSymlinksInPath().deletingLastPathComponent())
        }
        for start in starts {
            var directory = start.standardized
            while true {
                let candidate = directory.appendingPathComponent(relativePath).path
                if FileManager.default.isReadableFile(atPath: candidate) { return candidate }
                let parent = directory.deletingLastPathComponent()
                if parent.path == directory.path { break }
                directory = parent
            }
        }
        return nil
    }

    /// Opens the default database; nil when none is found.
    public static func open() throws(MMDBError) -> MMDBIntelligence? {
        guard let path = defaultPath() else { return nil }
        return try MMDBIntelligence(path: path, name: "redflag-ip")
    }
}
