import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import RedflagPrimitives

/// Reads the UN Security Council Consolidated List XML (`CONSOLIDATED_LIST` with `INDIVIDUALS` and `ENTITIES`).
public enum UNListParser {
    public static func load(file: URL) throws(ScreeningError) -> SanctionsList {
        let data: Data
        do { data = try Data(contentsOf: file) } catch {
            throw .missingFile(path: file.path, reason: "unreadable: \(error)")
        }
        return try parse(data, file: file.path)
    }

    public static func parse(_ data: Data, file: String = "UN list") throws(ScreeningError) -> SanctionsList {
        let delegate = Delegate()
        let parser = XMLParser(data: data)
        parser.delegate = delegate
        parser.shouldResolveExternalEntities = false
        if !parser.parse() || delegate.failure != nil {
            let reason = delegate.failure ?? parser.parserError.map { "\($0.localizedDescription)" } ?? "malformed XML"
            throw .xml(file: file, line: parser.lineNumber, column: parser.columnNumber, reason: reason)
        }
        guard delegate.sawRoot else {
            throw .xml(file: file, line: parser.lineNumber, column: parser.columnNumber, reason: "no CONSOLIDATED_LIST element")
        }
        guard delegate.sawRootEnd else {
            throw .xml(file: file, line: parser.lineNumber, column: parser.columnNumber,
                       reason: "CONSOLIDATED_LIST is not closed (file truncated?)")
        }
        let date = delegate.dateGenerated.map { String($0.prefix(10)) }
        return SanctionsList(name: "UN Consolidated", date: date, isIndicator: false, entries: delegate.entries)
    }

    private final class Delegate: NSObject, XMLParserDelegate {
        var entries: [SanctionsEntry] = []
        var sawRoot = false
        var sawRootEnd = false
        var dateGenerated: String?
        var failure: String?
        private var current: SanctionsEntry?
        private var nameParts: [Int: String] = [:]
        private var path: [String] = []
        private var text = ""
        private var dob = [String: String]()

        func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?,
                    qualifiedName: String?, attributes: [String: String] = [:]) {
            path.append(name)
            text = ""
            switch name {
            case "CONSOLIDATED_LIST":
                sawRoot = true
                dateGenerated = attributes["dateGenerated"]
            case "INDIVIDUAL", "ENTITY":
                current = SanctionsEntry(id: "", name: "", kind: name == "INDIVIDUAL" ? .individual : .entity)
                nameParts = [:]
            case "INDIVIDUAL_DATE_OF_BIRTH":
                dob = [:]
            default: break
            }
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) { text += string }

        func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
            defer { path.removeLast(); text = "" }
            if name == "CONSOLIDATED_LIST" { sawRootEnd = true }
            guard current != nil else { return }
            let value = text.trimmingCharacters(in: .whitespacesAndNewlines)
            let parent = path.count >= 2 ? path[path.count - 2] : ""
            switch name {
            case "REFERENCE_NUMBER": current?.id = value
            case "FIRST_NAME": nameParts[1] = value
            case "SECOND_NAME": nameParts[2] = value
            case "THIRD_NAME": nameParts[3] = value
            case "FOURTH_NAME": nameParts[4] = value
            case "UN_LIST_TYPE": if !value.isEmpty { current?.programs.append(value) }
            case "COMMENTS1": if !value.isEmpty { current?.remarks = value }
            case "NAME_ORIGINAL_SCRIPT": if !value.isEmpty { current?.aliases.append(value) }
            case "ALIAS_NAME": if !value.isEmpty, current?.aliases.contains(value) == false { current?.aliases.append(value) }
            case "VALUE" where parent == "NATIONALITY":
                if let code = CountryNames.code(for: value) { current?.nationalities.append(code) }
            case "COUNTRY" where parent.hasSuffix("_ADDRESS"):
                if let code = CountryNames.code(for: value), current?.addressCountries.contains(code) == false {
                    current?.addressCountries.append(code)
                }
            case "NUMBER" where parent == "INDIVIDUAL_DOCUMENT":
                if !value.isEmpty { current?.documentNumbers.append(value) }
            case "DATE", "YEAR", "FROM_YEAR", "TO_YEAR":
                if parent == "INDIVIDUAL_DATE_OF_BIRTH" { dob[name] = value }
            case "INDIVIDUAL_DATE_OF_BIRTH":
                if let d = dob["DATE"], !d.isEmpty { current?.birthDates.append(d) }
                else if let y = dob["YEAR"], !y.isEmpty { current?.birthDates.append(y) }
                else if let f = dob["FROM_YEAR"], let t = dob["TO_YEAR"] { current?.birthDates.append("\(f) to \(t)") }
            case "INDIVIDUAL", "ENTITY":
                guard var entry = current else { return }
                entry.name = nameParts.keys.sorted().compactMap { nameParts[$0] }.filter { !$0.isEmpty }.joined(separator: " ")
                current = nil
                if entry.name.isEmpty || entry.id.isEmpty {
                    failure = "\(name) without a name or reference number"
                    return
                }
                entries.append(entry)
            default: break
            }
        }
    }
}
