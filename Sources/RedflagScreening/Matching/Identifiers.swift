/// Canonical forms of exact identifiers, so that a list entry and an account's value compare equal.
public enum Identifiers {
    /// Lower case, trimmed.
    public static func email(_ s: String) -> String? {
        let e = s.trimmingCharacters(in: " \t<>").lowercased()
        guard let at = e.firstIndex(of: "@"), at != e.startIndex, e.index(after: at) != e.endIndex else { return nil }
        return e
    }

    /// Lower case host without scheme, path, port, trailing dot or a leading `www.`.
    public static func domain(fromURL s: String) -> String? {
        s.utf8.allSatisfy { $0 < 0x80 } ? asciiDomain(Array(s.utf8)) : textDomain(s)
    }

    /// ``domain(fromURL:)`` over ASCII bytes, without Foundation's string search (every account's
    /// employer and reference domains are screened, and most are ASCII).
    static func asciiDomain(_ input: [UInt8]) -> String? {
        func trimmed(_ d: ArraySlice<UInt8>, _ set: [UInt8]) -> ArraySlice<UInt8> {
            var d = d
            while let f = d.first, set.contains(f) { d = d.dropFirst() }
            while let l = d.last, set.contains(l) { d = d.dropLast() }
            return d
        }
        var d = trimmed(input[...], [0x20, 0x09]).map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }[...]
        let scheme = Array("://".utf8)
        if let start = d.indices.first(where: { d[$0...].starts(with: scheme) }) { d = d[(start + 3)...] }
        if let at = d.lastIndex(of: UInt8(ascii: "@")) { d = d[(at + 1)...] }
        if let end = d.firstIndex(where: { $0 == UInt8(ascii: "/") || $0 == UInt8(ascii: "?") || $0 == UInt8(ascii: "#") }) {
            d = d[..<end]
        }
        if let colon = d.firstIndex(of: UInt8(ascii: ":")) { d = d[..<colon] }
        d = trimmed(d, [UInt8(ascii: ".")])
        if d.starts(with: Array("www.".utf8)) { d = d.dropFirst(4) }
        guard d.contains(UInt8(ascii: ".")), !d.contains(0x20) else { return nil }
        return String(decoding: d, as: UTF8.self)
    }

    /// ``domain(fromURL:)`` for any text.
    static func textDomain(_ s: String) -> String? {
        var d = s.trimmingCharacters(in: " \t").lowercased()
        if let r = d.range(of: "://") { d = String(d[r.upperBound...]) }
        if let at = d.lastIndex(of: "@") { d = String(d[d.index(after: at)...]) }
        if let slash = d.firstIndex(where: { $0 == "/" || $0 == "?" || $0 == "#" }) { d = String(d[..<slash]) }
        if let colon = d.firstIndex(of: ":") { d = String(d[..<colon]) }
        d = d.trimmingCharacters(in: ".")
        if d.hasPrefix("www.") { d = String(d.dropFirst(4)) }
        guard d.contains("."), !d.contains(" ") else { return nil }
        return d
    }

    /// The domain and each parent domain with at least two labels (`a.b.example.com` → …, `example.com`).
    static func domainAndParents(_ domain: String) -> [String] {
        let utf8 = domain.utf8
        let dots = utf8.indices.filter { utf8[$0] == UInt8(ascii: ".") }
        // Without empty labels the parents are the suffixes after each dot but the last: no splitting into
        // characters and joining again.
        if let first = dots.first, let last = dots.last, first != utf8.startIndex, utf8.index(after: last) != utf8.endIndex,
            zip(dots, dots.dropFirst()).allSatisfy({ utf8.index(after: $0) != $1 })
        {
            return [domain] + dots.dropLast().map { String(domain[utf8.index(after: $0)...]) }
        }
        let labels = domain.split(separator: ".")
        guard labels.count >= 2 else { return [domain] }
        return (0...(labels.count - 2)).map { labels[$0...].joined(separator: ".") }
    }

    /// Hex (`0x…`) addresses compare case-insensitively; Base58 and Bech32 keep their case.
    public static func wallet(_ s: String) -> String? {
        let w = s.trimmingCharacters(in: " \t")
        guard w.count >= 20 else { return nil }
        return w.lowercased().hasPrefix("0x") ? w.lowercased() : w
    }

    /// Upper case, without spaces, dashes and dots.
    public static func document(_ s: String) -> String? {
        let d = String(s.uppercased().filter { $0.isLetter || $0.isNumber })
        return d.count >= 4 ? d : nil
    }
}
