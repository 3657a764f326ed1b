/// The metadata map at the end of a MaxMind DB file, checked for the fields a reader depends on.
public struct MMDBMetadata: Hashable, Sendable {
    public var binaryFormatMajorVersion: Int
    public var binaryFormatMinorVersion: Int
    /// Seconds since the Unix epoch when the database was built.
    public var buildEpoch: UInt64
    /// `GeoIP2-City`, `GeoLite2-ASN`, `redflag-ip`, …
    public var databaseType: String
    /// Language code → description.
    public var description: [String: String]
    /// 4 (IPv4 tree only) or 6.
    public var ipVersion: Int
    /// Locales of the `names` maps.
    public var languages: [String]
    public var nodeCount: Int
    /// Bits per record: 24, 28 or 32.
    public var recordSize: Int
    /// The whole metadata map, including fields this type does not name.
    public var raw: [String: MMDBValue]

    init(_ value: MMDBValue) throws(MMDBError) {
        guard let map = value.mapValue else { throw .invalidMetadata(field: "", reason: "metadata is not a map") }
        raw = map
        func integer(_ key: String) throws(MMDBError) -> UInt64 {
            guard let entry = map[key] else { throw .invalidMetadata(field: key, reason: "missing") }
            guard let number = entry.unsignedValue else {
                throw .invalidMetadata(field: key, reason: "not an unsigned integer: \(entry)")
            }
            return number
        }
        binaryFormatMajorVersion = Int(clamping: try integer("binary_format_major_version"))
        binaryFormatMinorVersion = Int(clamping: try integer("binary_format_minor_version"))
        buildEpoch = try integer("build_epoch")
        guard let type = map["database_type"]?.stringValue else {
            throw .invalidMetadata(field: "database_type", reason: "missing or not a string")
        }
        databaseType = type
        ipVersion = Int(clamping: try integer("ip_version"))
        nodeCount = Int(clamping: try integer("node_count"))
        recordSize = Int(clamping: try integer("record_size"))
        languages = (map["languages"]?.arrayValue ?? []).compactMap(\.stringValue)
        description = (map["description"]?.mapValue ?? [:]).compactMapValues(\.stringValue)
        guard binaryFormatMajorVersion == 2 else {
            throw .invalidMetadata(field: "binary_format_major_version", reason: "\(binaryFormatMajorVersion), expected 2")
        }
        guard [24, 28, 32].contains(recordSize) else {
            throw .invalidMetadata(field: "record_size", reason: "\(recordSize), expected 24, 28 or 32")
        }
        guard ipVersion == 4 || ipVersion == 6 else {
            throw .invalidMetadata(field: "ip_version", reason: "\(ipVersion), expected 4 or 6")
        }
        guard nodeCount > 0, nodeCount < 1 << 32 else {
            throw .invalidMetadata(field: "node_count", reason: "\(nodeCount) out of range")
        }
    }
}
