/// The members of one line's top-level JSON object, found in one pass over its bytes.
///
/// Plain ASCII strings without escapes — nearly every key and string value in an event feed —
/// stay as byte ranges of the line, so decoding an event makes a `String` only for the fields
/// it keeps and parses times and addresses straight from the bytes. Other values (numbers,
/// booleans, nested objects and arrays, strings with escapes or non-ASCII text) are parsed
/// with ``JSONParser`` as they are met. The line is validated exactly as ``JSONParser`` does.
struct ScannedObject {
    /// A value: bytes of a plain ASCII string, or a parsed value.
    enum Value {
        case text(Range<Int>)
        case parsed(JSONValue)
    }

    /// One member; `keyText` is set only when the key is not plain ASCII.
    struct Member {
        var key: Range<Int>
        var keyText: String?
        var value: Value
    }

    let line: UnsafeBufferPointer<UInt8>
    let members: [Member]

    /// Scans `line`; a line holding valid JSON that is not an object comes back parsed, for the
    /// caller to name its type. The members are collected in `storage` (emptied first), which a
    /// reader passes for every line so that its buffer is reused once the previous line's object
    /// is gone.
    static func scan(_ line: UnsafeBufferPointer<UInt8>, storage: inout [Member]) throws(JSONSyntaxError) -> Either {
        var parser = JSONParser(bytes: line)
        parser.skipSpace()
        guard parser.index < line.count, line[parser.index] == UInt8(ascii: "{") else { return .other(try JSONParser.parse(line)) }
        storage.removeAll(keepingCapacity: true)
        parser.index += 1
        parser.depth = 1
        parser.skipSpace()
        if parser.index < line.count, line[parser.index] == UInt8(ascii: "}") {
            parser.index += 1
        } else {
            try scanMembers(&parser, into: &storage)
        }
        parser.skipSpace()
        guard parser.index == line.count else { throw parser.error("unexpected text after the JSON value") }
        return .object(ScannedObject(line: line, members: storage))
    }

    /// What a line held: an object, or another JSON value.
    enum Either {
        case object(ScannedObject)
        case other(JSONValue)
    }

    private static func scanMembers(_ parser: inout JSONParser, into members: inout [Member]) throws(JSONSyntaxError) {
        let line = parser.bytes
        while true {
            parser.skipSpace()
            guard parser.index < line.count, line[parser.index] == UInt8(ascii: "\"") else { throw parser.error("expected a key string") }
            let key: Range<Int>, keyText: String?
            switch try Self.scanString(&parser) {
            case .text(let range): (key, keyText) = (range, nil)
            case .parsed(let value):
                guard case .string(let text) = value else { preconditionFailure("scanString returns strings") }
                (key, keyText) = (0..<0, text)
            }
            parser.skipSpace()
            guard parser.index < line.count, line[parser.index] == UInt8(ascii: ":") else { throw parser.error("expected ':'") }
            parser.index += 1
            parser.skipSpace()
            guard parser.index < line.count else { throw parser.error("unexpected end of line") }
            let value = line[parser.index] == UInt8(ascii: "\"") ? try Self.scanString(&parser) : .parsed(try parser.parseValue())
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

    /// A string at the parser's quote: its byte range when plain ASCII, else the parsed `String`.
    private static func scanString(_ parser: inout JSONParser) throws(JSONSyntaxError) -> Value {
        let quote = parser.index
        let bytes = parser.bytes
        var index = quote + 1
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "\"") {
                parser.index = index + 1
                return .text(quote + 1..<index)
            }
            if byte < 0x20 || byte >= 0x80 || byte == UInt8(ascii: "\\") { break }
            index += 1
        }
        parser.index = quote
        return .parsed(.string(try parser.parseString()))
    }

    /// The bytes of a range of the line.
    func bytes(_ range: Range<Int>) -> UnsafeBufferPointer<UInt8> {
        UnsafeBufferPointer(rebasing: line[range])
    }

    /// Whether `member` of an object scanned from `line` has the key `key`.
    static func member(_ member: borrowing Member, in line: UnsafeBufferPointer<UInt8>, hasKey key: StaticString) -> Bool {
        if let text = member.keyText { return text == key.description }
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

    /// Member `index` as a key and a `JSONValue` (for unknown fields kept on the event).
    func materialized(_ index: Int) -> (key: String, value: JSONValue) {
        let member = members[index]
        let key = member.keyText ?? String(decoding: bytes(member.key), as: UTF8.self)
        switch member.value {
        case .text(let range): return (key, .string(String(decoding: bytes(range), as: UTF8.self)))
        case .parsed(let value): return (key, value)
        }
    }
}
