import Foundation
import RedflagPrimitives

/// Builds a MaxMind DB file from (network, record) pairs.
///
/// Later inserts replace earlier ones over the range they cover (``merge(_:_:)`` edits instead);
/// identical records and nested values are stored once and reached through pointers. IPv6 trees
/// hold IPv4 networks under `::/96` with the `::ffff:0:0/96` and `2002::/16` aliases MaxMind uses,
/// so `mmdblookup` and libmaxminddb find them.
public struct MMDBWriter: Sendable {
    /// 4 (IPv4-only tree) or 6.
    public let ipVersion: Int
    /// 24, 28 or 32; nil picks the smallest that fits.
    public var recordSize: Int?
    public var databaseType: String
    /// Language code → description.
    public var description: [String: String]
    public var languages: [String]
    public var buildEpoch: UInt64
    /// Add the `::ffff:0:0/96` and `2002::/16` aliases of the IPv4 subtree (IPv6 trees only).
    public var addIPv4Aliases = true

    private var tree: MMDBTree
    private var records: [MMDBValue] = []
    private var recordIndex: [MMDBValue: Int] = [:]

    public init(
        ipVersion: Int = 6, databaseType: String, description: [String: String] = [:], languages: [String] = [],
        recordSize: Int? = nil, buildEpoch: UInt64 = UInt64(Date().timeIntervalSince1970)
    ) {
        precondition(ipVersion == 4 || ipVersion == 6, "ipVersion must be 4 or 6")
        self.ipVersion = ipVersion
        self.databaseType = databaseType
        self.description = description
        self.languages = languages
        self.recordSize = recordSize
        self.buildEpoch = buildEpoch
        tree = MMDBTree(bitCount: ipVersion == 6 ? 128 : 32)
    }

    /// A record stored in the writer, for inserting the same record many times without re-hashing it.
    public struct RecordID: Hashable, Sendable {
        let index: Int
    }

    /// Stores `value` for every address in `network`, replacing what was there.
    public mutating func insert(_ network: IPNetwork, _ value: MMDBValue) throws(MMDBError) {
        try insert(network, record: add(value))
    }

    /// Registers a record (stored once however often it is inserted).
    public mutating func add(_ value: MMDBValue) -> RecordID {
        RecordID(index: index(of: value))
    }

    /// Stores a registered record for every address in `network`, replacing what was there.
    public mutating func insert(_ network: IPNetwork, record: RecordID) throws(MMDBError) {
        let slot = MMDBTree.record(record.index)
        try update(network) { _ in slot }
    }

    /// Rewrites the records inside `network`: `transform` gets the current record (nil where there is
    /// none) and returns the new one (nil for none). Each distinct record is transformed once.
    public mutating func merge(_ network: IPNetwork, _ transform: (MMDBValue?) -> MMDBValue?) throws(MMDBError) {
        try merge([network], transform)
    }

    /// Like the single-network merge over many networks with one transform, each distinct record
    /// transformed once across all of them (fast for overlays such as "set this country"). The networks
    /// should not overlap: a record already rewritten by this call is not transformed again.
    public mutating func merge(_ networks: [IPNetwork], _ transform: (MMDBValue?) -> MMDBValue?) throws(MMDBError) {
        var done: [Int32: Int32] = [:]
        var known = recordIndex
        var added: [MMDBValue] = []
        let existing = records
        let firstNew = existing.count
        for network in networks {
            try update(network) { slot in
                if let mapped = done[slot] { return mapped }
                let current = MMDBTree.recordIndex(slot).map { $0 < firstNew ? existing[$0] : added[$0 - firstNew] }
                var mapped = MMDBTree.empty
                if let value = transform(current) {
                    if let index = known[value] {
                        mapped = MMDBTree.record(index)
                    } else {
                        added.append(value)
                        known[value] = firstNew + added.count - 1
                        mapped = MMDBTree.record(firstNew + added.count - 1)
                    }
                }
                done[slot] = mapped
                done[mapped] = mapped
                return mapped
            }
        }
        records += added
        recordIndex = known
    }

    private mutating func index(of value: MMDBValue) -> Int {
        if let known = recordIndex[value] { return known }
        records.append(value)
        recordIndex[value] = records.count - 1
        return records.count - 1
    }

    private mutating func update(_ network: IPNetwork, _ transform: (Int32) -> Int32) throws(MMDBError) {
        let address = network.address
        if ipVersion == 4 {
            guard address.family == .v4, let v4 = address.v4Value else {
                throw .cannotWrite(reason: "IPv6 network \(network) in an IPv4 database")
            }
            tree.update(high: UInt64(v4) << 32, low: 0, length: network.prefixLength, transform)
        } else if address.family == .v4, let v4 = address.v4Value {
            tree.update(high: 0, low: UInt64(v4), length: network.prefixLength + 96, transform)
        } else {
            tree.update(high: address.high, low: address.low, length: network.prefixLength, transform)
        }
    }

    /// The complete file.
    public func serialize() throws(MMDBError) -> [UInt8] {
        var nodes = tree.compacted()
        if ipVersion == 6, addIPv4Aliases { Self.addAliases(&nodes) }
        var data = MMDBEncoder(deduplicate: true)
        var offsets = [Int](repeating: -1, count: records.count)
        for slot in nodes {
            guard let r = MMDBTree.recordIndex(slot), offsets[r] < 0 else { continue }
            offsets[r] = try data.write(records[r])
        }
        let nodeCount = nodes.count / 2
        let largest = nodeCount + 16 + data.bytes.count
        let size = recordSize ?? [24, 28, 32].first { largest < 1 << $0 } ?? 0
        guard [24, 28, 32].contains(size), largest < 1 << size else {
            throw .cannotWrite(reason: "record size \(size) cannot address \(largest)")
        }
        var output = [UInt8]()
        output.reserveCapacity(nodeCount * size / 4 + 16 + data.bytes.count + 512)
        for pair in 0..<nodeCount {
            let left = Self.recordValue(nodes[pair * 2], nodeCount: nodeCount, offsets: offsets)
            let right = Self.recordValue(nodes[pair * 2 + 1], nodeCount: nodeCount, offsets: offsets)
            Self.appendNode(&output, left, right, size)
        }
        output += [UInt8](repeating: 0, count: 16)
        output += data.bytes
        output += MMDBReader.metadataMarker
        var meta = MMDBEncoder(deduplicate: false)
        _ = try meta.write(metadataValue(nodeCount: nodeCount, recordSize: size))
        output += meta.bytes
        return output
    }

    /// Writes the file atomically (temporary file, then rename).
    public func write(to path: String) throws {
        let bytes = try serialize()
        let url = URL(fileURLWithPath: path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(bytes).write(to: url, options: .atomic)
    }

    private func metadataValue(nodeCount: Int, recordSize: Int) -> MMDBValue {
        .map([
            "binary_format_major_version": .uint16(2),
            "binary_format_minor_version": .uint16(0),
            "build_epoch": .uint64(buildEpoch),
            "database_type": .string(databaseType),
            "description": .map(description.mapValues { .string($0) }),
            "ip_version": .uint16(UInt16(ipVersion)),
            "languages": .array(languages.map { .string($0) }),
            "node_count": .uint32(UInt32(nodeCount)),
            "record_size": .uint16(UInt16(recordSize)),
        ])
    }

    private static func recordValue(_ slot: Int32, nodeCount: Int, offsets: [Int]) -> Int {
        if slot >= 0 { return Int(slot) }
        guard let r = MMDBTree.recordIndex(slot) else { return nodeCount }
        return nodeCount + 16 + offsets[r]
    }

    private static func appendNode(_ output: inout [UInt8], _ left: Int, _ right: Int, _ size: Int) {
        func append(_ value: Int, _ count: Int) {
            for shift in stride(from: 8 * (count - 1), through: 0, by: -8) { output.append(UInt8(truncatingIfNeeded: value >> shift)) }
        }
        switch size {
        case 24:
            append(left, 3)
            append(right, 3)
        case 28:
            append(left & 0xFF_FFFF, 3)
            output.append(UInt8((left >> 24) & 0x0F) << 4 | UInt8((right >> 24) & 0x0F))
            append(right & 0xFF_FFFF, 3)
        default:
            append(left, 4)
            append(right, 4)
        }
    }

    /// Points `::ffff:0:0/96` and `2002::/16` at the IPv4 subtree (`::/96`).
    private static func addAliases(_ nodes: inout [Int32]) {
        var target: Int32 = 0
        for _ in 0..<96 {
            guard target >= 0 else { break }
            target = nodes[Int(target) * 2]
        }
        guard target != MMDBTree.empty else { return }
        let mapped = [Int](repeating: 0, count: 80) + [Int](repeating: 1, count: 16)
        let sixToFour = [0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0]
        for path in [mapped, sixToFour] {
            var node = 0
            for bit in path.dropLast() {
                let slot = node * 2 + bit
                if nodes[slot] < 0 {
                    let leaf = nodes[slot]
                    nodes[slot] = Int32(nodes.count / 2)
                    nodes += [leaf, leaf]
                }
                node = Int(nodes[slot])
            }
            nodes[node * 2 + path.last!] = target
        }
    }
}
