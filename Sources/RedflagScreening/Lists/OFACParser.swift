import Foundation
import RedflagPrimitives

/// Reads OFAC's SDN list in its official CSV layout: `sdn.csv` plus the optional `alt.csv` (aliases),
/// `add.csv` (addresses) and `sdn_comments.csv` (remarks continued). No header; `-0-` is empty; cp1252.
public enum OFACParser {
    /// The SDN list in `directory`. Only `sdn.csv` is required.
    public static func load(directory: URL, date: String? = nil) throws(ScreeningError) -> SanctionsList {
        func read(_ name: String, required: Bool) throws(ScreeningError) -> String? {
            let url = directory.appendingPathComponent(name)
            guard FileManager.default.fileExists(atPath: url.path) else {
                if required { throw .missingFile(path: url.path, reason: "OFAC sdn.csv not found") }
                return nil
            }
            let data: Data
            do { data = try Data(contentsOf: url) } catch {
                throw .missingFile(path: url.path, reason: "unreadable: \(error)")
            }
            return try Windows1252.decode([UInt8](data), file: url.path)
        }
        let sdn = try read("sdn.csv", required: true) ?? ""
        return try parse(
            sdn: sdn, alt: try read("alt.csv", required: false), add: try read("add.csv", required: false),
            comments: try read("sdn_comments.csv", required: false), date: date
        )
    }

    /// Parses already-decoded file contents.
    public static func parse(
        sdn: String, alt: String? = nil, add: String? = nil, comments: String? = nil, date: String? = nil
    ) throws(ScreeningError) -> SanctionsList {
        let rows = try records(sdn, file: "sdn.csv", minimumFields: 12)
        var entries: [SanctionsEntry] = []
        var position: [String: Int] = [:]
        var rawRemarks: [String] = []
        for (line, row) in rows {
            let id = row[0].trimmingCharacters(in: " ")
            guard Int(id) != nil else { throw .csv(file: "sdn.csv", line: line, field: 1, reason: "ent_num '\(id)' is not a number") }
            let name = value(row[1]) ?? ""
            guard !name.isEmpty else { throw .csv(file: "sdn.csv", line: line, field: 2, reason: "empty SDN name") }
            let programs = (value(row[3]) ?? "").components(separatedBy: "] [")
                .map { $0.trimmingCharacters(in: " []") }.filter { !$0.isEmpty }
            let kind: SanctionsEntry.Kind
            switch value(row[2])?.lowercased() {
            case "individual": kind = .individual
            case "vessel": kind = .vessel
            case "aircraft": kind = .aircraft
            case nil: kind = .entity
            default: kind = .unknown
            }
            position[id] = entries.count
            rawRemarks.append(value(row[11]) ?? "")
            entries.append(SanctionsEntry(id: id, name: name, kind: kind, programs: programs))
        }
        if let comments {
            for (line, row) in try records(comments, file: "sdn_comments.csv", minimumFields: 2) {
                let id = row[0].trimmingCharacters(in: " ")
                guard let i = position[id] else {
                    throw .csv(file: "sdn_comments.csv", line: line, field: 1, reason: "unknown ent_num \(id)")
                }
                rawRemarks[i] += value(row[1]) ?? ""
            }
        }
        for i in entries.indices where !rawRemarks[i].isEmpty {
            let remarks = OFACRemarks(rawRemarks[i])
            entries[i].remarks = rawRemarks[i]
            entries[i].aliases = remarks.aliases
            entries[i].birthDates = remarks.birthDates
            entries[i].nationalities = remarks.nationalities
            entries[i].wallets = remarks.wallets
            entries[i].emails = remarks.emails
            entries[i].domains = remarks.domains
            entries[i].documentNumbers = remarks.documentNumbers
        }
        if let alt {
            for (line, row) in try records(alt, file: "alt.csv", minimumFields: 4) {
                let id = row[0].trimmingCharacters(in: " ")
                guard let i = position[id] else { throw .csv(file: "alt.csv", line: line, field: 1, reason: "unknown ent_num \(id)") }
                if let name = value(row[3]), !entries[i].aliases.contains(name) { entries[i].aliases.append(name) }
            }
        }
        if let add {
            for (line, row) in try records(add, file: "add.csv", minimumFields: 5) {
                let id = row[0].trimmingCharacters(in: " ")
                guard let i = position[id] else { throw .csv(file: "add.csv", line: line, field: 1, reason: "unknown ent_num \(id)") }
                if let country = value(row[4]).flatMap(CountryNames.code(for:)), !entries[i].addressCountries.contains(country) {
                    entries[i].addressCountries.append(country)
                }
            }
        }
        return SanctionsList(name: "OFAC SDN", date: date, isIndicator: false, entries: entries)
    }

    /// `nil` for OFAC's null marker `-0-` and for blank fields.
    static func value(_ field: String) -> String? {
        let trimmed = field.trimmingCharacters(in: " ")
        return trimmed.isEmpty || trimmed == "-0-" ? nil : trimmed
    }

    private static func records(_ text: String, file: String, minimumFields: Int) throws(ScreeningError) -> [(Int, [String])] {
        let rows = try SimpleCSV.parse(text, file: file)
        var out: [(Int, [String])] = []
        out.reserveCapacity(rows.count)
        for (i, row) in rows.enumerated() {
            guard row.count >= minimumFields else {
                throw .csv(file: file, line: i + 1, field: nil,
                           reason: "record has \(row.count) fields, expected \(minimumFields) (file truncated?)")
            }
            out.append((i + 1, row))
        }
        return out
    }
}
