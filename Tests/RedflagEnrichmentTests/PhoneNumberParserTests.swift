import RedflagPrimitives
import Testing

@testable import RedflagEnrichment

/// Expected values checked against PyPI phonenumbers 9.0.43 (libphonenumber's Python port).
@Suite struct PhoneNumberParserTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var text: String
        var hint: String?
        var e164: String
        var region: String
        var type: PhoneLineType
        var testDescription: String { "\(text) [\(hint ?? "-")]" }
    }

    static let cases: [Case] = [
        Case(text: "+1 512 555 0147", e164: "+15125550147", region: "US", type: .fixedLineOrMobile),
        Case(text: "(512) 555-0147", hint: "US", e164: "+15125550147", region: "US", type: .fixedLineOrMobile),
        Case(text: "+1 202-456-1414", e164: "+12024561414", region: "US", type: .fixedLineOrMobile),
        Case(text: "1-800-275-2273", hint: "US", e164: "+18002752273", region: "US", type: .tollFree),
        Case(text: "+1 900 555 0100", e164: "+19005550100", region: "US", type: .premiumRate),
        Case(text: "+1 416 555 0199", e164: "+14165550199", region: "CA", type: .fixedLineOrMobile),
        Case(text: "+1 340 642 1234", e164: "+13406421234", region: "VI", type: .fixedLineOrMobile),
        Case(text: "011 44 20 7930 4832", hint: "US", e164: "+442079304832", region: "GB", type: .fixedLine),
        Case(text: "+44 20 7930 4832", e164: "+442079304832", region: "GB", type: .fixedLine),
        Case(text: "07400 123456", hint: "GB", e164: "+447400123456", region: "GB", type: .mobile),
        Case(text: "0044 20 7946 0958", e164: "+442079460958", region: "GB", type: .fixedLine),
        Case(text: "0044 20 7946 0958", hint: "DE", e164: "+442079460958", region: "GB", type: .fixedLine),
        Case(text: "056 1234 5678", hint: "GB", e164: "+445612345678", region: "GB", type: .voip),
        Case(text: "+44 870 123 4567", e164: "+448701234567", region: "GB", type: .premiumRate),
        Case(text: "+44 70 1234 5678", e164: "+447012345678", region: "GB", type: .personalNumber),
        Case(text: "+44 1534 456789", e164: "+441534456789", region: "JE", type: .fixedLine),
        Case(text: "+49 30 2270", e164: "+49302270", region: "DE", type: .fixedLine),
        Case(text: "+49 1512 3456789", e164: "+4915123456789", region: "DE", type: .mobile),
        Case(text: "+850 2 381 8111", e164: "+85023818111", region: "KP", type: .fixedLine),
        Case(text: "+850 191 234 5678", e164: "+8501912345678", region: "KP", type: .mobile),
        Case(text: "+7 495 123-45-67", e164: "+74951234567", region: "RU", type: .fixedLine),
        Case(text: "8 (912) 345-67-89", hint: "RU", e164: "+79123456789", region: "RU", type: .mobile),
        Case(text: "+7 701 123 4567", e164: "+77011234567", region: "KZ", type: .mobile),
        Case(text: "+86 138 0013 8000", e164: "+8613800138000", region: "CN", type: .mobile),
        Case(text: "+91 98765 43210", e164: "+919876543210", region: "IN", type: .mobile),
        Case(text: "+81 3-3581-0101", e164: "+81335810101", region: "JP", type: .fixedLine),
        Case(text: "+54 9 11 1234-5678", e164: "+5491112345678", region: "AR", type: .mobile),
        Case(text: "011 15-1234-5678", hint: "AR", e164: "+5491112345678", region: "AR", type: .mobile),
        Case(text: "+39 06 6982 1234", e164: "+390669821234", region: "VA", type: .fixedLine),
        Case(text: "+63 917 123 4567", e164: "+639171234567", region: "PH", type: .mobile),
        Case(text: "+234 803 123 4567", e164: "+2348031234567", region: "NG", type: .mobile),
        Case(text: "+380 50 123 4567", e164: "+380501234567", region: "UA", type: .mobile),
        Case(text: "06.12.34.56.78", hint: "FR", e164: "+33612345678", region: "FR", type: .mobile),
        Case(text: "+800 1234 5678", e164: "+80012345678", region: "001", type: .tollFree),
        Case(text: "＋４４ ２０ ７９３０ ４８３２", e164: "+442079304832", region: "GB", type: .fixedLine),
        Case(text: "+1 202 456 1414 ext. 123", e164: "+12024561414", region: "US", type: .fixedLineOrMobile),
        Case(text: "tel:+44-20-7930-4832", e164: "+442079304832", region: "GB", type: .fixedLine),
    ]

    @Test(arguments: cases)
    func parsesRealNumbers(_ example: Case) throws {
        let parser = try PhoneNumberParser()
        let number = try parser.parse(example.text, defaultRegion: example.hint.flatMap { CountryCode($0) })
        #expect(number.e164 == example.e164)
        #expect(try parser.e164(example.text, defaultRegion: example.hint.flatMap { CountryCode($0) }) == example.e164)
        #expect(number.regionCode == example.region)
        #expect(number.lineType == example.type)
        #expect(number.isValid)
    }

    @Test func nanpaCannotTellMobileOrVoIP() throws {
        let parser = try PhoneNumberParser()
        let us = try parser.parse("+1 512 555 0147")
        #expect(us.region == CountryCode("US"))
        #expect(!us.canDistinguishMobile && !us.canDistinguishVoIP)
        let gb = try parser.parse("+44 7400 123456")
        #expect(gb.canDistinguishMobile && gb.canDistinguishVoIP)
        let de = try parser.parse("+49 1512 3456789")
        #expect(de.canDistinguishMobile)
    }

    @Test(arguments: [
        ("", nil, PhoneNumberError.Reason.empty, nil),
        ("call me", nil, .invalidCharacter, 0),
        ("512 555 0147", nil, .missingRegion, nil),
        ("+999 1234 5678", nil, .unknownCallingCode, nil),
        ("+1 2", nil, .tooShort, nil),
        ("+44 20 79+30", nil, .invalidCharacter, 9),
    ] as [(String, String?, PhoneNumberError.Reason, Int?)])
    func rejectsWithReason(text: String, hint: String?, reason: PhoneNumberError.Reason, offset: Int?) throws {
        let parser = try PhoneNumberParser()
        #expect {
            _ = try parser.parse(text, defaultRegion: hint.flatMap { CountryCode($0) })
        } throws: { error in
            (error as? PhoneNumberError)?.reason == reason && (error as? PhoneNumberError)?.offset == offset
        }
    }

    @Test func numberOutsideEveryRangeIsUnknown() throws {
        let number = try PhoneNumberParser().parse("+44 1000 000000")
        #expect(number.lineType == .unknown)
        #expect(!number.isValid)
    }

    @Test func tableCoversEveryRegion() throws {
        let table = try PhoneMetadataTable.bundled()
        #expect(table.regions.count > 240)
        #expect(table.metadata(forRegion: "KP")?.callingCode == 850)
        #expect(table.regions(forCallingCode: 1).first?.regionCode == "US")
        #expect(table.regions(forCallingCode: 7).map(\.regionCode) == ["RU", "KZ"])
    }
}

extension PhoneNumberParserTests {
    static let validRegion = "R\tXA\t999\t1\t0\t0\t\t9\t00\t0", validRange = "D\tgeneral\t8\t[2-9]\\d{7}"

    /// A pattern ICU rejects — in a number range, leading digits or a prefix rewrite — is an error naming
    /// its line, whichever matcher would have run it.
    @Test(arguments: [
        (validRegion, "D\tgeneral\t8\t[2-9", 2),
        ("R\tXA\t999\t1\t0\t0\t\t(9\t00\t0", validRange, 1),
        ("R\tXA\t999\t1\t0\t(0\t\t9\t00\t0", validRange, 1),
        ("R\tXA\t999\t1\t0\t0\t\t9\t(00\t0", validRange, 1),
    ])
    func badPatternsNameTheirLine(region: String, range: String, line: Int) throws {
        #expect(try PhoneMetadataTable(text: Self.validRegion + "\n" + Self.validRange, file: "ok.tsv").regions.count == 1)
        #expect {
            _ = try PhoneMetadataTable(text: region + "\n" + range, file: "t.tsv")
        } throws: { ($0 as? PhoneMetadataError).map { $0.line == line && $0.reason.hasPrefix("bad pattern") } ?? false }
    }
}

extension PhoneNumberParserTests {
    /// The byte-by-byte reading of an ASCII number gives what the character-by-character reading gives,
    /// and declines (rather than deciding) every text that reading rejects.
    @Test func asciiDigitsAgreeWithTheCharacterReading() {
        let alphabet = Array("0123456789+-.()/[]~ \t\u{0B}\u{0C}eExX#;,aZ*\r\n:")
        var random = SplitMix64(seed: 11)
        var decided = 0
        for _ in 0..<20_000 {
            let text = String((0..<Int(random.next() % 14)).map { _ in alphabet[Int(random.next() % UInt64(alphabet.count))] })
            let byCharacter = try? PhoneNumberParser.characterDigits(of: text)
            guard let byByte = PhoneNumberParser.asciiDigits(of: text) else { continue }
            decided += 1
            #expect(byCharacter.map { $0 == byByte } == true, "\(text.debugDescription)")
        }
        #expect(decided > 2_000)
        #expect(PhoneNumberParser.asciiDigits(of: "+1 (555) 010-0199 ext 7")! == ("15550100199", true))
        #expect(PhoneNumberParser.asciiDigits(of: "٠١٢") == nil, "digits of other scripts go to the character reading")
    }
}
