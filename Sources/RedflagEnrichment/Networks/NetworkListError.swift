/// Why a network list (CIDR, IP, ASN or CSV file) could not be loaded, naming the file and line.
public struct NetworkListError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The file as given by the caller (or the list's name for in-memory text).
    public var file: String
    /// 1-based line number; 0 when the whole file is at fault (unreadable, not UTF-8).
    public var line: Int
    /// What was wrong, quoting the offending text.
    public var reason: String

    public init(file: String, line: Int, reason: String) {
        self.file = file
        self.line = line
        self.reason = reason
    }

    public var description: String { line > 0 ? "\(file):\(line): \(reason)" : "\(file): \(reason)" }
}
