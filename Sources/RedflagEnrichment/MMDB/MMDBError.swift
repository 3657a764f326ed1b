/// Why a MaxMind DB file could not be opened, searched or decoded.
///
/// Every case carries the byte offset (from the start of the section named in `context`) or the
/// file so a corrupt database can be diagnosed without a debugger.
public enum MMDBError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The file could not be opened or mapped (`errno` is the C error number).
    case cannotOpen(path: String, errno: Int32)
    /// No `\xAB\xCD\xEFMaxMind.com` marker in the last 128 KiB.
    case metadataNotFound(fileSize: Int)
    /// A metadata field is missing, of the wrong type or out of range.
    case invalidMetadata(field: String, reason: String)
    /// The search tree is inconsistent: a record or node outside the tree or the data section.
    case corruptSearchTree(node: Int, record: Int, reason: String)
    /// A value in the data section (or metadata) could not be decoded.
    case corruptData(offset: Int, context: String, reason: String)
    /// An IPv6 address was looked up in a database that has only an IPv4 tree.
    case ipv6AddressInIPv4Database(address: String)
    /// The writer was given something it cannot encode.
    case cannotWrite(reason: String)

    public var description: String {
        switch self {
        case let .cannotOpen(path, errno): "cannot open MaxMind DB \(path): errno \(errno)"
        case let .metadataNotFound(size): "no MaxMind DB metadata marker in file of \(size) bytes"
        case let .invalidMetadata(field, reason): "invalid MaxMind DB metadata field \(field): \(reason)"
        case let .corruptSearchTree(node, record, reason): "corrupt search tree at node \(node) (record \(record)): \(reason)"
        case let .corruptData(offset, context, reason): "corrupt \(context) at offset \(offset): \(reason)"
        case let .ipv6AddressInIPv4Database(address): "IPv6 address \(address) looked up in an IPv4-only database"
        case let .cannotWrite(reason): "cannot write MaxMind DB: \(reason)"
        }
    }
}
