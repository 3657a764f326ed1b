import RedflagPrimitives

/// The in-memory binary trie the writer fills: two child slots per node, each empty, a node, or a record.
///
/// Slot encoding: `>= 0` node index, `-1` empty, `<= -2` record `-2 - slot`.
struct MMDBTree {
    static let empty: Int32 = -1
    private(set) var slots: [Int32] = [MMDBTree.empty, MMDBTree.empty]
    /// Bits in a full key: 32 or 128.
    let bitCount: Int

    init(bitCount: Int) {
        self.bitCount = bitCount
    }

    static func record(_ index: Int) -> Int32 { Int32(-2 - index) }
    static func recordIndex(_ slot: Int32) -> Int? { slot <= -2 ? Int(-2 - slot) : nil }

    /// Bit `index` of a left-aligned 128-bit key.
    static func bit(_ high: UInt64, _ low: UInt64, _ index: Int) -> Int {
        Int(index < 64 ? high >> UInt64(63 - index) & 1 : low >> UInt64(127 - index) & 1)
    }

    /// Applies `transform` to every slot value (empty or record) under the `length`-bit prefix of the key,
    /// splitting records where the prefix is longer than the stored network.
    mutating func update(high: UInt64, low: UInt64, length: Int, _ transform: (Int32) -> Int32) {
        if length == 0 {
            rewrite(0, transform)
            rewrite(1, transform)
            return
        }
        var node = 0
        for depth in 0..<(length - 1) {
            let slot = node * 2 + Self.bit(high, low, depth)
            let child = slots[slot]
            if child >= 0 {
                node = Int(child)
            } else {
                let created = slots.count / 2
                slots.append(child)
                slots.append(child)
                slots[slot] = Int32(created)
                node = created
            }
        }
        rewrite(node * 2 + Self.bit(high, low, length - 1), transform)
    }

    private mutating func rewrite(_ slot: Int, _ transform: (Int32) -> Int32) {
        let child = slots[slot]
        if child >= 0 {
            rewrite(Int(child) * 2, transform)
            rewrite(Int(child) * 2 + 1, transform)
        } else {
            slots[slot] = transform(child)
        }
    }

    /// The reachable tree with identical sibling leaves merged, renumbered depth-first from root 0.
    func compacted() -> [Int32] {
        var output: [Int32] = []
        output.reserveCapacity(slots.count)
        func canonical(_ slot: Int32) -> (leaf: Int32?, left: Int32, right: Int32) {
            guard slot >= 0 else { return (slot, 0, 0) }
            let left = canonical(slots[Int(slot) * 2])
            let right = canonical(slots[Int(slot) * 2 + 1])
            if let l = left.leaf, let r = right.leaf, l == r { return (l, 0, 0) }
            return (nil, emit(left), emit(right))
        }
        func emit(_ child: (leaf: Int32?, left: Int32, right: Int32)) -> Int32 {
            if let leaf = child.leaf { return leaf }
            let index = Int32(output.count / 2)
            output += [child.left, child.right]
            return index
        }
        let root = canonical(0)
        let rootLeft: Int32, rootRight: Int32
        if let leaf = root.leaf {
            (rootLeft, rootRight) = (leaf, leaf)
        } else {
            (rootLeft, rootRight) = (root.left, root.right)
        }
        // Children were emitted before their parent; move the root to index 0 by renumbering.
        let count = output.count / 2
        let rootIndex = Int32(count)
        output += [rootLeft, rootRight]
        return output.map { $0 >= 0 ? (rootIndex - $0 - 0) : $0 }.reversedNodes(rootIndex: rootIndex)
    }
}

extension Array where Element == Int32 {
    /// Renumbers nodes `i → rootIndex - i` so the last-emitted root becomes node 0, and reorders the pairs.
    fileprivate func reversedNodes(rootIndex: Int32) -> [Int32] {
        let nodes = count / 2
        var result = [Int32](repeating: 0, count: count)
        for i in 0..<nodes {
            let target = nodes - 1 - i
            result[target * 2] = self[i * 2]
            result[target * 2 + 1] = self[i * 2 + 1]
        }
        return result
    }
}
