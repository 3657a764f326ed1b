import Foundation
import Testing
@testable import RedflagScreening

@Suite struct UNListParserTests {
    @Test func parsesTheConsolidatedList() throws {
        guard let file = SharedData.url("sanctions/un/UN_consolidated.xml") else { return }
        let list = try UNListParser.load(file: file)
        #expect(list.date == "2026-02-27")
        #expect(list.entries.count == 1_003)
        let dprk = list.entries.filter { $0.programs.contains("DPRK") }
        #expect(dprk.filter { $0.kind == .individual }.count == 80)
        #expect(dprk.filter { $0.kind == .entity }.count == 75)
        let yun = try #require(list.entries.first { $0.id == "KPi.001" })
        #expect(yun.name == "YUN HO-JIN")
        #expect(yun.aliases.contains("Yun Ho-chin"))
        #expect(yun.birthDates == ["1944-10-13"])
        #expect(yun.nationalities.map(\.code) == ["KP"])
    }

    @Test func rejectsBrokenXML() throws {
        guard let file = SharedData.url("sanctions/un/UN_consolidated.xml") else { return }
        let data = try Data(contentsOf: file)
        #expect(throws: ScreeningError.self) { _ = try UNListParser.parse(data.prefix(data.count / 3), file: "cut.xml") }
        #expect(throws: ScreeningError.self) { _ = try UNListParser.parse(Data("<html><body>Not found</body></html>".utf8)) }
        #expect(throws: ScreeningError.self) { _ = try UNListParser.parse(Data([0xFF, 0xFE, 0x00, 0x3C])) }
    }
}
