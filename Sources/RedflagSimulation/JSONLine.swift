import RedflagPrimitives

/// A JSON value whose object keys keep the order they were added in, so every line is written
/// with the same key order (`type`, `id`, `time`, `account`, then the event's own fields).
enum JSONValue: Sendable, Equatable {
    case string(String)
    case int(Int)
    case double(Double)
    case bool(Bool)
    case array([JSONValue])
    case object([(String, JSONValue)])

    static func == (lhs: JSONValue, rhs: JSONValue) -> Bool { lhs.rendered == rhs.rendered }

    /// Compact JSON text.
    var rendered: String {
        var out = ""
        render(into: &out)
        return out
    }

    func render(into out: inout String) {
        switch self {
        case .string(let text): JSONValue.quote(text, into: &out)
        case .int(let value): out += String(value)
        case .double(let value):
            if value.isFinite, value == value.rounded(), abs(value) < 1e15 {
                out += String(Int(value))
            } else {
                out += value.isFinite ? String(value) : "0"
            }
        case .bool(let value): out += value ? "true" : "false"
        case .array(let items):
            out += "["
            for (i, item) in items.enumerated() {
                if i > 0 { out += "," }
                item.render(into: &out)
            }
            out += "]"
        case .object(let fields):
            out += "{"
            for (i, (key, value)) in fields.enumerated() {
                if i > 0 { out += "," }
                JSONValue.quote(key, into: &out)
                out += ":"
                value.render(into: &out)
            }
            out += "}"
        }
    }

    static func quote(_ text: String, into out: inout String) {
        out += JSONString.quoted(text)
    }
}

/// Builds one event's fields in insertion order; `nil` values are left out.
struct FieldList {
    private(set) var fields: [(String, JSONValue)] = []

    mutating func add(_ key: String, _ value: String?) { if let value { fields.append((key, .string(value))) } }
    mutating func add(_ key: String, _ value: Int?) { if let value { fields.append((key, .int(value))) } }
    mutating func add(_ key: String, _ value: Double?) { if let value { fields.append((key, .double(value))) } }
    mutating func add(_ key: String, _ value: Bool?) { if let value { fields.append((key, .bool(value))) } }
    mutating func add(_ key: String, strings: [String]?) {
        if let strings { fields.append((key, .array(strings.map { .string($0) }))) }
    }
    mutating func add(_ key: String, _ value: JSONValue?) { if let value { fields.append((key, value)) } }
}
