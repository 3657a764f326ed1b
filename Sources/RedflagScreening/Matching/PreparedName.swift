/// A name normalised once for repeated comparison: its tokens and its whole form.
struct PreparedName: Sendable, Hashable {
    /// Normalised tokens in original order.
    var tokens: [[UInt8]]
    /// The tokens joined by single spaces (for the whole-string comparison).
    var joined: [UInt8]

    init(_ name: String) {
        self.init(tokens: NameNormalizer.tokenBytes(name))
    }

    init(tokens: [[UInt8]]) {
        self.tokens = tokens
        var joined: [UInt8] = []
        for (i, token) in tokens.enumerated() {
            if i > 0 { joined.append(0x20) }
            joined.append(contentsOf: token)
        }
        self.joined = joined
    }

    /// Tokens of more than `NameSimilarity.shortTokenLength` bytes, or all tokens when every one is short.
    var significantTokens: [[UInt8]] {
        let long = tokens.filter { $0.count > NameSimilarity.shortTokenLength }
        return long.isEmpty ? tokens : long
    }
}
