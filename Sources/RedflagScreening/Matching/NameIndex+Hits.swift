/// A search's hits kept as plain values (name, score, matched listed-token ids) until they are sorted, so
/// that only the hits returned get their strings — with `firstPerOwner`, not the lesser names of an entry.
extension NameIndex {
    /// A hit before it is sorted and given its strings: matched tokens are `FoundHits.matchedIDs[matched..<matched
    /// + count]`, or for a name scored in full (`count` −1) the search's own list `matched`.
    struct Found {
        var name: Int32
        var matched: Int32
        var count: Int32
        var score: Double
    }

    /// A search's hits as plain values, kept in ``Scratch`` for their capacity.
    struct FoundHits {
        var found: [Found] = []
        var matchedIDs: [Int32] = []

        @inline(__always)
        mutating func add(_ n: Int, _ score: Double, matched: (inout [Int32]) -> Void) {
            let start = matchedIDs.count
            matched(&matchedIDs)
            found.append(Found(name: Int32(n), matched: Int32(start), count: Int32(matchedIDs.count - start), score: score))
        }

        /// The hits best first (score, then name), with owner and matched tokens; with `firstPerOwner`, only
        /// each owner's first.
        mutating func sorted(names: [Name], vocabulary: FlatStrings, fullMatched: [[String]], firstPerOwner: Bool) -> [Hit] {
            found.sort { $0.score != $1.score ? $0.score > $1.score : $0.name < $1.name }
            var owners = Set<Int>()
            if firstPerOwner { owners.reserveCapacity(found.count) }
            var results: [Hit] = []
            results.reserveCapacity(found.count)
            for f in found {
                let n = Int(f.name)
                let owner = names[n].owner
                if firstPerOwner && !owners.insert(owner).inserted { continue }
                let matched = f.count < 0 ? fullMatched[Int(f.matched)]
                    : (Int(f.matched)..<Int(f.matched + f.count)).map { p in
                        vocabulary.withElements(Int(matchedIDs[p])) { String(decoding: $0, as: UTF8.self) }
                    }
                results.append(Hit(nameIndex: n, owner: owner, score: f.score, matchedTokens: matched))
            }
            return results
        }

        mutating func removeAll() {
            found.removeAll(keepingCapacity: true)
            matchedIDs.removeAll(keepingCapacity: true)
        }
    }
}
