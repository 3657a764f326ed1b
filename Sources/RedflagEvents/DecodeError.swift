/// Why one input line was rejected: where, which field, and what was wrong.
///
/// Prints as `file:line: field: reason`, the form `redflag scan` writes to standard error.
public struct DecodeError: Error, Sendable, Hashable, CustomStringConvertible {
    public var location: SourceLocation
    /// Dotted path of the offending field (`address.country`), or `json` for a syntax error.
    public var field: String
    public var reason: String

    public init(location: SourceLocation, field: String, reason: String) {
        self.location = location
        self.field = field
        self.reason = reason
    }

    public var description: String { "\(location): \(field): \(reason)" }
}

/// A field-level problem before the line's location is attached.
struct FieldError: Error {
    var field: String
    var reason: String
}
