import RedflagPrimitives

/// A pure-Swift MaxMind DB (`.mmdb`) reader over a memory-mapped file.
///
/// Opening maps the file and validates the metadata and section bounds; lookups walk the search tree
/// with unchecked reads only inside the validated tree, and every data read is bounds-checked.
/// Any corrupt input ends in an ``MMDBError``. The reader is immutable and safe to share.
public struct MMDBReader: Sendable {
    let storage: MMDBStorage
    /// The decoded and validated metadata.
    public let metadata: MMDBMetadata
    let nodeCount: Int
    let recordSize: Int
    let nodeByteSize: Int
    let dataStart: Int
    let dataCount: Int
    /// The node reached after 96 zero bits: where IPv4 lookups start in an IPv6 tree.
    let ipv4Start: Int
    let ipv4StartDepth: Int

    static let metadataMarker: [UInt8] = [0xAB, 0xCD, 0xEF] + Array("MaxMind.com".utf8)
    static let metadataSearchWindow = 128 * 1024

    /// Memory-maps and validates the database at `path`.
    public init(path: String) throws(MMDBError) {
        try self.init(storage: MMDBStorage(path: path))
    }

    /// Validates a database held in memory (the bytes are copied once).
    public init(bytes: some Collection<UInt8>) throws(MMDBError) {
        try self.init(storage: MMDBStorage(copying: bytes))
    }

    init(storage: MMDBStorage) throws(MMDBError) {
        self.storage = storage
        let markerStart = try Self.findMetadata(storage)
        let metadataStart = markerStart + Self.metadataMarker.count
        let metadataSection = MMDBSection(
            base: storage.base + metadataStart, count: storage.count - metadataStart, context: "metadata")
        var decoder = MMDBDecoder(section: metadataSection, budget: 1 << 16)
        let meta = try MMDBMetadata(decoder.decode(0))
        metadata = meta
        nodeCount = meta.nodeCount
        recordSize = meta.recordSize
        nodeByteSize = meta.recordSize / 4
        let (treeSize, overflow) = meta.nodeCount.multipliedReportingOverflow(by: nodeByteSize)
        guard !overflow, treeSize <= markerStart - 16 else {
            throw .invalidMetadata(
                field: "node_count", reason: "\(meta.nodeCount) nodes do not fit before the metadata at \(markerStart)")
        }
        dataStart = treeSize + 16
        dataCount = markerStart - dataStart
        var node = 0
        var depth = 0
        if meta.ipVersion == 6 {
            while depth < 96, node < meta.nodeCount {
                node = Self.record(storage.base, recordSize: meta.recordSize, node: node, right: false)
                depth += 1
            }
        }
        ipv4Start = node
        ipv4StartDepth = depth
    }

    private static func findMetadata(_ storage: MMDBStorage) throws(MMDBError) -> Int {
        let marker = metadataMarker
        let lowest = max(0, storage.count - metadataSearchWindow - marker.count)
        var start = storage.count - marker.count
        while start >= lowest {
            if storage.base.load(fromByteOffset: start, as: UInt8.self) == marker[0],
                marker.withUnsafeBytes({ memcmp(storage.base + start, $0.baseAddress!, marker.count) == 0 })
            {
                return start
            }
            start -= 1
        }
        throw .metadataNotFound(fileSize: storage.count)
    }

    @inline(__always)
    static func record(_ base: UnsafeRawPointer, recordSize: Int, node: Int, right: Bool) -> Int {
        @inline(__always) func b(_ i: Int) -> Int { Int(base.load(fromByteOffset: i, as: UInt8.self)) }
        switch recordSize {
        case 24:
            let o = node * 6 + (right ? 3 : 0)
            return b(o) << 16 | b(o + 1) << 8 | b(o + 2)
        case 28:
            let o = node * 7
            if right { return (b(o + 3) & 0x0F) << 24 | b(o + 4) << 16 | b(o + 5) << 8 | b(o + 6) }
            return (b(o + 3) & 0xF0) << 20 | b(o) << 16 | b(o + 1) << 8 | b(o + 2)
        default:
            let o = node * 8 + (right ? 4 : 0)
            return Int(UInt32(bigEndian: base.loadUnaligned(fromByteOffset: o, as: UInt32.self)))
        }
    }

    var data: MMDBSection {
        MMDBSection(base: storage.base + dataStart, count: dataCount, context: "data section")
    }

    /// The data-section offset of the record for `address` and the prefix length (as written for the
    /// address's family) of the network it belongs to; nil when the database has no data for it.
    @inline(__always)
    public func lookupRecordOffset(_ address: IPAddress) throws(MMDBError) -> (offset: Int, prefixLength: Int)? {
        let base = storage.base
        var node: Int
        var depth: Int
        let endDepth: Int
        let familyOffset: Int
        if address.family == .v4 || metadata.ipVersion == 4 {
            guard let v4 = address.v4Value else { throw .ipv6AddressInIPv4Database(address: "\(address)") }
            node = ipv4Start
            depth = ipv4StartDepth
            familyOffset = metadata.ipVersion == 6 ? 96 : 0
            endDepth = familyOffset + 32
            let bits = UInt64(v4) << 32
            switch recordSize {
            case 24: walk(24)
            case 28: walk(28)
            default: walk(32)
            }
            @inline(__always) func walk(_ size: Int) {
                while node < nodeCount, depth < endDepth {
                    let right = (bits << UInt64(depth - familyOffset)) & (1 << 63) != 0
                    node = Self.record(base, recordSize: size, node: node, right: right)
                    depth += 1
                }
            }
        } else {
            node = 0
            depth = 0
            familyOffset = 0
            endDepth = 128
            let high = address.high, low = address.low
            switch recordSize {
            case 24: walk(24)
            case 28: walk(28)
            default: walk(32)
            }
            @inline(__always) func walk(_ size: Int) {
                while node < nodeCount, depth < 128 {
                    let right = depth < 64
                        ? (high << UInt64(depth)) & (1 << 63) != 0 : (low << UInt64(depth - 64)) & (1 << 63) != 0
                    node = Self.record(base, recordSize: size, node: node, right: right)
                    depth += 1
                }
            }
        }
        return try resolveRecord(node, depth: depth, endDepth: endDepth, familyOffset: familyOffset)
    }

    @inline(__always)
    private func resolveRecord(
        _ node: Int, depth: Int, endDepth: Int, familyOffset: Int
    ) throws(MMDBError) -> (offset: Int, prefixLength: Int)? {
        if node == nodeCount { return nil }
        guard node > nodeCount else {
            throw .corruptSearchTree(node: node, record: node, reason: "tree is deeper than \(endDepth) bits")
        }
        let offset = node - nodeCount - 16
        guard offset >= 0, offset < dataCount else {
            throw .corruptSearchTree(
                node: node, record: node, reason: "record points to \(offset), outside the data section of \(dataCount) bytes")
        }
        return (offset, max(0, depth - familyOffset))
    }

    /// The decoded record for `address` and the network it covers; nil when there is none.
    public func lookup(_ address: IPAddress) throws(MMDBError) -> (value: MMDBValue, network: IPNetwork)? {
        guard let (offset, prefix) = try lookupRecordOffset(address) else { return nil }
        let family = address.family == .v4 || metadata.ipVersion == 4
        let network = IPNetwork(address: family ? IPAddress(v4: address.v4Value ?? 0) : address, prefixLength: prefix)
        return (try value(at: offset), network)
    }

    /// Decodes the whole value at a data-section offset.
    public func value(at offset: Int) throws(MMDBError) -> MMDBValue {
        var decoder = MMDBDecoder(section: data)
        return try withExtendedLifetime(storage) { () throws(MMDBError) -> MMDBValue in try decoder.decode(offset) }
    }
}

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
