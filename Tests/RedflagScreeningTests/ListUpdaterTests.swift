import Foundation
import Testing
@testable import RedflagScreening

/// Serves a folder on 127.0.0.1 with `python3 -m http.server` for the duration of a test.
final class LocalHTTPServer {
    let process = Process()
    let port: Int

    init(serving folder: URL) throws {
        port = Int.random(in: 20_000...40_000)
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-m", "http.server", "--bind", "127.0.0.1", String(port), "--directory", folder.path]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        for _ in 0..<100 {
            if let url = URL(string: "http://127.0.0.1:\(port)/"), (try? Data(contentsOf: url)) != nil { return }
            Thread.sleep(forTimeInterval: 0.05)
        }
    }

    func url(_ name: String) -> String { "http://127.0.0.1:\(port)/\(name)" }

    /// SIGKILL: the child may inherit a signal mask that blocks SIGTERM from the test runner's thread.
    func stop() {
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
    }
}

@Suite(.serialized) struct ListUpdaterTests {
    @Test func updatesFromALocalServerAndKeepsTheOldListOnFailure() async throws {
        guard let ofac = SharedData.url("sanctions/ofac-2021"), let un = SharedData.url("sanctions/un/UN_consolidated.xml") else { return }
        let served = try SanctionsStoreTests.temporaryFolder()
        let home = try SanctionsStoreTests.temporaryFolder()
        defer {
            try? FileManager.default.removeItem(at: served)
            try? FileManager.default.removeItem(at: home)
        }
        for name in ["sdn.csv", "alt.csv", "add.csv", "sdn_comments.csv"] {
            try FileManager.default.copyItem(at: ofac.appendingPathComponent(name), to: served.appendingPathComponent(name))
        }
        try FileManager.default.copyItem(at: un, to: served.appendingPathComponent("consolidated.xml"))
        try Data("36,\"BROKEN".utf8).write(to: served.appendingPathComponent("broken.csv"))

        let server = try LocalHTTPServer(serving: served)
        defer { server.stop() }
        let store = SanctionsStore(directory: home)
        let config = """
            update:
              ofac:
                sdn: \(server.url("sdn.csv"))
                alt: \(server.url("alt.csv"))
                add: \(server.url("add.csv"))
                comments: \(server.url("sdn_comments.csv"))
              un: \(server.url("consolidated.xml"))
            """
        try config.write(to: store.configurationFile, atomically: true, encoding: .utf8)
        let configuration = try UpdateConfiguration.load(file: store.configurationFile)
        let outcomes = await ListUpdater(store: store, configuration: configuration).update()
        #expect(outcomes.count == 2)
        for outcome in outcomes {
            if case .failure(let error) = outcome.result { Issue.record("\(outcome.list): \(error)") }
        }
        #expect(store.manifest(.ofac)?.entries == 8_976)
        #expect(store.manifest(.ofac)?.date?.count == 10)
        #expect(store.manifest(.un)?.date == "2026-02-27")

        // A broken download and a missing file: both fail, the installed lists stay.
        let bad = UpdateConfiguration(ofac: .init(sdn: server.url("broken.csv"), alt: nil, add: nil, comments: nil),
                                      un: server.url("missing.xml"))
        let failed = await ListUpdater(store: store, configuration: bad).update()
        #expect(failed.allSatisfy { if case .failure = $0.result { true } else { false } })
        #expect(store.manifest(.ofac)?.entries == 8_976)
        #expect(try store.loadLists().map(\.entries.count) == [8_976, 1_003])
    }

    @Test func missingConfigurationMeansOfficialURLs() throws {
        let config = try UpdateConfiguration.load(file: URL(fileURLWithPath: "/nonexistent/config.yaml"))
        #expect(config == .official)
    }
}
