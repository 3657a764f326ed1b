/// One decoded value from a MaxMind DB data section or metadata, typed as the file stores it.
public enum MMDBValue: Hashable, Sendable {
    case string(String)
    case double(Double)
    case bytes([UInt8])
    case uint16(UInt16)
    case uint32(UInt32)
    case map([String: MMDBValue])
    case int32(Int32)
    case uint64(UInt64)
    /// An unsigned 128-bit integer as two 64-bit halves.
    case uint128(high: UInt64, low: UInt64)
    case array([MMDBValue])
    case bool(Bool)
    case float(Float)

    /// The value of `key` when this is a map.
    public subscript(key: String) -> MMDBValue? {
        if case let .map(entries) = self { return entries[key] }
        return nil
    }

    /// The value at a path of map keys.
    public subscript(path path: [String]) -> MMDBValue? {
        var current: MMDBValue? = self
        for key in path { current = current?[key] }
        return current
    }

    /// The text when this is a string.
    public var stringValue: String? {
        if case let .string(text) = self { return text }
        return nil
    }

    /// Any unsigned or signed integer that fits in `UInt64` (negative `int32` gives nil).
    public var unsignedValue: UInt64? {
        switch self {
        case let .uint16(v): UInt64(v)
        case let .uint32(v): UInt64(v)
        case let .uint64(v): v
        case let .int32(v): v >= 0 ? UInt64(v) : nil
        case let .uint128(high, low): high == 0 ? low : nil
        default: nil
        }
    }

    /// A double, float or integer as `Double`.
    public var doubleValue: Double? {
        switch self {
        case let .double(v): v
        case let .float(v): Double(v)
        case let .int32(v): Double(v)
        default: unsignedValue.map { Double($0) }
        }
    }

    /// The flag when this is a boolean.
    public var boolValue: Bool? {
        if case let .bool(v) = self { return v }
        return nil
    }

    /// The entries when this is a map.
    public var mapValue: [String: MMDBValue]? {
        if case let .map(v) = self { return v }
        return nil
    }

    /// The elements when this is an array.
    public var arrayValue: [MMDBValue]? {
        if case let .array(v) = self { return v }
        return nil
    }
}

extension MMDBValue: ExpressibleByStringLiteral, ExpressibleByBooleanLiteral, ExpressibleByDictionaryLiteral,
    ExpressibleByArrayLiteral
{
    public init(stringLiteral value: String) { self = .string(value) }
    public init(booleanLiteral value: Bool) { self = .bool(value) }
    public init(dictionaryLiteral elements: (String, MMDBValue)...) {
        self = .map(Dictionary(elements, uniquingKeysWith: { _, last in last }))
    }
    public init(arrayLiteral elements: MMDBValue...) { self = .array(elements) }
}
