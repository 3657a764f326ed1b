/// Disjoint sets over `0..<count` with union by size and path halving: near-constant time per
/// operation, two `Int32` arrays of memory.
public struct UnionFind: Sendable {
    private var parent: [Int32]
    private var size: [Int32]

    public init(count: Int) {
        parent = (0..<Int32(count)).map { $0 }
        size = [Int32](repeating: 1, count: count)
    }

    public var count: Int { parent.count }

    /// The representative of `element`'s set.
    public mutating func find(_ element: Int) -> Int {
        var current = Int32(element)
        parent.withUnsafeMutableBufferPointer { parent in
            while parent[Int(current)] != current {
                let grandparent = parent[Int(parent[Int(current)])]
                parent[Int(current)] = grandparent
                current = grandparent
            }
        }
        return Int(current)
    }

    /// Joins the sets of `a` and `b`; returns false if they were already one.
    @discardableResult
    public mutating func union(_ a: Int, _ b: Int) -> Bool {
        var rootA = find(a), rootB = find(b)
        guard rootA != rootB else { return false }
        if size[rootA] < size[rootB] { swap(&rootA, &rootB) }
        parent[rootB] = Int32(rootA)
        size[rootA] += size[rootB]
        return true
    }

    /// The number of disjoint sets.
    public mutating func componentCount() -> Int {
        var roots = 0
        for element in 0..<parent.count where find(element) == element { roots += 1 }
        return roots
    }
}
