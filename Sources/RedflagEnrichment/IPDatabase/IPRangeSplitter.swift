import RedflagPrimitives

/// Splits an inclusive address range into the smallest list of CIDR blocks.
enum IPRangeSplitter {
    typealias Word = (high: UInt64, low: UInt64)

    /// CIDR blocks covering `start...end` (both of the same family); empty if `end < start`.
    static func networks(from start: IPAddress, to end: IPAddress) -> [IPNetwork] {
        let isV4 = start.family == .v4
        var current: Word = isV4 ? (0, UInt64(start.v4Value ?? 0)) : (start.high, start.low)
        let last: Word = isV4 ? (0, UInt64(end.v4Value ?? 0)) : (end.high, end.low)
        var result: [IPNetwork] = []
        while current <= last {
            var suffix = trailingZeros(current)
            while suffix > 0, orOnes(current, suffix) > last { suffix -= 1 }
            if isV4 {
                result.append(IPNetwork(address: IPAddress(v4: UInt32(truncatingIfNeeded: current.low)), prefixLength: 32 - suffix))
            } else {
                result.append(IPNetwork(address: IPAddress(v6High: current.high, low: current.low), prefixLength: 128 - suffix))
            }
            let top = orOnes(current, suffix)
            if top == (UInt64.max, UInt64.max) { break }
            current = top.low == .max ? (top.high + 1, 0) : (top.high, top.low + 1)
        }
        return result
    }

    private static func trailingZeros(_ w: Word) -> Int {
        if w.low != 0 { return w.low.trailingZeroBitCount }
        if w.high != 0 { return 64 + w.high.trailingZeroBitCount }
        return 128
    }

    private static func orOnes(_ w: Word, _ bits: Int) -> Word {
        if bits == 0 { return w }
        if bits >= 128 { return (.max, .max) }
        if bits >= 64 { return (w.high | (bits == 64 ? 0 : (UInt64.max >> UInt64(128 - bits))), .max) }
        return (w.high, w.low | (UInt64.max >> UInt64(64 - bits)))
    }
}
