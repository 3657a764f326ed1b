import RedflagPrimitives

/// Line-level parsing shared by the list formats.
enum ListLine {
    struct ASNEntry {
        var asn: UInt32
        var kinds: NetworkKinds
        var name: String?
    }

    /// The line without its `#` comment and surrounding white space (also drops a trailing `\r`).
    static func stripComment(_ line: Substring) -> Substring {
        let beforeComment = line.firstIndex(of: "#").map { line[..<$0] } ?? line
        return trim(beforeComment)
    }

    static func trim(_ text: Substring) -> Substring {
        var result = text
        while let first = result.first, first.isWhitespace { result.removeFirst() }
        while let last = result.last, last.isWhitespace { result.removeLast() }
        return result
    }

    /// `AS1234 [kinds] [# name]`; nil for blank and comment lines.
    static func asnEntry(
        _ line: Substring, defaultKinds: NetworkKinds, fail: (String) -> NetworkListError
    ) throws(NetworkListError) -> ASNEntry? {
        let content = stripComment(line)
        guard !content.isEmpty else { return nil }
        let name = line.firstIndex(of: "#").map { String(trim(line[line.index(after: $0)...])) }
        let fields = content.split(whereSeparator: \.isWhitespace)
        guard let asn = parseASN(fields[0]) else { throw fail("not an AS number: \(fields[0])") }
        var kinds = defaultKinds
        if fields.count > 1 {
            kinds = []
            for label in fields[1...].joined(separator: ",").split(separator: ",") {
                guard let kind = kindLabels[label.lowercased()] else { throw fail("unknown network kind: \(label)") }
                kinds.insert(kind)
            }
        }
        return ASNEntry(asn: asn, kinds: kinds, name: name)
    }

    /// `ASN,"Entity"`; nil for blank lines and a header row.
    static func csvEntry(
        _ line: Substring, lineNumber: Int, kinds: NetworkKinds, fail: (String) -> NetworkListError
    ) throws(NetworkListError) -> ASNEntry? {
        guard !trim(line).isEmpty else { return nil }
        guard let fields = csvFields(line) else { throw fail("unbalanced quotes") }
        guard let asn = parseASN(Substring(fields[0])) else {
            if lineNumber == 1 { return nil }
            throw fail("not an AS number: \(fields[0])")
        }
        return ASNEntry(asn: asn, kinds: kinds, name: fields.count > 1 ? fields[1] : nil)
    }

    /// `AS1234`, `as1234` or `1234`.
    static func parseASN(_ text: Substring) -> UInt32? {
        var digits = trim(text)
        if digits.count > 2, digits.prefix(2).uppercased() == "AS" { digits = digits.dropFirst(2) }
        guard !digits.isEmpty, digits.allSatisfy(\.isASCII) else { return nil }
        return UInt32(digits)
    }

    /// Splits one CSV record: fields may be quoted (`""` escapes a quote) and padded with spaces.
    static func csvFields(_ line: Substring) -> [String]? {
        var fields: [String] = []
        var current = ""
        var inQuotes = false
        var wasQuoted = false
        var iterator = trim(line).makeIterator()
        var pending: Character? = iterator.next()
        while let character = pending {
            pending = iterator.next()
            if inQuotes {
                if character == "\"" {
                    if pending == "\"" {
                        current.append("\"")
                        pending = iterator.next()
                    } else {
                        inQuotes = false
                    }
                } else {
                    current.append(character)
                }
            } else if character == "," {
                fields.append(wasQuoted ? current : String(trim(Substring(current))))
                current = ""
                wasQuoted = false
            } else if wasQuoted && character.isWhitespace {
                continue
            } else if character == "\"" && trim(Substring(current)).isEmpty {
                current = ""
                inQuotes = true
                wasQuoted = true
            } else {
                current.append(character)
            }
        }
        guard !inQuotes else { return nil }
        fields.append(wasQuoted ? current : String(trim(Substring(current))))
        return fields
    }

    static let kindLabels: [String: NetworkKinds] = [
        "hosting": .hosting, "vpn": .vpn, "tor": .tor, "proxy": .proxy, "mobile": .mobileCarrier,
        "office": .office, "astrill": .astrill, "satellite": .satellite, "gateway": .corporateGateway,
    ]
}
