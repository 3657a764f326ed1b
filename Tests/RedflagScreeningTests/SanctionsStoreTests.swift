import Foundation
import Testing
@testable import RedflagScreening

@Suite struct SanctionsStoreTests {
    static func temporaryFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("redflag-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    @Test func importKeepsThePreviousListWhenTheNewOneIsBroken() throws {
        guard let ofac = SharedData.url("sanctions/ofac-2021"), let un = SharedData.url("sanctions/un/UN_consolidated.xml") else { return }
        let home = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: home) }
        let store = SanctionsStore(directory: home)
        let m = try store.importOFAC(from: ofac, date: "2021-07-01")
        #expect(m.entries == 8_976)
        #expect(store.manifest(.ofac)?.date == "2021-07-01")
        try store.importUN(from: un)
        #expect(store.manifest(.un)?.date == "2026-02-27")

        // A truncated sdn.csv: the import fails with a clear error and the installed list stays.
        let broken = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: broken) }
        let bytes = try Data(contentsOf: ofac.appendingPathComponent("sdn.csv"))
        try Data("99,\"UNTERMINATED".utf8 + bytes.prefix(1000)).write(to: broken.appendingPathComponent("sdn.csv"))
        #expect(throws: ScreeningError.self) { _ = try store.importOFAC(from: broken) }
        // A UN file in the wrong encoding.
        try Data("<CONSOLIDATED_LIST>".utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] })
            .write(to: broken.appendingPathComponent("un.xml"))
        #expect(throws: ScreeningError.self) { _ = try store.importUN(from: broken.appendingPathComponent("un.xml")) }

        #expect(store.manifest(.ofac)?.entries == 8_976)
        let lists = try store.loadLists()
        #expect(lists.map(\.name) == ["OFAC SDN", "UN Consolidated"])
        #expect(lists[0].entries.count == 8_976)

        // A second good import keeps the first as "previous".
        try store.importOFAC(from: ofac, date: "2021-07-02")
        #expect(store.manifest(.ofac, version: "previous")?.date == "2021-07-01")
        #expect(store.manifest(.ofac)?.date == "2021-07-02")

        let screener = try Screener.load(from: store)
        #expect(screener.lists.map(\.name) == ["OFAC SDN", "UN Consolidated", "Redflag DPRK indicators"])
        #expect(!screener.screen(ScreeningQuery(names: ["Korea Mining Development Trading Corporation"])).isEmpty)
    }

    @Test func defaultDirectoryFollowsRedflagHome() {
        #expect(SanctionsStore.defaultDirectory(environment: ["REDFLAG_HOME": "/srv/rf"]).path == "/srv/rf")
        #expect(SanctionsStore.defaultDirectory(environment: [:]).lastPathComponent == ".redflag")
    }
}
