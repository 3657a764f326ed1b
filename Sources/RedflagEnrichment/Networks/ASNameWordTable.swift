/// ``ASNameHeuristics``'s word lists as one table of upper-case byte strings with role bits, so that an
/// ASCII AS name is classified in one pass over its bytes, without building a `String` per word.
struct ASNameWordTable: Sendable {
    /// Role bits of a word.
    struct Roles: OptionSet, Sendable {
        let rawValue: UInt32
        static let vpn = Roles(rawValue: 1 << 0)
        static let strong = Roles(rawValue: 1 << 1)
        static let weak = Roles(rawValue: 1 << 2)
        static let accessProvider = Roles(rawValue: 1 << 3)
        /// Bits 8–15: first word of phrase group `n`; bits 16–23: second word of phrase group `n`.
        static func phraseFirst(_ group: Int) -> Roles { Roles(rawValue: 1 << (8 + UInt32(group))) }
        static func phraseSecond(_ group: Int) -> Roles { Roles(rawValue: 1 << (16 + UInt32(group))) }
    }

    static let shared = ASNameWordTable()

    /// Words by byte length, each with its roles.
    let byLength: [[(word: [UInt8], roles: Roles)]]
    let stems: [[UInt8]]

    init() {
        var roles: [String: Roles] = [:]
        for word in ASNameHeuristics.vpnWords { roles[word, default: []].insert(.vpn) }
        for word in ASNameHeuristics.strongHostingWords { roles[word, default: []].insert(.strong) }
        for word in ASNameHeuristics.weakHostingWords { roles[word, default: []].insert(.weak) }
        for word in ASNameHeuristics.accessProviderWords { roles[word, default: []].insert(.accessProvider) }
        // One group per first word: the pair (first, second) is a phrase iff second is in first's group.
        let firsts = Set(ASNameHeuristics.strongHostingPhrases.map { $0[0] }).sorted()
        precondition(firsts.count <= 8 && ASNameHeuristics.strongHostingPhrases.allSatisfy { $0.count == 2 })
        for phrase in ASNameHeuristics.strongHostingPhrases {
            let group = firsts.firstIndex(of: phrase[0])!
            roles[phrase[0], default: []].insert(.phraseFirst(group))
            roles[phrase[1], default: []].insert(.phraseSecond(group))
        }
        var table = [[(word: [UInt8], roles: Roles)]](repeating: [], count: roles.keys.map(\.utf8.count).max()! + 1)
        for (word, role) in roles {
            precondition(word.utf8.allSatisfy { (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains($0) })
            table[word.utf8.count].append((Array(word.utf8), role))
        }
        byLength = table
        stems = ASNameHeuristics.hostingStems
    }

    /// ``ASNameHeuristics/kinds(forOrganization:)`` for an all-ASCII name; nil when any byte is not ASCII
    /// (those names take the Unicode path).
    ///
    /// Words are the runs of ASCII letters and digits, compared case-insensitively: `byte & 0xDF` maps a
    /// lower-case letter to upper case and never turns a digit into a letter.
    func asciiKinds(_ name: UnsafeBufferPointer<UInt8>) -> NetworkKinds? {
        var vpn = false, strong = false, weak = false, accessProvider = false
        var previous: Roles = []
        var start = 0
        var index = 0
        let count = name.count
        while index <= count {
            let byte = index < count ? name[index] : UInt8(ascii: " ")
            if byte >= 0x80 { return nil }
            let isWordByte = (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte & 0xDF)
                || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
            if isWordByte {
                index += 1
                continue
            }
            if index > start {
                let word = UnsafeBufferPointer(rebasing: name[start..<index])
                let roles = self.roles(of: word)
                vpn = vpn || roles.contains(.vpn)
                strong = strong || roles.contains(.strong) || hasHostingStem(word)
                    || (previous.rawValue >> 8) & (roles.rawValue >> 16) & 0xFF != 0
                weak = weak || roles.contains(.weak)
                accessProvider = accessProvider || roles.contains(.accessProvider)
                previous = roles
            }
            index += 1
            start = index
        }
        var kinds: NetworkKinds = []
        if vpn { kinds.insert(.vpn) }
        if strong || (weak && !accessProvider) { kinds.insert(.hosting) }
        return kinds
    }

    private func roles(of word: UnsafeBufferPointer<UInt8>) -> Roles {
        guard word.count < byLength.count else { return [] }
        for entry in byLength[word.count] where Self.equalsUpper(word, entry.word[...]) { return entry.roles }
        return []
    }

    private func hasHostingStem(_ word: UnsafeBufferPointer<UInt8>) -> Bool {
        stems.contains { stem in word.count > stem.count + 2 && Self.equalsUpper(word[(word.count - stem.count)...], stem[...]) }
    }

    @inline(__always)
    private static func equalsUpper(_ word: Slice<UnsafeBufferPointer<UInt8>>, _ upper: ArraySlice<UInt8>) -> Bool {
        guard word.count == upper.count else { return false }
        return zip(word, upper).allSatisfy { $0 & 0xDF == $1 }
    }

    @inline(__always)
    private static func equalsUpper(_ word: UnsafeBufferPointer<UInt8>, _ upper: ArraySlice<UInt8>) -> Bool {
        equalsUpper(word[...], upper)
    }
}
