import RedflagPrimitives

/// Reads typed fields out of one JSON object, remembering which keys it used so that the rest
/// can be kept as unknown fields. Every failure names the field's dotted path.
///
/// A line's top-level object is read from its ``ScannedObject`` (strings straight from the
/// bytes); nested objects and objects parsed elsewhere are read from their `JSONValue` members.
struct FieldReader {
    /// A field's value: the bytes of a plain string, or a parsed value.
    private enum Field {
        case text(UnsafeBufferPointer<UInt8>)
        case value(JSONValue)

        var typeName: String {
            switch self {
            case .text: "string"
            case .value(let value): value.typeName
            }
        }
    }

    /// The members of an object parsed elsewhere; empty for a scanned line.
    private let parsedMembers: [(key: String, value: JSONValue)]
    /// Whether the members are a scanned line's (the arrays below) rather than `parsedMembers`.
    private let isScanned: Bool
    /// A scanned line's members, kept as separate arrays so that looking a key up reads them in
    /// place (binding an enum's payload would retain an array on every look-up).
    private let scanned: [ScannedObject.Member]
    private let scannedKeyTexts: [String]
    private let scannedValues: [JSONValue]
    private let line: UnsafeBufferPointer<UInt8>
    private let path: String
    private var used: UsedMembers

    init(_ members: [(key: String, value: JSONValue)], path: String = "") {
        parsedMembers = members
        isScanned = false
        (scanned, scannedKeyTexts, scannedValues) = ([], [], [])
        line = UnsafeBufferPointer(start: nil, count: 0)
        self.path = path
        used = UsedMembers(count: members.count)
    }

    init(_ object: ScannedObject) {
        parsedMembers = []
        isScanned = true
        (scanned, scannedKeyTexts, scannedValues) = (object.members, object.keyTexts, object.parsed)
        line = object.line
        path = ""
        used = UsedMembers(count: object.members.count)
    }

    private func name(_ key: StaticString) -> String { path.isEmpty ? key.description : "\(path).\(key)" }

    private mutating func take(_ key: StaticString) -> Field? {
        if !isScanned {
            let text = key.description
            for index in parsedMembers.indices where parsedMembers[index].key == text {
                used.insert(index)
                if case .null = parsedMembers[index].value { return nil }
                return .value(parsedMembers[index].value)
            }
            return nil
        }
        for index in scanned.indices where ScannedObject.member(scanned[index], in: line, keyTexts: scannedKeyTexts, hasKey: key) {
            used.insert(index)
            switch scanned[index].value {
            case .text(let range): return .text(UnsafeBufferPointer(rebasing: line[range]))
            case .number(let number): return .value(.number(number))
            case .bool(let flag): return .value(.bool(flag))
            case .null: return nil
            case .parsed(let value): return .value(scannedValues[value])
            }
        }
        return nil
    }

    /// Keys not read by any accessor, for `Event.extra`.
    var unusedMembers: [String: JSONValue] {
        guard !used.containsAll else { return [:] }
        var result: [String: JSONValue] = [:]
        let object = ScannedObject(line: line, members: scanned, keyTexts: scannedKeyTexts, parsed: scannedValues)
        for index in 0..<used.count where !used.contains(index) {
            if isScanned {
                let member = object.materialized(index)
                result[member.key] = member.value
            } else {
                result[parsedMembers[index].key] = parsedMembers[index].value
            }
        }
        return result
    }

    /// The bytes of a plain string field, without making a `String`: `.some(nil)` when absent or
    /// null, `nil` when the string had escapes or non-ASCII text and must be read with ``string(_:)``.
    private mutating func text(_ key: StaticString) throws(FieldError) -> UnsafeBufferPointer<UInt8>?? {
        guard let field = take(key) else { return .some(nil) }
        switch field {
        case .text(let bytes): return .some(bytes)
        case .value(.string): return nil
        case .value: throw mismatch(key, "string", field)
        }
    }

    /// A string field as a ``CompactString``, read from its bytes when it has no escapes.
    mutating func compactString(_ key: StaticString) throws(FieldError) -> CompactString? {
        if case .some(let bytes) = try text(key) { return bytes.map { CompactString(utf8: $0) } }
        return try string(key).map { CompactString($0) }
    }

    mutating func string(_ key: StaticString) throws(FieldError) -> String? {
        guard let field = take(key) else { return nil }
        switch field {
        case .text(let bytes): return String(decoding: bytes, as: UTF8.self)
        case .value(.string(let text)): return text
        case .value: throw mismatch(key, "string", field)
        }
    }

    mutating func requiredString(_ key: StaticString) throws(FieldError) -> String {
        guard let text = try string(key) else { throw FieldError(field: name(key), reason: "required field is missing") }
        guard !text.isEmpty else { throw FieldError(field: name(key), reason: "must not be empty") }
        return text
    }

    /// A required string field turned into a value by `parse`, which reads the bytes in place when
    /// the string is plain; `rejection` words the error for a string `parse` refuses.
    mutating func required<T>(
        _ key: StaticString, _ parse: (UnsafeBufferPointer<UInt8>) -> T?, rejection: (String) -> String
    ) throws(FieldError) -> T {
        if case .some(let bytes?) = try text(key), let value = parse(bytes) { return value }
        var text = try requiredString(key)
        guard let value = text.withUTF8(parse) else { throw FieldError(field: name(key), reason: rejection(text)) }
        return value
    }

    mutating func number(_ key: StaticString, in range: ClosedRange<Double>? = nil) throws(FieldError) -> Double? {
        guard let field = take(key) else { return nil }
        guard case .value(.number(let number)) = field else { throw mismatch(key, "number", field) }
        if let range, !range.contains(number) {
            throw FieldError(field: name(key), reason: "\(number) is outside \(range.lowerBound)...\(range.upperBound)")
        }
        return number
    }

    mutating func bool(_ key: StaticString) throws(FieldError) -> Bool? {
        guard let field = take(key) else { return nil }
        guard case .value(.bool(let flag)) = field else { throw mismatch(key, "boolean", field) }
        return flag
    }

    mutating func country(_ key: StaticString) throws(FieldError) -> CountryCode? {
        try parsed(key, as: "an ISO 3166-1 alpha-2 country code") { CountryCode(utf8: $0) }
    }

    mutating func ip(_ key: StaticString) throws(FieldError) -> IPAddress? {
        try parsed(key, as: "an IPv4 or IPv6 address") { IPAddress(utf8: $0) }
    }

    mutating func timestamp(_ key: StaticString) throws(FieldError) -> Timestamp? {
        try parsed(key, as: "an RFC 3339 timestamp") { Timestamp(rfc3339UTF8: $0) }
    }

    /// A string field parsed from its UTF-8 bytes; `what` names the expected form in the error.
    private mutating func parsed<T>(_ key: StaticString, as what: String, _ parse: (UnsafeBufferPointer<UInt8>) -> T?) throws(FieldError) -> T? {
        let value: T?
        var written: String
        switch try text(key) {
        case .some(nil): return nil
        case .some(let bytes?):
            value = parse(bytes)
            written = value == nil ? String(decoding: bytes, as: UTF8.self) : ""
        case nil:
            guard let text = try string(key) else { return nil }
            written = text
            value = written.withUTF8 { parse($0) }
        }
        guard let value else { throw FieldError(field: name(key), reason: "\"\(written)\" is not \(what)") }
        return value
    }

    mutating func strings(_ key: StaticString) throws(FieldError) -> [String]? {
        guard let field = take(key) else { return nil }
        guard case .value(.array(let elements)) = field else { throw mismatch(key, "array of strings", field) }
        var result: [String] = []
        result.reserveCapacity(elements.count)
        for (index, element) in elements.enumerated() {
            guard case .string(let text) = element else {
                throw FieldError(field: "\(name(key))[\(index)]", reason: "expected string, got \(element.typeName)")
            }
            result.append(text)
        }
        return result
    }

    /// An array of objects, each read by `read` with a reader scoped to `key[i]`.
    mutating func objects<T>(_ key: StaticString, _ read: (inout FieldReader) throws(FieldError) -> T) throws(FieldError) -> [T]? {
        guard let field = take(key) else { return nil }
        guard case .value(.array(let elements)) = field else { throw mismatch(key, "array of objects", field) }
        var result: [T] = []
        for (index, element) in elements.enumerated() {
            guard case .object(let members) = element else {
                throw FieldError(field: "\(name(key))[\(index)]", reason: "expected object, got \(element.typeName)")
            }
            var reader = FieldReader(members, path: "\(name(key))[\(index)]")
            result.append(try read(&reader))
        }
        return result
    }

    /// A nested object read by `read`; nil when absent.
    mutating func object<T>(_ key: StaticString, _ read: (inout FieldReader) throws(FieldError) -> T) throws(FieldError) -> T? {
        guard let field = take(key) else { return nil }
        guard case .value(.object(let members)) = field else { throw mismatch(key, "object", field) }
        var reader = FieldReader(members, path: name(key))
        return try read(&reader)
    }

    func missing(_ key: StaticString) -> FieldError { FieldError(field: name(key), reason: "required field is missing") }

    private func mismatch(_ key: StaticString, _ expected: String, _ field: Field) -> FieldError {
        FieldError(field: name(key), reason: "expected \(expected), got \(field.typeName)")
    }
}

/// Which members of an object were read: a bit mask for the usual handful, an array beyond 64.
private struct UsedMembers {
    let count: Int
    private var mask: UInt64 = 0
    private var flags: [Bool]

    init(count: Int) {
        self.count = count
        flags = count > 64 ? Array(repeating: false, count: count) : []
    }

    mutating func insert(_ index: Int) {
        if count > 64 { flags[index] = true } else { mask |= 1 << UInt64(index) }
    }

    func contains(_ index: Int) -> Bool {
        count > 64 ? flags[index] : mask & (1 << UInt64(index)) != 0
    }

    var containsAll: Bool {
        count > 64 ? !flags.contains(false) : mask == (count == 64 ? .max : (1 << UInt64(count)) - 1)
    }
}
