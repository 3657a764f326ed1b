import Foundation

/// Why a sanctions or indicator file could not be read, with enough context to find the problem.
public enum ScreeningError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The bytes are not text in the encoding the format requires.
    case encoding(file: String, offset: Int, expected: String)
    /// A CSV record is malformed (unterminated quote, too few fields, bad id).
    case csv(file: String, line: Int, field: Int?, reason: String)
    /// The XML could not be parsed or lacks the list structure.
    case xml(file: String, line: Int, column: Int, reason: String)
    /// An indicator file does not follow the documented YAML layout.
    case indicators(file: String, reason: String)
    /// A file or directory the operation needs is missing or unreadable.
    case missingFile(path: String, reason: String)
    /// Downloading a list failed.
    case download(url: String, reason: String)
    /// The configuration file is invalid.
    case configuration(file: String, reason: String)

    public var description: String {
        switch self {
        case let .encoding(file, offset, expected):
            return "\(file): not valid \(expected) text at byte offset \(offset)"
        case let .csv(file, line, field, reason):
            let where_ = field.map { ", field \($0)" } ?? ""
            return "\(file):\(line)\(where_): \(reason)"
        case let .xml(file, line, column, reason):
            return "\(file):\(line):\(column): \(reason)"
        case let .indicators(file, reason):
            return "\(file): \(reason)"
        case let .missingFile(path, reason):
            return "\(path): \(reason)"
        case let .download(url, reason):
            return "download \(url): \(reason)"
        case let .configuration(file, reason):
            return "\(file): \(reason)"
        }
    }
}
