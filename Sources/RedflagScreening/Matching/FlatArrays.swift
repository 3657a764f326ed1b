/// Many short arrays stored back to back in one buffer (compressed sparse rows): array `i` is
/// `elements[starts[i]..<starts[i + 1]]`, so reading one costs no pointer chase and no reference
/// counting. The index keeps its token bytes (``FlatStrings``) and its id lists (``FlatLists``) so.
struct FlatArrays<Element: BitwiseCopyable & Sendable>: Sendable {
    private(set) var elements: [Element] = []
    /// `starts[i]..<starts[i + 1]` are the positions of array `i`.
    private(set) var starts: [Int32] = [0]

    init(_ arrays: [[Element]]) {
        elements.reserveCapacity(arrays.reduce(0) { $0 + $1.count })
        starts.reserveCapacity(arrays.count + 1)
        for array in arrays { append(array) }
    }

    mutating func append(_ array: [Element]) {
        elements.append(contentsOf: array)
        starts.append(Int32(elements.count))
    }

    var count: Int { starts.count - 1 }

    @inline(__always)
    func range(_ i: Int) -> Range<Int> { Int(starts[i])..<Int(starts[i + 1]) }

    @inline(__always)
    func length(_ i: Int) -> Int { Int(starts[i + 1] &- starts[i]) }

    @inline(__always)
    func withElements<R>(_ i: Int, _ body: (UnsafeBufferPointer<Element>) -> R) -> R {
        let range = range(i)
        return elements.withUnsafeBufferPointer { body(UnsafeBufferPointer(rebasing: $0[range])) }
    }

    func array(_ i: Int) -> [Element] { withElements(i) { Array($0) } }

    /// Calls `body` with a raw view of the arrays, for loops that read many of them.
    @inline(__always)
    func withView<R>(_ body: (FlatView<Element>) -> R) -> R {
        elements.withUnsafeBufferPointer { e in
            starts.withUnsafeBufferPointer { s in
                // An empty array's base address may be nil; no element is read then.
                body(FlatView(elements: e.baseAddress ?? UnsafePointer(bitPattern: MemoryLayout<Element>.alignment)!,
                              starts: s.baseAddress!))
            }
        }
    }
}

/// ``FlatArrays`` seen through raw pointers: array `i` without bounds checks or reference counting.
/// Valid only inside the ``FlatArrays/withView(_:)`` call that made it.
struct FlatView<Element> {
    let elements: UnsafePointer<Element>
    /// `count + 1` starts.
    let starts: UnsafePointer<Int32>

    @inline(__always)
    subscript(i: Int) -> UnsafeBufferPointer<Element> {
        let start = Int(starts[i])
        return UnsafeBufferPointer(start: elements + start, count: Int(starts[i &+ 1]) &- start)
    }
}

/// Token and name bytes, back to back.
typealias FlatStrings = FlatArrays<UInt8>
/// Lists of 32-bit ids, back to back.
typealias FlatLists = FlatArrays<Int32>

extension FlatArrays where Element == UInt8 {
    @inline(__always)
    func firstByte(_ i: Int) -> UInt8 { starts[i + 1] > starts[i] ? elements[Int(starts[i])] : 0 }
}
