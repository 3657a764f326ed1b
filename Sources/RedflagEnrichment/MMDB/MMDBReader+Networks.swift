import RedflagPrimitives

/// Walking every network of the search tree (for dumps, conformance checks and validation).
extension MMDBReader {
    /// Calls `body` with every network that has data and its record's data-section offset, in address
    /// order. In an IPv6 tree the aliases of the IPv4 subtree (`::ffff:0:0/96`, `2002::/16`) are skipped
    /// and networks inside `::/96` are reported as IPv4. A node reached twice is a corrupt tree.
    public func forEachNetwork(_ body: (IPNetwork, Int) throws(MMDBError) -> Void) throws(MMDBError) {
        let base = storage.base
        var visited = [UInt64](repeating: 0, count: (nodeCount + 63) / 64)
        var stack: [(node: Int, depth: Int, high: UInt64, low: UInt64)] = [(0, 0, 0, 0)]
        let bitCount = metadata.ipVersion == 6 ? 128 : 32
        while let (node, depth, high, low) = stack.popLast() {
            guard visited[node / 64] & (1 << UInt64(node % 64)) == 0 else {
                throw .corruptSearchTree(node: node, record: node, reason: "node reached twice (cycle or shared subtree)")
            }
            visited[node / 64] |= 1 << UInt64(node % 64)
            guard depth < bitCount else {
                throw .corruptSearchTree(node: node, record: node, reason: "tree is deeper than \(bitCount) bits")
            }
            for right in [true, false] {
                var childHigh = high, childLow = low
                if right {
                    if bitCount == 32 {
                        childLow |= 1 << UInt64(31 - depth)
                    } else if depth < 64 {
                        childHigh |= 1 << UInt64(63 - depth)
                    } else {
                        childLow |= 1 << UInt64(127 - depth)
                    }
                }
                let child = Self.record(base, recordSize: recordSize, node: node, right: right)
                if child < nodeCount {
                    if bitCount == 128, child == ipv4Start, childHigh != 0 || childLow != 0 { continue }
                    stack.append((child, depth + 1, childHigh, childLow))
                } else if child > nodeCount {
                    let offset = child - nodeCount - 16
                    guard offset >= 0, offset < dataCount else {
                        throw .corruptSearchTree(
                            node: node, record: child, reason: "record points to \(offset), outside the data section")
                    }
                    try body(network(high: childHigh, low: childLow, length: depth + 1, bitCount: bitCount), offset)
                }
            }
        }
    }

    private func network(high: UInt64, low: UInt64, length: Int, bitCount: Int) -> IPNetwork {
        if bitCount == 32 {
            return IPNetwork(address: IPAddress(v4: UInt32(truncatingIfNeeded: low)), prefixLength: length)
        }
        if high == 0, low >> 32 == 0, length >= 96 {
            return IPNetwork(address: IPAddress(v4: UInt32(truncatingIfNeeded: low)), prefixLength: length - 96)
        }
        return IPNetwork(address: IPAddress(v6High: high, low: low), prefixLength: length)
    }

    /// Walks the whole tree and decodes every record: throws the first error a corrupt file has.
    public func verify() throws(MMDBError) {
        try forEachNetwork { (_, offset) throws(MMDBError) in _ = try value(at: offset) }
    }
}
