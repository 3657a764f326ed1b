/// A strict RFC 4180 reader (quoted fields, doubled quotes, CRLF or LF) that reports where a file breaks.
enum SimpleCSV {
    /// All records of `text`; blank lines are skipped. Throws on an unterminated quoted field.
    static func parse(_ text: String, file: String) throws(ScreeningError) -> [[String]] {
        var records: [[String]] = []
        var record: [String] = []
        var field: [UInt8] = []
        var inQuotes = false
        var quotedField = false
        var line = 1
        var recordLine = 1
        let bytes = Array(text.utf8)
        var i = 0
        func endField() {
            record.append(String(decoding: field, as: UTF8.self))
            field.removeAll(keepingCapacity: true)
            quotedField = false
        }
        while i < bytes.count {
            let b = bytes[i]
            if inQuotes {
                if b == UInt8(ascii: "\"") {
                    if i + 1 < bytes.count && bytes[i + 1] == UInt8(ascii: "\"") {
                        field.append(b)
                        i += 1
                    } else {
                        inQuotes = false
                    }
                } else {
                    if b == 0x0A { line += 1 }
                    field.append(b)
                }
            } else {
                switch b {
                case UInt8(ascii: "\""):
                    if field.allSatisfy({ $0 == 0x20 }) && !quotedField {
                        field.removeAll()
                        inQuotes = true
                        quotedField = true
                    } else {
                        field.append(b)
                    }
                case UInt8(ascii: ","):
                    endField()
                case 0x0D:
                    break
                case 0x0A:
                    endField()
                    if !(record.count == 1 && record[0].isEmpty) { records.append(record) }
                    record = []
                    line += 1
                    recordLine = line
                default:
                    field.append(b)
                }
            }
            i += 1
        }
        if inQuotes {
            throw .csv(file: file, line: recordLine, field: record.count + 1, reason: "unterminated quoted field (file truncated?)")
        }
        if !field.isEmpty || !record.isEmpty {
            endField()
            if !(record.count == 1 && record[0].isEmpty) { records.append(record) }
        }
        return records
    }
}
