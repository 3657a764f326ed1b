import Foundation
import RedflagPrimitives
import Testing

@testable import RedflagScreening

/// The match-count requirements every candidate filter compares with, and the early stop that uses them.
@Suite struct MatchRequirementTests {
    /// The required-match tables come from a binary search over the match count; they must equal trying
    /// every count in turn (the bound grows with the count, so both find the same fewest count).
    @Test func requiredMatchTablesEqualTryingEveryCount() {
        var differences = 0, entries = 0, reachable = 0
        for unconditional in [false, true] {
            for floor in [0.5, 0.6, 0.7, 0.75, 0.8, 0.9, 0.95].map({ $0 - 1e-8 }) {
                for lq in 1...70 {
                    let table = JaroBoundTable.requiredMatches(queryLength: lq, floor: floor, unconditional: unconditional)
                    for l in 0...4 {
                        for lv in 0...JaroBoundTable.maximumLength {
                            var expected = UInt16.max
                            if lv > 0 {
                                for m in 1...min(lq, lv)
                                where JaroBoundTable.bound(m, lq, lv, l, unconditional: unconditional) >= floor {
                                    expected = UInt16(m)
                                    break
                                }
                            }
                            if table[l * (JaroBoundTable.maximumLength + 1) + lv] != expected { differences += 1 }
                            if expected != .max { reachable += 1 }
                            entries += 1
                        }
                    }
                }
            }
        }
        #expect(differences == 0, "\(differences) of \(entries) entries differ")
        #expect(reachable > entries / 2)
        // Beyond the table's lengths the same search runs directly.
        let empty = [UInt16]()
        empty.withUnsafeBufferPointer { table in
            #expect(JaroBoundTable.required(table, 2, 10, 200, floor: 0.8, unconditional: true)
                    == JaroBoundTable.fewestMatches(10, 200, 2, floor: 0.8, unconditional: true))
        }
    }
}

extension MatchRequirementTests {
    /// The token search's comparison (standard Jaro–Winkler) stops once fewer than the required matches
    /// remain possible: it then returns 0, and only when one match fewer than required cannot reach the
    /// floor the requirement was made for — so no listed token at the floor is ever lost.
    @Test func standardEarlyStopOnlyDropsTokensBelowTheFloor() {
        var rng = SplitMix64(seed: 31)
        let alphabet = Array("ABCDEAEIO".utf8)
        var stopped = 0, reaching = 0
        for n in 0..<20_000 {
            let a = (0..<Int(1 + rng.next() % 14)).map { _ in alphabet[Int(rng.next() % 9)] }
            let b = (0..<Int(1 + rng.next() % 14)).map { _ in alphabet[Int(rng.next() % 9)] }
            let floor = [0.7, 0.8, 0.9][n % 3] - 1e-9
            let l = a.withUnsafeBufferPointer { pa in b.withUnsafeBufferPointer { JaroWinkler.prefixLength(pa, $0) } }
            let table = JaroBoundTable.requiredMatches(queryLength: a.count, floor: floor, unconditional: false)
            let required = table.withUnsafeBufferPointer {
                JaroBoundTable.required($0, min(l, 4), a.count, b.count, floor: floor, unconditional: false)
            }
            guard required != .max else { continue }
            let exact = JaroWinkler.standard(a, b)
            let early = b.withUnsafeBufferPointer { PatternJaro(a)!.standard($0, minimumMatches: required) }
            if exact >= floor {
                reaching += 1
                #expect(early == exact, "\(String(decoding: a, as: UTF8.self)) / \(String(decoding: b, as: UTF8.self))")
            } else if early != exact {
                stopped += 1
                #expect(early == 0)
            }
        }
        #expect(reaching > 500)
        #expect(stopped > 1_000)
    }
}
