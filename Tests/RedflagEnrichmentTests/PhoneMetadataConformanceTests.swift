import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import RedflagPrimitives
import Testing

@testable import RedflagEnrichment

/// Checks our parser against every `<exampleNumber>` of libphonenumber's own XML metadata.
@Suite struct PhoneMetadataConformanceTests {
    struct Example {
        var territory: String
        var callingCode: Int
        var lineType: PhoneLineType
        var number: String
    }

    /// Collects (territory, line type, example number) from PhoneNumberMetadata.xml.
    final class ExampleCollector: NSObject, XMLParserDelegate {
        var examples: [Example] = []
        private var territory = ""
        private var callingCode = 0
        private var lineType: PhoneLineType?
        private var text: String?

        func parser(
            _ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
            attributes: [String: String] = [:]
        ) {
            switch name {
            case "territory":
                territory = attributes["id"] ?? ""
                callingCode = Int(attributes["countryCode"] ?? "") ?? 0
            case "exampleNumber":
                text = ""
            default:
                if let type = PhoneLineType(rawValue: name) { lineType = type }
            }
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) { text?.append(string) }

        func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
            if name == "exampleNumber", let lineType, let number = text {
                examples.append(Example(territory: territory, callingCode: callingCode, lineType: lineType, number: number))
            }
            if name == "exampleNumber" { text = nil }
            if PhoneLineType(rawValue: name) != nil { lineType = nil }
        }
    }

    static func loadExamples(_ url: URL) throws -> [Example] {
        var xml = try String(contentsOf: url, encoding: .utf8)
        if let start = xml.range(of: "<!DOCTYPE"), let end = xml.range(of: "]>", range: start.upperBound..<xml.endIndex) {
            xml.removeSubrange(start.lowerBound..<end.upperBound)
        }
        let parser = XMLParser(data: Data(xml.utf8))
        let collector = ExampleCollector()
        parser.delegate = collector
        #expect(parser.parse(), "XML parse failed: \(String(describing: parser.parserError))")
        return collector.examples
    }

    static func typeAgrees(_ parsed: PhoneLineType, expected: PhoneLineType) -> Bool {
        parsed == expected || (parsed == .fixedLineOrMobile && (expected == .fixedLine || expected == .mobile))
    }

    @Test func everyExampleNumberIsClassified() throws {
        guard let url = NetworksSharedData.file("phone/PhoneNumberMetadata.xml") else { return }
        let examples = try Self.loadExamples(url)
        #expect(examples.count > 1_000)
        let parser = try PhoneNumberParser()
        var international = 0
        var internationalExactRegion = 0
        var national = 0
        var nationalTried = 0
        var failures: [String] = []
        for example in examples {
            let parsed = try? parser.parse("+\(example.callingCode) \(example.number)")
            let regionOK = parsed.map { $0.regionCode == example.territory || $0.callingCode == example.callingCode } ?? false
            if let parsed, regionOK, Self.typeAgrees(parsed.lineType, expected: example.lineType) {
                international += 1
                if parsed.regionCode == example.territory {
                    internationalExactRegion += 1
                } else if ProcessInfo.processInfo.environment["REDFLAG_PHONE_VERBOSE"] != nil {
                    print("  other territory: \(example.territory) +\(example.callingCode) \(example.number) → \(parsed.regionCode ?? "nil")")
                }
            } else {
                failures.append("\(example.territory) \(example.lineType) +\(example.callingCode) \(example.number) → "
                    + (parsed.map { "\($0.regionCode ?? "nil") \($0.lineType)" } ?? "error"))
            }
            if let country = CountryCode(example.territory) {
                nationalTried += 1
                if let parsed = try? parser.parse(example.number, defaultRegion: country),
                    parsed.callingCode == example.callingCode, Self.typeAgrees(parsed.lineType, expected: example.lineType)
                {
                    national += 1
                }
            }
        }
        let rate = Double(international) / Double(examples.count)
        let exactRate = Double(internationalExactRegion) / Double(examples.count)
        let nationalRate = Double(national) / Double(max(nationalTried, 1))
        print("phone conformance: \(international)/\(examples.count) (\(String(format: "%.2f", rate * 100))%) as +cc; "
            + "exact territory \(String(format: "%.2f", exactRate * 100))%; "
            + "national with region hint \(national)/\(nationalTried) (\(String(format: "%.2f", nationalRate * 100))%)")
        for failure in failures.prefix(40) { print("  mismatch: \(failure)") }
        #expect(rate >= 0.99)
        #expect(nationalRate >= 0.98)
    }
}
