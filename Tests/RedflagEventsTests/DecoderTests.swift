import Foundation
import RedflagPrimitives
import Testing

@testable import RedflagEvents

@Suite struct DecoderTests {
    let decoder = EventDecoder()
    let here = SourceLocation(file: "t.ndjson", line: 7)

    func reject(_ line: String) -> DecodeError? {
        do {
            _ = try decoder.decode(line, at: here)
            return nil
        } catch {
            return error
        }
    }

    @Test func decodesEveryTypeOfTheSpecExample() throws {
        let text = try String(contentsOf: Fixtures.docs.appendingPathComponent("example.ndjson"), encoding: .utf8)
        var kinds = Set<EventKind>()
        for (index, line) in text.split(separator: "\n").enumerated() {
            let event = try decoder.decode(String(line), at: SourceLocation(file: "example", line: index + 1))
            kinds.insert(event.kind)
        }
        #expect(kinds == Set(EventKind.allCases))
    }

    /// Lines are decoded from their bytes (strings read in place); objects parsed elsewhere (the
    /// HTTP path) from a JSON tree. Both must give the same event, unknown fields included.
    @Test func bytesAndTreeGiveTheSameEvent() throws {
        var lines = try String(contentsOf: Fixtures.docs.appendingPathComponent("example.ndjson"), encoding: .utf8)
            .split(separator: "\n").map(String.init)
        lines += [
            #"{"type":"login","account":"a\u00e9","time":"2026-03-01T08:00:00Z","ip":"81.2.69.160","device":"d\"1","note":"x"}"#,
            #"{ "type" : "work" , "account" : "Zoë", "time":"2026-03-01T08:00:00+02:00","minutes":30,"ip":null,"custom":{"k":[1,true]}}"#,
            #"{"type":"message","account":"b","time":"2026-03-01","text":"line\nbreak \ud83d\ude00","clé":"v"}"#,
            #"{"ty\u0070e":"bid","acc\u006funt":"c","time":"2026-03-01T08:00:00Z","te\u0078t":"hi","rate":40,"n\u00f6te":false,"x":null}"#,
        ]
        for (index, line) in lines.enumerated() {
            let location = SourceLocation(file: "t", line: index + 1)
            let fromBytes = try decoder.decode(line, at: location)
            let fromTree = try decoder.decode(try JSONParser.parse(line), at: location)
            #expect(fromBytes == fromTree, "line \(index + 1)")
            #expect(fromBytes.id == fromTree.id && fromBytes.account == fromTree.account && fromBytes.time == fromTree.time)
            #expect(fromBytes.extra == fromTree.extra, "line \(index + 1)")
        }
        let unknown = try decoder.decode(lines[lines.count - 4], at: here)
        #expect(unknown.account == "aé" && unknown.extra == ["note": .string("x")])
        let nested = try decoder.decode(lines[lines.count - 3], at: here)
        #expect(nested.extra["custom"] == .object([("k", .array([.number(1), .bool(true)]))]))
        let escapedKeys = try decoder.decode(lines[lines.count - 1], at: here)
        guard case .bid(let bid) = escapedKeys.payload else { Issue.record("expected a bid"); return }
        #expect(escapedKeys.account == "c" && bid.text == "hi" && bid.rate == 40)
        #expect(escapedKeys.extra == ["nöte": .bool(false), "x": .null])
    }

    /// A plain string is read in place until its first quote, escape or non-ASCII byte, wherever that is;
    /// both decoding paths must agree for each position.
    @Test func stringsEndWhereverTheirFirstSpecialByteIs() throws {
        let specials = [#"\""#, "é", #"\n"#, #"\u0041"#, "😀"]
        for special in specials {
            for position in 0..<20 {
                let device = String(repeating: "d", count: position) + special + String(repeating: "e", count: 11 - position % 12)
                let line = #"{"type":"login","account":"a","time":"2026-03-01T08:00:00Z","ip":"81.2.69.160","device":"\#(device)","note":"\#(device)x"}"#
                let fromBytes = try decoder.decode(line, at: here)
                let fromTree = try decoder.decode(try JSONParser.parse(line), at: here)
                #expect(fromBytes == fromTree && fromBytes.extra == fromTree.extra, "\(line)")
                guard case .login(let login) = fromBytes.payload, case .string(let note) = fromBytes.extra["note"] else {
                    Issue.record("\(line)")
                    continue
                }
                #expect(note == (login.device ?? "") + "x")
            }
        }
    }

    /// A key written twice: the first one is read, the second is kept as an unknown field, on both paths;
    /// fields may come in any order.
    @Test func firstOfARepeatedKeyWinsInAnyFieldOrder() throws {
        let lines = [
            #"{"type":"login","account":"first","account":"second","time":"2026-03-01T08:00:00Z","ip":"81.2.69.160"}"#,
            #"{"ip":"81.2.69.160","time":"2026-03-01T08:00:00Z","account":"first","type":"login","account":"second"}"#,
            #"{"account":"first","type":"login","time":"2026-03-01T08:00:00Z","account":"second","ip":"81.2.69.160"}"#,
        ]
        for line in lines {
            let fromBytes = try decoder.decode(line, at: here)
            let fromTree = try decoder.decode(try JSONParser.parse(line), at: here)
            #expect(fromBytes.account == "first" && fromTree.account == "first")
            #expect(fromBytes.extra == ["account": .string("second")] && fromTree.extra == fromBytes.extra)
        }
    }

    /// Objects with more members than the reader's bit mask holds keep every unknown field.
    @Test func keepsUnknownFieldsOfWideObjects() throws {
        let extras = (0..<70).map { "\"x\($0)\":\($0)" }.joined(separator: ",")
        let line = #"{"type":"login","account":"a","time":"2026-03-01T08:00:00Z","ip":"81.2.69.160","# + extras + "}"
        let event = try decoder.decode(line, at: here)
        #expect(event.extra.count == 70)
        #expect(event.extra["x69"] == .number(69))
        #expect(event.account == "a")
    }

    @Test func readsEveryFieldOfAProfile() throws {
        let line = #"{"type":"account","time":"2026-05-01T00:00:00Z","account":"a","kind":"freelancer","name":"Daniel Moore","country":"US","city":"Austin","region":"TX","timezone":"America/Chicago","email":"d@x.com","phone":"+1 512 555 0147","created":"2024-02-11T09:30:00Z","hourly_rate":45,"hours_worked":3120,"job_success":0.97,"earnings":131000,"education":[{"institution":"UT","country":"US","degree":"BSc","from":"2012","to":"2016"}],"employment":[{"company":"Initech","domain":"initech.example","country":"US","title":"Dev","from":"2016-06","to":"2021-03"}],"website":"https://d.dev","github":"dm","photo_hash":"p:1","agency":"ag-1","status":"active","x_custom":[1,2]}"#
        let event = try decoder.decode(line, at: here)
        guard case .account(let update) = event.payload else { Issue.record("not an account event"); return }
        #expect(update.name == "Daniel Moore")
        #expect(update.country?.code == "US")
        #expect(update.timezone == "America/Chicago")
        #expect(update.created == Timestamp(rfc3339: "2024-02-11T09:30:00Z"))
        #expect(update.hoursWorked == 3120)
        #expect(update.jobSuccess == 0.97)
        #expect(update.education?.first?.institution == "UT")
        #expect(update.employment?.first?.domain == "initech.example")
        #expect(update.agency == "ag-1")
        #expect(update.photoHash == "p:1")
        #expect(event.extra["x_custom"] == .array([.number(1), .number(2)]))
    }

    @Test func readsNestedAndArrayFields() throws {
        let endpoint = try decoder.decode(#"{"type":"endpoint","time":"2026-05-12T13:10:00Z","account":"e","device":"d","serial":"S","ip":"2001:db8::1","software":["AnyDesk"],"usb":[{"vendor":"1d6b","product":"0104","name":"PiKVM","class":"hid"}],"displays":["PiKVM"]}"#, at: here)
        guard case .endpoint(let report) = endpoint.payload else { Issue.record("not an endpoint"); return }
        #expect(report.usb == [USBDevice(vendor: "1d6b", product: "0104", name: "PiKVM", deviceClass: "hid")])
        #expect(report.ip == IPAddress("2001:db8::1"))
        let shipment = try decoder.decode(#"{"type":"shipment","time":"2026-05-02T09:00:00Z","account":"e","address":{"line1":"1 Oak St","city":"Nashville","postal":"37201","country":"US"}}"#, at: here)
        guard case .shipment(let parcel) = shipment.payload else { Issue.record("not a shipment"); return }
        #expect(parcel.address.city == "Nashville")
    }

    @Test func timeWithOffsetIsTheSameInstant() throws {
        let a = try decoder.decode(#"{"type":"login","time":"2026-05-12T13:12:00+09:00","account":"x","ip":"1.2.3.4"}"#, at: here)
        let b = try decoder.decode(#"{"type":"login","time":"2026-05-12T04:12:00Z","account":"x","ip":"1.2.3.4"}"#, at: here)
        #expect(a.time == b.time)
    }

    @Test(arguments: [
        (#"{"type":"login","#, "json"),
        (#"[1,2]"#, "json"),
        (#"{"time":"2026-01-01T00:00:00Z","account":"a"}"#, "type"),
        (#"{"type":"teleport","time":"2026-01-01T00:00:00Z","account":"a"}"#, "type"),
        (#"{"type":"login","account":"a","ip":"1.2.3.4"}"#, "time"),
        (#"{"type":"login","time":"yesterday","account":"a","ip":"1.2.3.4"}"#, "time"),
        (#"{"type":"login","time":"2026-02-30T00:00:00Z","account":"a","ip":"1.2.3.4"}"#, "time"),
        (#"{"type":"login","time":"2026-01-01T00:00:00Z","ip":"1.2.3.4"}"#, "account"),
        (#"{"type":"login","time":"2026-01-01T00:00:00Z","account":"","ip":"1.2.3.4"}"#, "account"),
        (#"{"type":"login","time":"2026-01-01T00:00:00Z","account":"a"}"#, "ip"),
        (#"{"type":"login","time":"2026-01-01T00:00:00Z","account":"a","ip":"300.1.1.1"}"#, "ip"),
        (#"{"type":"login","time":"2026-01-01T00:00:00Z","account":"a","ip":"1.2.3.4","success":"yes"}"#, "success"),
        (#"{"type":"work","time":"2026-01-01T00:00:00Z","account":"a","minutes":0}"#, "minutes"),
        (#"{"type":"work","time":"2026-01-01T00:00:00Z","account":"a","minutes":"60"}"#, "minutes"),
        (#"{"type":"account","time":"2026-01-01T00:00:00Z","account":"a","country":"USA"}"#, "country"),
        (#"{"type":"account","time":"2026-01-01T00:00:00Z","account":"a","country":"us"}"#, "country"),
        (#"{"type":"account","time":"2026-01-01T00:00:00Z","account":"a","education":[{"country":"US"}]}"#, "education[0].institution"),
        (#"{"type":"account","time":"2026-01-01T00:00:00Z","account":"a","job_success":1.5}"#, "job_success"),
        (#"{"type":"contract","time":"2026-01-01T00:00:00Z","account":"a"}"#, "contract"),
        (#"{"type":"review","time":"2026-01-01T00:00:00Z","account":"a","rating":9}"#, "rating"),
        (#"{"type":"shipment","time":"2026-01-01T00:00:00Z","account":"a"}"#, "address"),
        (#"{"type":"shipment","time":"2026-01-01T00:00:00Z","account":"a","address":{"line1":"x","city":"y","country":"ZZ"}}"#, "address.country"),
        (#"{"type":"endpoint","time":"2026-01-01T00:00:00Z","account":"a","software":["ok",3]}"#, "software[1]"),
        (#"{"type":"payout","time":"2026-01-01T00:00:00Z","account":"a","country":"XX"}"#, "country"),
    ])
    func rejectsABadLineNamingTheField(line: String, field: String) {
        let error = reject(line)
        #expect(error?.field == field, "\(line)")
        #expect(error?.location == here)
        #expect(error?.description.hasPrefix("t.ndjson:7: \(field): ") == true)
    }

    @Test func derivedIdIgnoresKeyOrderAndSpacing() throws {
        let a = try decoder.decode(#"{"type":"login","time":"2026-01-01T00:00:00Z","account":"a","ip":"1.2.3.4"}"#, at: here)
        let b = try decoder.decode(#"{ "ip": "1.2.3.4", "account":"a", "time":"2026-01-01T00:00:00Z","type":"login" }"#, at: here)
        let c = try decoder.decode(#"{"type":"login","time":"2026-01-01T00:00:00Z","account":"a","ip":"1.2.3.5"}"#, at: here)
        #expect(a.id.description.hasPrefix("sha256:"))
        #expect(a.id == b.id)
        #expect(a.id != c.id)
        let explicit = try decoder.decode(#"{"type":"login","id":"ev-1","time":"2026-01-01T00:00:00Z","account":"a","ip":"1.2.3.4"}"#, at: here)
        #expect(explicit.id == "ev-1")
    }
}

extension DecoderTests {
    @Test func eventKindsAreReadFromTheirBytesAndNothingElseIs() {
        for kind in EventKind.allCases {
            #expect(Array(kind.rawValue.utf8).withUnsafeBufferPointer(EventKind.init(utf8:)) == kind)
        }
        for text in ["", "Login", "logins", "logon", "bids", "revieW", "referencd", "documents", "x"] {
            #expect(Array(text.utf8).withUnsafeBufferPointer(EventKind.init(utf8:)) == nil, "\(text)")
        }
    }
}
