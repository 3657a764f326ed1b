import Foundation

/// The folder where Redflag keeps the user's current sanctions lists and indicator files
/// (`--data-dir`, else `$REDFLAG_HOME`, else `~/.redflag`).
///
/// Layout: `lists/ofac/current/` (the four CSV files + `manifest.json`), `lists/ofac/previous/`,
/// `lists/un/current/consolidated.xml`, `indicators/*.yaml`, `config.yaml`. A new version replaces
/// `current` only after it has parsed; the replaced one is kept as `previous`.
public struct SanctionsStore: Sendable {
    /// Which official list a folder holds.
    public enum ListKind: String, Sendable, CaseIterable, Codable { case ofac, un }

    /// What was imported, from where, and the list's own date.
    public struct Manifest: Sendable, Codable, Hashable {
        public var list: String
        /// The list's publication date when known (UN `dateGenerated`, HTTP `Last-Modified`, file date).
        public var date: String?
        public var importedAt: String
        public var entries: Int
        public var source: String
    }

    public let directory: URL

    public init(directory: URL) { self.directory = directory }

    /// `$REDFLAG_HOME` or `~/.redflag`.
    public static func defaultDirectory(environment: [String: String] = ProcessInfo.processInfo.environment) -> URL {
        if let home = environment["REDFLAG_HOME"], !home.isEmpty { return URL(fileURLWithPath: home) }
        return FileManager.default.homeDirectoryForCurrentUser.appendingPathComponent(".redflag")
    }

    public var indicatorsDirectory: URL { directory.appendingPathComponent("indicators") }
    public var configurationFile: URL { directory.appendingPathComponent("config.yaml") }

    func folder(_ kind: ListKind, _ version: String) -> URL {
        directory.appendingPathComponent("lists").appendingPathComponent(kind.rawValue).appendingPathComponent(version)
    }

    static let ofacFiles = ["sdn.csv", "alt.csv", "add.csv", "sdn_comments.csv"]
    static let unFile = "consolidated.xml"

    /// Validates the OFAC CSV files in `source` and makes them the current OFAC list.
    @discardableResult
    public func importOFAC(from source: URL, date: String? = nil, origin: String? = nil) throws(ScreeningError) -> Manifest {
        let listDate = date ?? Self.fileDate(source.appendingPathComponent("sdn.csv"))
        let list = try OFACParser.load(directory: source, date: listDate)
        let files = Self.ofacFiles.map { source.appendingPathComponent($0) }
            .filter { FileManager.default.fileExists(atPath: $0.path) }
        return try install(.ofac, files: files, manifest: Manifest(
            list: list.name, date: listDate, importedAt: Self.now(), entries: list.entries.count,
            source: origin ?? source.path))
    }

    /// Validates a UN consolidated-list XML file and makes it the current UN list.
    @discardableResult
    public func importUN(from file: URL, origin: String? = nil) throws(ScreeningError) -> Manifest {
        let list = try UNListParser.load(file: file)
        return try install(.un, files: [file], renamed: [Self.unFile], manifest: Manifest(
            list: list.name, date: list.date ?? Self.fileDate(file), importedAt: Self.now(), entries: list.entries.count,
            source: origin ?? file.path))
    }

    private func install(_ kind: ListKind, files: [URL], renamed: [String]? = nil, manifest: Manifest) throws(ScreeningError) -> Manifest {
        let fm = FileManager.default
        let staging = folder(kind, "staging-\(UUID().uuidString)")
        let current = folder(kind, "current")
        let previous = folder(kind, "previous")
        do {
            try fm.createDirectory(at: staging, withIntermediateDirectories: true)
            for (i, file) in files.enumerated() {
                try fm.copyItem(at: file, to: staging.appendingPathComponent(renamed?[i] ?? file.lastPathComponent))
            }
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
            try encoder.encode(manifest).write(to: staging.appendingPathComponent("manifest.json"))
            if fm.fileExists(atPath: current.path) {
                if fm.fileExists(atPath: previous.path) { try fm.removeItem(at: previous) }
                try fm.moveItem(at: current, to: previous)
            }
            try fm.moveItem(at: staging, to: current)
        } catch {
            try? fm.removeItem(at: staging)
            throw .missingFile(path: current.path, reason: "could not install the new list: \(error)")
        }
        return manifest
    }

    /// The manifest of the current version of `kind`, if one is installed.
    public func manifest(_ kind: ListKind, version: String = "current") -> Manifest? {
        let url = folder(kind, version).appendingPathComponent("manifest.json")
        guard let data = try? Data(contentsOf: url) else { return nil }
        return try? JSONDecoder().decode(Manifest.self, from: data)
    }

    /// The installed official lists. A current version that no longer parses falls back to the previous one.
    public func loadLists() throws(ScreeningError) -> [SanctionsList] {
        var lists: [SanctionsList] = []
        for kind in ListKind.allCases {
            var lastError: ScreeningError?
            for version in ["current", "previous"] {
                let dir = folder(kind, version)
                guard FileManager.default.fileExists(atPath: dir.path) else { continue }
                do throws(ScreeningError) {
                    let date = manifest(kind, version: version)?.date
                    switch kind {
                    case .ofac: lists.append(try OFACParser.load(directory: dir, date: date))
                    case .un: lists.append(try UNListParser.load(file: dir.appendingPathComponent(Self.unFile)))
                    }
                    lastError = nil
                    break
                } catch {
                    lastError = error
                }
            }
            if let lastError { throw lastError }
        }
        return lists
    }

    /// User indicator files from `indicators/`.
    public func loadIndicators() throws(ScreeningError) -> IndicatorSet {
        try IndicatorSet.load(directory: indicatorsDirectory)
    }

    static func now() -> String { ISO8601DateFormatter().string(from: Date()) }

    static func day(_ date: Date) -> String {
        let f = DateFormatter()
        f.locale = Locale(identifier: "en_US_POSIX")
        f.timeZone = TimeZone(identifier: "UTC")
        f.dateFormat = "yyyy-MM-dd"
        return f.string(from: date)
    }

    static func fileDate(_ url: URL) -> String? {
        guard let attrs = try? FileManager.default.attributesOfItem(atPath: url.path),
              let date = attrs[.modificationDate] as? Date else { return nil }
        return day(date)
    }
}

extension Screener {
    /// The official lists installed in `store`, the embedded indicators, and the user's indicator files.
    public static func load(from store: SanctionsStore, threshold: Double = NameSimilarity.defaultThreshold) throws -> Screener {
        let lists = try store.loadLists()
        let indicators = try IndicatorSet.embeddedDefault().merging(try store.loadIndicators())
        return Screener(lists: lists, indicators: indicators, threshold: threshold)
    }
}
