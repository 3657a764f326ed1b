import RedflagPrimitives

/// A set of IPv4 and IPv6 networks held as sorted, merged address ranges, for fast membership tests.
///
/// Building sorts and merges overlapping or adjacent blocks once; `contains` is a binary search, so
/// lists of tens of thousands of CIDRs cost a few comparisons per lookup. IPv4 blocks live in the
/// IPv4-mapped part of the 128-bit space, so they also match `::ffff:a.b.c.d` addresses.
public struct CIDRSet: Sendable, Hashable {
    private var starts: [IPAddress]
    private var ends: [IPAddress]

    /// The set of all addresses in `networks`.
    public init(_ networks: some Sequence<IPNetwork>) {
        let ranges = networks.map { ($0.address, $0.lastAddress) }.sorted { $0.0 < $1.0 }
        var starts: [IPAddress] = []
        var ends: [IPAddress] = []
        starts.reserveCapacity(ranges.count)
        ends.reserveCapacity(ranges.count)
        for (start, end) in ranges {
            if let last = ends.last, !(Self.successor(of: last).map { $0 < start } ?? false) {
                if last < end { ends[ends.count - 1] = end }
            } else {
                starts.append(start)
                ends.append(end)
            }
        }
        self.starts = starts
        self.ends = ends
    }

    /// An empty set.
    public init() {
        starts = []
        ends = []
    }

    /// Whether `address` lies in any of the networks.
    public func contains(_ address: IPAddress) -> Bool {
        var low = 0
        var high = starts.count
        while low < high {
            let middle = (low + high) / 2
            if address < starts[middle] { high = middle } else { low = middle + 1 }
        }
        guard low > 0 else { return false }
        return !(ends[low - 1] < address)
    }

    /// Number of disjoint ranges left after merging.
    public var rangeCount: Int { starts.count }

    /// Whether the set holds no address at all.
    public var isEmpty: Bool { starts.isEmpty }

    /// The next address in 128-bit order, nil after the last one.
    private static func successor(of address: IPAddress) -> IPAddress? {
        if address.low != .max { return IPAddress(v6High: address.high, low: address.low + 1) }
        if address.high != .max { return IPAddress(v6High: address.high + 1, low: 0) }
        return nil
    }
}
