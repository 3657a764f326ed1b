/// Many short byte strings stored back to back in one buffer, so that reading one costs no pointer
/// chase and no reference counting.
struct FlatStrings: Sendable {
    private(set) var bytes: [UInt8] = []
    /// `starts[i]..<starts[i + 1]` are the bytes of string `i`.
    private(set) var starts: [Int32] = [0]

    init(_ strings: [[UInt8]]) {
        bytes.reserveCapacity(strings.reduce(0) { $0 + $1.count })
        starts.reserveCapacity(strings.count + 1)
        for s in strings { append(s) }
    }

    mutating func append(_ s: [UInt8]) {
        bytes.append(contentsOf: s)
        starts.append(Int32(bytes.count))
    }

    var count: Int { starts.count - 1 }

    @inline(__always)
    func length(_ i: Int) -> Int { Int(starts[i + 1] &- starts[i]) }

    @inline(__always)
    func firstByte(_ i: Int) -> UInt8 { starts[i + 1] > starts[i] ? bytes[Int(starts[i])] : 0 }

    @inline(__always)
    func withBytes<R>(_ i: Int, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        let lo = Int(starts[i]), hi = Int(starts[i + 1])
        return bytes.withUnsafeBufferPointer { body(UnsafeBufferPointer(rebasing: $0[lo..<hi])) }
    }

    func array(_ i: Int) -> [UInt8] { withBytes(i) { Array($0) } }
}

/// Lists of 32-bit ids stored back to back (compressed sparse rows): list `i` is
/// `items[starts[i]..<starts[i + 1]]`.
struct FlatLists: Sendable {
    private(set) var items: [Int32] = []
    private(set) var starts: [Int32] = [0]

    init(_ lists: [[Int32]]) {
        items.reserveCapacity(lists.reduce(0) { $0 + $1.count })
        for l in lists { append(l) }
    }

    mutating func append(_ list: [Int32]) {
        items.append(contentsOf: list)
        starts.append(Int32(items.count))
    }

    var count: Int { starts.count - 1 }

    @inline(__always)
    func range(_ i: Int) -> Range<Int> { Int(starts[i])..<Int(starts[i + 1]) }
}
