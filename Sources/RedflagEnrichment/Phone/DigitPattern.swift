/// The part of regular-expression syntax that libphonenumber's number patterns use — digits, `\d`,
/// classes such as `[2-46-9]`, non-capturing groups `(?:…)`, alternation `|` and the quantifiers `?`,
/// `{n}`, `{n,}` and `{n,m}` — compiled to a matcher for strings of ASCII digits.
///
/// It follows every way of matching at once: the positions a partial match can have reached are the
/// bits of one 64-bit word, and each pattern element maps that set to the next. That makes a range
/// check a few dozen bit operations instead of a trip through ICU, and a number's line type takes
/// up to ten such checks. ``init?(_:)`` returns nil for any other syntax, so callers keep the regular
/// expression for those patterns.
struct DigitPattern: Sendable, Hashable {
    indirect enum Node: Sendable, Hashable {
        /// One digit out of a set (bit `d` for digit `d`).
        case digits(UInt16)
        /// One of several sequences.
        case group([[Item]])
    }

    /// A node repeated `minimum...maximum` times (`maximum` nil: no limit).
    struct Item: Sendable, Hashable {
        var node: Node
        var minimum: Int
        var maximum: Int?
    }

    let alternatives: [[Item]]

    /// The longest text the position set can follow.
    static let maximumLength = 62

    init?(_ pattern: String) {
        var parser = Parser(bytes: Array(pattern.utf8))
        guard let alternatives = parser.alternation(), parser.position == parser.bytes.count else { return nil }
        self.alternatives = alternatives
    }

    /// Whether the pattern matches all of `text`; nil when `text` is not ASCII digits or too long.
    func matchesWhole(_ text: String) -> Bool? {
        reachable(text).map { ($0 >> UInt64(text.utf8.count)) & 1 != 0 }
    }

    /// Whether the pattern matches some start of `text` (the empty start included); nil as above.
    func matchesPrefix(_ text: String) -> Bool? {
        reachable(text).map { $0 != 0 }
    }

    /// The positions at which a match starting at 0 can end (bit `p` for position `p`).
    private func reachable(_ text: String) -> UInt64? {
        let bytes = text.utf8
        guard bytes.count <= Self.maximumLength else { return nil }
        // Bit p of positions[d] is set when the text has digit d at position p.
        return withUnsafeTemporaryAllocation(of: UInt64.self, capacity: 10) { buffer in
            let positions = buffer.baseAddress!
            positions.initialize(repeating: 0, count: 10)
            for (offset, byte) in bytes.enumerated() {
                guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else { return nil }
                positions[Int(byte - UInt8(ascii: "0"))] |= 1 << UInt64(offset)
            }
            return Self.advance(alternatives, from: 1, positions)
        }
    }

    private static func advance(_ alternatives: [[Item]], from starts: UInt64, _ positions: UnsafePointer<UInt64>) -> UInt64 {
        var ends: UInt64 = 0
        for sequence in alternatives {
            var current = starts
            for item in sequence where current != 0 { current = advance(item, from: current, positions) }
            ends |= current
        }
        return ends
    }

    private static func advance(_ item: Item, from starts: UInt64, _ positions: UnsafePointer<UInt64>) -> UInt64 {
        var current = starts
        for _ in 0..<item.minimum where current != 0 { current = advance(item.node, from: current, positions) }
        var reached = current
        var count = item.minimum
        while current != 0, count < (item.maximum ?? Int.max) {
            current = advance(item.node, from: current, positions) & ~reached
            reached |= current
            count += 1
        }
        return reached
    }

    private static func advance(_ node: Node, from starts: UInt64, _ positions: UnsafePointer<UInt64>) -> UInt64 {
        switch node {
        case .digits(let set):
            var allowed: UInt64 = 0
            for digit in 0..<10 where set & (1 << digit) != 0 { allowed |= positions[digit] }
            return (starts & allowed) << 1
        case .group(let alternatives):
            return advance(alternatives, from: starts, positions)
        }
    }

    /// Recursive descent over the pattern's bytes; every method returns nil on syntax it does not know.
    private struct Parser {
        let bytes: [UInt8]
        var position = 0

        mutating func alternation() -> [[Item]]? {
            var alternatives: [[Item]] = []
            while true {
                guard let sequence = sequence() else { return nil }
                alternatives.append(sequence)
                guard peek == UInt8(ascii: "|") else { return alternatives }
                position += 1
            }
        }

        mutating func sequence() -> [Item]? {
            var items: [Item] = []
            while let byte = peek, byte != UInt8(ascii: "|"), byte != UInt8(ascii: ")") {
                guard let node = atom(), let (minimum, maximum) = quantifier() else { return nil }
                items.append(Item(node: node, minimum: minimum, maximum: maximum))
            }
            return items
        }

        mutating func atom() -> Node? {
            guard let byte = next() else { return nil }
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                return .digits(1 << UInt16(byte - UInt8(ascii: "0")))
            case UInt8(ascii: "\\"):
                return next() == UInt8(ascii: "d") ? .digits(0x3FF) : nil
            case UInt8(ascii: "["):
                return digitClass()
            case UInt8(ascii: "("):
                guard next() == UInt8(ascii: "?"), next() == UInt8(ascii: ":"), let inner = alternation(),
                    next() == UInt8(ascii: ")")
                else { return nil }
                return .group(inner)
            default:
                return nil
            }
        }

        /// After `[`: digits and digit ranges up to `]`.
        mutating func digitClass() -> Node? {
            var set: UInt16 = 0
            while let byte = next() {
                if byte == UInt8(ascii: "]") { return set == 0 ? nil : .digits(set) }
                guard let low = digit(byte) else { return nil }
                var high = low
                if peek == UInt8(ascii: "-") {
                    position += 1
                    guard let upper = next().flatMap(digit), upper >= low else { return nil }
                    high = upper
                }
                for d in low...high { set |= 1 << UInt16(d) }
            }
            return nil  // no closing bracket
        }

        /// `?`, `{n}`, `{n,}`, `{n,m}` or nothing (once).
        mutating func quantifier() -> (Int, Int?)? {
            switch peek {
            case UInt8(ascii: "?"):
                position += 1
                return (0, 1)
            case UInt8(ascii: "{"):
                position += 1
                guard let minimum = number() else { return nil }
                if peek == UInt8(ascii: "}") {
                    position += 1
                    return (minimum, minimum)
                }
                guard next() == UInt8(ascii: ",") else { return nil }
                if peek == UInt8(ascii: "}") {
                    position += 1
                    return (minimum, nil)
                }
                guard let maximum = number(), maximum >= minimum, next() == UInt8(ascii: "}") else { return nil }
                return (minimum, maximum)
            case UInt8(ascii: "*"), UInt8(ascii: "+"):
                return nil
            default:
                return (1, 1)
            }
        }

        mutating func number() -> Int? {
            var value: Int?
            while let byte = peek, let d = digit(byte) {
                value = (value ?? 0) * 10 + d
                position += 1
                if value! > 1_000 { return nil }
            }
            return value
        }

        func digit(_ byte: UInt8) -> Int? {
            byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") ? Int(byte - UInt8(ascii: "0")) : nil
        }

        var peek: UInt8? { position < bytes.count ? bytes[position] : nil }

        mutating func next() -> UInt8? {
            guard let byte = peek else { return nil }
            position += 1
            return byte
        }
    }
}
