import Foundation
import RedflagPrimitives

/// The NDJSON line `redflag screen` prints for one queried name:
/// `{"query": …, "matches": [{"list", "id", "name", "score", "programs", "matched", "tokens"}]}`, with
/// `"reading": …` after the query when a name in another script was also screened as read in Latin letters.
public enum ScreeningOutput {
    public static func line(query: String, reading: String? = nil, matches: [NameMatch]) -> String {
        let items = matches.map { m in
            "{\"list\":\(json(m.list)),\"id\":\(json(m.entry.id)),\"name\":\(json(m.entry.name)),"
                + "\"score\":\(score(m.score)),\"programs\":[\(m.entry.programs.map(json).joined(separator: ","))],"
                + "\"matched\":\(json(m.matchedName)),\"tokens\":[\(m.matchedTokens.map(json).joined(separator: ","))]}"
        }
        let readingMember = reading.map { ",\"reading\":\(json($0))" } ?? ""
        return "{\"query\":\(json(query))\(readingMember),\"matches\":[\(items.joined(separator: ","))]}"
    }

    /// One decimal place, no trailing `.0` for whole numbers.
    public static func score(_ value: Double) -> String {
        let rounded = (value * 10).rounded() / 10
        return rounded == rounded.rounded() ? String(Int(rounded)) : String(rounded)
    }

    /// A JSON string literal.
    public static func json(_ s: String) -> String { JSONString.quoted(s) }
}

/// Reading the simple inputs of the screening commands.
public enum ScreeningInput {
    /// Non-empty trimmed lines of a text file.
    public static func lines(of path: String) throws -> [String] {
        try String(contentsOfFile: path, encoding: .utf8)
            .split(whereSeparator: \.isNewline)
            .map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty }
    }

    /// Name pairs from a two-column CSV (`name1,name2`); a first row `name1,name2` is skipped as a header.
    public static func pairs(of path: String) throws -> [(String, String)] {
        let text = try String(contentsOfFile: path, encoding: .utf8)
        let records = try SimpleCSV.parse(text, file: path)
        var out: [(String, String)] = []
        for (i, record) in records.enumerated() {
            guard record.count >= 2 else {
                throw ScreeningError.csv(file: path, line: i + 1, field: nil, reason: "expected two columns name1,name2")
            }
            if i == 0, record[0].lowercased() == "name1", record[1].lowercased() == "name2" { continue }
            out.append((record[0], record[1]))
        }
        return out
    }
}
