/// The members of one line's top-level JSON object, found in one pass over its bytes.
///
/// Plain ASCII strings without escapes — nearly every key and string value in an event feed —
/// stay as byte ranges of the line, so decoding an event makes a `String` only for the fields
/// it keeps and parses times and addresses straight from the bytes. Other values (numbers,
/// booleans, nested objects and arrays, strings with escapes or non-ASCII text) are parsed
/// with ``JSONParser`` as they are met. The line is validated exactly as ``JSONParser`` does.
struct ScannedObject {
    /// A value. The payloads hold no references, so collecting members and dropping them for
    /// the next line touches no reference counts.
    enum Value {
        /// The bytes of a plain ASCII string.
        case text(Range<Int>)
        case number(Double)
        case bool(Bool)
        case null
        /// A string with escapes or non-ASCII text, an array or an object: an index into ``parsed``.
        case parsed(Int)
    }

    /// One member: its key's bytes when plain ASCII, else an index into ``keyTexts``.
    struct Member {
        var key: Range<Int>
        var keyText = -1
        var value: Value
    }

    let line: UnsafeBufferPointer<UInt8>
    let members: [Member]
    /// Keys that are not plain ASCII, and values that are not plain strings, numbers, booleans or
    /// null: empty for nearly every line.
    let keyTexts: [String]
    let parsed: [JSONValue]

    /// Scans `line`; a line holding valid JSON that is not an object comes back parsed, for the
    /// caller to name its type. The members are collected in `storage` (emptied first), which a
    /// reader passes for every line so that its buffer is reused once the previous line's object
    /// is gone.
    static func scan(_ line: UnsafeBufferPointer<UInt8>, storage: inout [Member]) throws(JSONSyntaxError) -> Either {
        var parser = JSONParser(bytes: line)
        parser.skipSpace()
        guard parser.index < line.count, line[parser.index] == UInt8(ascii: "{") else { return .other(try JSONParser.parse(line)) }
        storage.removeAll(keepingCapacity: true)
        var keyTexts: [String] = [], parsed: [JSONValue] = []
        parser.index += 1
        parser.depth = 1
        parser.skipSpace()
        if parser.index < line.count, line[parser.index] == UInt8(ascii: "}") {
            parser.index += 1
        } else {
            try scanMembers(&parser, into: &storage, keyTexts: &keyTexts, parsed: &parsed)
        }
        parser.skipSpace()
        guard parser.index == line.count else { throw parser.error("unexpected text after the JSON value") }
        return .object(ScannedObject(line: line, members: storage, keyTexts: keyTexts, parsed: parsed))
    }

    /// What a line held: an object, or another JSON value.
    enum Either {
        case object(ScannedObject)
        case other(JSONValue)
    }

    private static func scanMembers(
        _ parser: inout JSONParser, into members: inout [Member], keyTexts: inout [String], parsed: inout [JSONValue]
    ) throws(JSONSyntaxError) {
        let line = parser.bytes
        while true {
            parser.skipSpace()
            guard parser.index < line.count, line[parser.index] == UInt8(ascii: "\"") else { throw parser.error("expected a key string") }
            let key: Range<Int>, keyText: Int
            if let end = plainStringEnd(line, quote: parser.index) {
                (key, keyText) = (parser.index + 1..<end, -1)
                parser.index = end + 1
            } else {
                keyTexts.append(try parser.parseString())
                (key, keyText) = (0..<0, keyTexts.count - 1)
            }
            parser.skipSpace()
            guard parser.index < line.count, line[parser.index] == UInt8(ascii: ":") else { throw parser.error("expected ':'") }
            parser.index += 1
            parser.skipSpace()
            guard parser.index < line.count else { throw parser.error("unexpected end of line") }
            let value: Value
            if line[parser.index] != UInt8(ascii: "\"") {
                switch try parser.parseValue() {
                case .number(let number): value = .number(number)
                case .bool(let flag): value = .bool(flag)
                case .null: value = .null
                case let other:
                    parsed.append(other)
                    value = .parsed(parsed.count - 1)
                }
            } else if let end = plainStringEnd(line, quote: parser.index) {
                value = .text(parser.index + 1..<end)
                parser.index = end + 1
            } else {
                parsed.append(.string(try parser.parseString()))
                value = .parsed(parsed.count - 1)
            }
            members.append(Member(key: key, keyText: keyText, value: value))
            parser.skipSpace()
            guard parser.index < line.count else { throw parser.error("unterminated object") }
            if line[parser.index] == UInt8(ascii: ",") {
                parser.index += 1
                continue
            }
            if line[parser.index] == UInt8(ascii: "}") {
                parser.index += 1
                return
            }
            throw parser.error("expected ',' or '}'")
        }
    }

    /// The index of the closing quote of the string whose opening quote is at `quote`, when the
    /// string is plain ASCII without escapes; nil otherwise (the parser then reads it).
    @inline(__always)
    static func plainStringEnd(_ line: UnsafeBufferPointer<UInt8>, quote: Int) -> Int? {
        var index = quote + 1
        if let base = line.baseAddress {
            while index + 8 <= line.count {
                let mask = StopBytes.mask(UInt64(littleEndian: UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)))
                if mask != 0 {
                    let stop = index + mask.trailingZeroBitCount / 8
                    return line[stop] == UInt8(ascii: "\"") ? stop : nil
                }
                index += 8
            }
        }
        while index < line.count {
            let byte = line[index]
            if byte == UInt8(ascii: "\"") { return index }
            if byte &- 0x20 >= 0x60 || byte == UInt8(ascii: "\\") { return nil }  // control, non-ASCII or an escape
            index += 1
        }
        return nil
    }

    /// The bytes of a range of the line.
    func bytes(_ range: Range<Int>) -> UnsafeBufferPointer<UInt8> {
        UnsafeBufferPointer(rebasing: line[range])
    }

    /// Whether `member` of an object scanned from `line`, whose non-ASCII keys are `keyTexts`, has the key `key`.
    static func member(
        _ member: borrowing Member, in line: UnsafeBufferPointer<UInt8>, keyTexts: [String], hasKey key: StaticString
    ) -> Bool {
        if member.keyText >= 0 { return keyTexts[member.keyText] == key.description }
        let count = key.utf8CodeUnitCount
        guard member.key.count == count else { return false }
        let start = key.utf8Start
        var offset = 0
        while offset < count {
            if line[member.key.lowerBound + offset] != start[offset] { return false }
            offset += 1
        }
        return true
    }

    /// `value` of a member of this object as a `JSONValue`.
    func json(_ value: Value) -> JSONValue {
        switch value {
        case .text(let range): .string(String(decoding: bytes(range), as: UTF8.self))
        case .number(let number): .number(number)
        case .bool(let flag): .bool(flag)
        case .null: .null
        case .parsed(let index): parsed[index]
        }
    }

    /// Member `index` as a key and a `JSONValue` (for unknown fields kept on the event).
    func materialized(_ index: Int) -> (key: String, value: JSONValue) {
        let member = members[index]
        let key = member.keyText >= 0 ? keyTexts[member.keyText] : String(decoding: bytes(member.key), as: UTF8.self)
        return (key, json(member.value))
    }
}
