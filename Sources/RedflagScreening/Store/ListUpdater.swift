import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import Yams

/// Where `redflag data update` downloads the official lists from (`config.yaml` in the data folder).
///
/// ```yaml
/// update:
///   ofac:
///     sdn: https://www.treasury.gov/ofac/downloads/sdn.csv
///     alt: https://www.treasury.gov/ofac/downloads/alt.csv
///     add: https://www.treasury.gov/ofac/downloads/add.csv
///     comments: https://www.treasury.gov/ofac/downloads/sdn_comments.csv
///   un: https://scsanctions.un.org/resources/xml/en/consolidated.xml
/// ```
public struct UpdateConfiguration: Sendable, Codable, Hashable {
    /// The four OFAC CSV URLs; only `sdn` is required.
    public struct OFAC: Sendable, Codable, Hashable {
        public var sdn: String
        public var alt: String?
        public var add: String?
        public var comments: String?
    }

    public var ofac: OFAC?
    public var un: String?

    public init(ofac: OFAC?, un: String?) {
        self.ofac = ofac
        self.un = un
    }

    /// The official publication URLs.
    public static let official = UpdateConfiguration(
        ofac: OFAC(sdn: "https://www.treasury.gov/ofac/downloads/sdn.csv",
                   alt: "https://www.treasury.gov/ofac/downloads/alt.csv",
                   add: "https://www.treasury.gov/ofac/downloads/add.csv",
                   comments: "https://www.treasury.gov/ofac/downloads/sdn_comments.csv"),
        un: "https://scsanctions.un.org/resources/xml/en/consolidated.xml")

    private struct File: Codable { var update: UpdateConfiguration }

    /// Reads the `update:` section of a configuration file; the official URLs when the file does not exist.
    public static func load(file: URL) throws(ScreeningError) -> UpdateConfiguration {
        guard FileManager.default.fileExists(atPath: file.path) else { return .official }
        do {
            let text = try String(contentsOf: file, encoding: .utf8)
            return try YAMLDecoder().decode(File.self, from: text).update
        } catch {
            throw .configuration(file: file.path, reason: "expected an 'update:' section with ofac/un URLs: \(error)")
        }
    }
}

/// Downloads the lists named in an ``UpdateConfiguration`` and installs each one in a ``SanctionsStore``
/// only if it parses; a failed download or a broken file leaves the installed version in force.
public struct ListUpdater: Sendable {
    public var store: SanctionsStore
    public var configuration: UpdateConfiguration

    public init(store: SanctionsStore, configuration: UpdateConfiguration) {
        self.store = store
        self.configuration = configuration
    }

    /// The outcome for one list.
    public struct Outcome: Sendable {
        public var list: SanctionsStore.ListKind
        public var result: Result<SanctionsStore.Manifest, ScreeningError>
    }

    /// Updates every configured list; one list failing does not stop the others.
    public func update() async -> [Outcome] {
        var outcomes: [Outcome] = []
        if let ofac = configuration.ofac {
            outcomes.append(Outcome(list: .ofac, result: await capture { try await updateOFAC(ofac) }))
        }
        if let un = configuration.un {
            outcomes.append(Outcome(list: .un, result: await capture { try await updateUN(un) }))
        }
        return outcomes
    }

    private func capture(_ body: () async throws -> SanctionsStore.Manifest) async -> Result<SanctionsStore.Manifest, ScreeningError> {
        do { return .success(try await body()) } catch let error as ScreeningError { return .failure(error) } catch {
            return .failure(.download(url: "?", reason: "\(error)"))
        }
    }

    func updateOFAC(_ urls: UpdateConfiguration.OFAC) async throws -> SanctionsStore.Manifest {
        let temp = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: temp) }
        var date: String?
        for (name, url) in [("sdn.csv", urls.sdn), ("alt.csv", urls.alt), ("add.csv", urls.add), ("sdn_comments.csv", urls.comments)] {
            guard let url else { continue }
            let (data, modified) = try await Self.download(url)
            try data.write(to: temp.appendingPathComponent(name))
            if name == "sdn.csv" { date = modified }
        }
        return try store.importOFAC(from: temp, date: date ?? SanctionsStore.day(Date()), origin: urls.sdn)
    }

    func updateUN(_ url: String) async throws -> SanctionsStore.Manifest {
        let temp = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: temp) }
        let (data, _) = try await Self.download(url)
        let file = temp.appendingPathComponent(SanctionsStore.unFile)
        try data.write(to: file)
        return try store.importUN(from: file, origin: url)
    }

    static func temporaryFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("redflag-update-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// The body and the `Last-Modified` day of `url`; fails on transport errors and non-2xx statuses.
    static func download(_ urlString: String) async throws(ScreeningError) -> (Data, String?) {
        guard let url = URL(string: urlString), url.scheme == "http" || url.scheme == "https" || url.scheme == "file" else {
            throw .download(url: urlString, reason: "not an http(s) or file URL")
        }
        if url.isFileURL {
            guard let data = try? Data(contentsOf: url) else { throw .download(url: urlString, reason: "unreadable file") }
            return (data, nil)
        }
        let result: Result<(Data, URLResponse), any Error> = await withCheckedContinuation { continuation in
            var request = URLRequest(url: url)
            request.timeoutInterval = 120
            URLSession.shared.dataTask(with: request) { data, response, error in
                if let data, let response { continuation.resume(returning: .success((data, response))) }
                else { continuation.resume(returning: .failure(error ?? URLError(.badServerResponse))) }
            }.resume()
        }
        switch result {
        case .failure(let error):
            throw .download(url: urlString, reason: "\(error.localizedDescription)")
        case .success(let (data, response)):
            guard let http = response as? HTTPURLResponse else { return (data, nil) }
            guard (200..<300).contains(http.statusCode) else { throw .download(url: urlString, reason: "HTTP \(http.statusCode)") }
            let modified = (http.value(forHTTPHeaderField: "Last-Modified")).flatMap(httpDay)
            return (data, modified)
        }
    }

    static func httpDay(_ header: String) -> String? {
        let f = DateFormatter()
        f.locale = Locale(identifier: "en_US_POSIX")
        f.timeZone = TimeZone(identifier: "GMT")
        f.dateFormat = "EEE, dd MMM yyyy HH:mm:ss zzz"
        return f.date(from: header).map(SanctionsStore.day)
    }
}

extension ListUpdater {
    /// ``update()`` for synchronous callers (the command-line tool): blocks until every list is done.
    public func updateBlocking() -> [Outcome] {
        let box = ResultBox()
        let semaphore = DispatchSemaphore(value: 0)
        let updater = self
        Task {
            box.set(await updater.update())
            semaphore.signal()
        }
        semaphore.wait()
        return box.get()
    }

    private final class ResultBox: @unchecked Sendable {
        private let lock = NSLock()
        private var value: [Outcome] = []
        func set(_ v: [Outcome]) { lock.lock(); value = v; lock.unlock() }
        func get() -> [Outcome] { lock.lock(); defer { lock.unlock() }; return value }
    }
}
