import Foundation
import Testing
@testable import RedflagScreening

@Suite struct OFACParserTests {
    @Test func parsesThe2024SDNFile() throws {
        guard let dir = SharedData.url("sanctions/ofac-2024") else { return }
        let list = try OFACParser.load(directory: dir)
        #expect(list.entries.count == 14_965)
        let dprk = list.entries.filter { $0.programs.contains { $0.hasPrefix("DPRK") } }
        #expect(dprk.count == 484)
        #expect(Set(dprk.flatMap(\.programs).filter { $0.hasPrefix("DPRK") }) == ["DPRK", "DPRK2", "DPRK3", "DPRK4", "DPRK-NKSPEA"])
        let wallets = list.entries.flatMap(\.wallets)
        // 295 "Digital Currency Address" items in the remarks; one of them has no address after the currency.
        #expect(wallets.count == 294)
        #expect(wallets.contains { $0.currency == "XBT" && $0.address == "12QtD5BFwRsdNsAZY76UVE1xyCGNTojH9h" })
        #expect(list.entries.flatMap(\.emails).count == 294)
        let komid = try #require(list.entries.first { $0.id == "9345" })
        #expect(komid.name == "KOREA MINING DEVELOPMENT TRADING CORPORATION")
        #expect(komid.programs == ["NPWMD", "DPRK2"])
        #expect(komid.aliases.contains("KOMID"))
        #expect(komid.kind == .entity)
    }

    @Test func parsesThe2021FilesWithAliasesAddressesAndComments() throws {
        guard let dir = SharedData.url("sanctions/ofac-2021") else { return }
        let list = try OFACParser.load(directory: dir)
        #expect(list.entries.count == 8_976)
        #expect(list.entries.filter { $0.programs.contains { $0.hasPrefix("DPRK") } }.count == 414)
        let altNames = list.entries.reduce(0) { $0 + $1.aliases.count }
        #expect(altNames >= 11_910 - 50)
        let cuba = try #require(list.entries.first { $0.id == "306" })
        #expect(cuba.aliases.contains("NATIONAL BANK OF CUBA"))
        #expect(cuba.addressCountries.map(\.code).contains("CH"))
        // sdn_comments.csv continues ent_num 28264's remarks
        let continued = try #require(list.entries.first { $0.id == "28264" })
        #expect(continued.remarks?.contains("blackjack1987") == true)
        #expect(continued.documentNumbers.contains("210302198701102136"))
    }

    @Test func extractsRemarksItems() {
        let r = OFACRemarks("DOB 01 Apr 1950; alt. DOB 1951; nationality Korea, North; Digital Currency Address - XBT 1Kuf2Rd8mDyAViwBozGTNYnvWL8uYFrkVo; alt. Email Address Foo@Example.com; Website www.example.org/x; Passport 654321 (Korea, North); a.k.a. 'PARK, Jin Hyok'.")
        #expect(r.birthDates == ["01 Apr 1950", "1951"])
        #expect(r.nationalities.map(\.code) == ["KP"])
        #expect(r.wallets == [.init(currency: "XBT", address: "1Kuf2Rd8mDyAViwBozGTNYnvWL8uYFrkVo")])
        #expect(r.emails == ["foo@example.com"])
        #expect(r.domains == ["example.org"])
        #expect(r.documentNumbers == ["654321"])
        #expect(r.aliases == ["PARK, Jin Hyok"])
    }

    @Test func decodesWindows1252() throws {
        let bytes: [UInt8] = Array("1,\"CAF".utf8) + [0xC9, 0x20, 0x93] + Array("X".utf8) + [0x94] + Array("\",-0- ,\"SDGT\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- \r\n".utf8) + [0x1A]
        let text = try Windows1252.decode(bytes, file: "t.csv")
        let list = try OFACParser.parse(sdn: text)
        #expect(list.entries.map(\.name) == ["CAFÉ “X”"])
        #expect(list.entries[0].programs == ["SDGT"])
    }

    @Test func rejectsWrongEncoding() throws {
        let utf16 = Array("1,\"A\"".data(using: .utf16LittleEndian)!)
        #expect(throws: ScreeningError.self) { _ = try Windows1252.decode(utf16, file: "sdn.csv") }
        #expect(throws: ScreeningError.self) { _ = try Windows1252.decode([0x41, 0x81, 0x42], file: "sdn.csv") }
    }

    @Test func rejectsTruncatedFiles() throws {
        guard let dir = SharedData.url("sanctions/ofac-2021") else { return }
        let bytes = try [UInt8](Data(contentsOf: dir.appendingPathComponent("sdn.csv")))
        // Cut inside a quoted field: the reader must say so instead of loading a partial list.
        let cut = Array(bytes[0..<(bytes.count / 2)])
        let lastQuote = try #require(cut.lastIndex(of: UInt8(ascii: "\"")))
        let text = try Windows1252.decode(Array(cut[0...lastQuote]), file: "sdn.csv")
        do {
            _ = try OFACParser.parse(sdn: text)
            // Cutting right after a closing quote leaves a short record instead.
        } catch {
            #expect(error.description.contains("sdn.csv"))
        }
        let short = "36,\"AEROCARIBBEAN AIRLINES\",-0- ,\"CUBA\"\r\n"
        #expect(throws: ScreeningError.self) { _ = try OFACParser.parse(sdn: short) }
        let open = "36,\"AEROCARIBBEAN AIRLINES,-0- ,\"CUBA\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- \r\n37,\"X"
        #expect(throws: ScreeningError.self) { _ = try OFACParser.parse(sdn: open) }
    }

    @Test func rejectsAliasesForUnknownEntries() {
        let sdn = "36,\"AEROCARIBBEAN AIRLINES\",-0- ,\"CUBA\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- \r\n"
        #expect(throws: ScreeningError.self) { _ = try OFACParser.parse(sdn: sdn, alt: "99,1,\"aka\",\"X\",-0- \r\n") }
    }
}
