import RedflagPrimitives

/// Reads typed fields out of one JSON object, remembering which keys it used so that the rest
/// can be kept as unknown fields. Every failure names the field's dotted path.
struct FieldReader {
    private let members: [(key: String, value: JSONValue)]
    private let path: String
    private var used: [Bool]

    init(_ members: [(key: String, value: JSONValue)], path: String = "") {
        self.members = members
        self.path = path
        used = Array(repeating: false, count: members.count)
    }

    private func name(_ key: String) -> String { path.isEmpty ? key : "\(path).\(key)" }

    private mutating func take(_ key: String) -> JSONValue? {
        for index in members.indices where members[index].key == key {
            used[index] = true
            if case .null = members[index].value { return nil }
            return members[index].value
        }
        return nil
    }

    /// Keys not read by any accessor, for `Event.extra`.
    var unusedMembers: [String: JSONValue] {
        var result: [String: JSONValue] = [:]
        for index in members.indices where !used[index] { result[members[index].key] = members[index].value }
        return result
    }

    mutating func string(_ key: String) throws(FieldError) -> String? {
        guard let value = take(key) else { return nil }
        guard case .string(let text) = value else { throw mismatch(key, "string", value) }
        return text
    }

    mutating func requiredString(_ key: String) throws(FieldError) -> String {
        guard let text = try string(key) else { throw FieldError(field: name(key), reason: "required field is missing") }
        guard !text.isEmpty else { throw FieldError(field: name(key), reason: "must not be empty") }
        return text
    }

    mutating func number(_ key: String, in range: ClosedRange<Double>? = nil) throws(FieldError) -> Double? {
        guard let value = take(key) else { return nil }
        guard case .number(let number) = value else { throw mismatch(key, "number", value) }
        if let range, !range.contains(number) {
            throw FieldError(field: name(key), reason: "\(number) is outside \(range.lowerBound)...\(range.upperBound)")
        }
        return number
    }

    mutating func bool(_ key: String) throws(FieldError) -> Bool? {
        guard let value = take(key) else { return nil }
        guard case .bool(let flag) = value else { throw mismatch(key, "boolean", value) }
        return flag
    }

    mutating func country(_ key: String) throws(FieldError) -> CountryCode? {
        guard let text = try string(key) else { return nil }
        guard let code = CountryCode(text) else {
            throw FieldError(field: name(key), reason: "\"\(text)\" is not an ISO 3166-1 alpha-2 country code")
        }
        return code
    }

    mutating func ip(_ key: String) throws(FieldError) -> IPAddress? {
        guard let text = try string(key) else { return nil }
        guard let address = IPAddress(text) else {
            throw FieldError(field: name(key), reason: "\"\(text)\" is not an IPv4 or IPv6 address")
        }
        return address
    }

    mutating func timestamp(_ key: String) throws(FieldError) -> Timestamp? {
        guard let text = try string(key) else { return nil }
        guard let time = Timestamp(rfc3339: text) else {
            throw FieldError(field: name(key), reason: "\"\(text)\" is not an RFC 3339 timestamp")
        }
        return time
    }

    mutating func strings(_ key: String) throws(FieldError) -> [String]? {
        guard let value = take(key) else { return nil }
        guard case .array(let elements) = value else { throw mismatch(key, "array of strings", value) }
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
    mutating func objects<T>(_ key: String, _ read: (inout FieldReader) throws(FieldError) -> T) throws(FieldError) -> [T]? {
        guard let value = take(key) else { return nil }
        guard case .array(let elements) = value else { throw mismatch(key, "array of objects", value) }
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
    mutating func object<T>(_ key: String, _ read: (inout FieldReader) throws(FieldError) -> T) throws(FieldError) -> T? {
        guard let value = take(key) else { return nil }
        guard case .object(let members) = value else { throw mismatch(key, "object", value) }
        var reader = FieldReader(members, path: name(key))
        return try read(&reader)
    }

    func missing(_ key: String) -> FieldError { FieldError(field: name(key), reason: "required field is missing") }

    private func mismatch(_ key: String, _ expected: String, _ value: JSONValue) -> FieldError {
        FieldError(field: name(key), reason: "expected \(expected), got \(value.typeName)")
    }
}
