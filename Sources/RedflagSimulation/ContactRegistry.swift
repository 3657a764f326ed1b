/// Email addresses and phone numbers already given out in one run, so that no two accounts share one by chance.
///
/// In real data a shared email or phone between accounts is strong evidence of one operator, so
/// unrelated accounts that happen to draw the same name (two "Rohan Gupta") must still get different
/// contact points. Collisions get a number before the `@`, or new last digits of the phone number.
struct ContactRegistry: Sendable {
    private var emails: Set<String> = []
    private var phones: Set<String> = []

    /// `email`, or a variant with a number before the `@` when another account already has it (case-insensitive).
    mutating func unique(email: String, _ rng: inout SeededGenerator) -> String {
        var candidate = email
        let parts = email.split(separator: "@", maxSplits: 1, omittingEmptySubsequences: false)
        let local = parts[0], domain = parts.count > 1 ? parts[1] : ""
        while !emails.insert(candidate.lowercased()).inserted {
            candidate = "\(local)\(rng.int(2...999))@\(domain)"
        }
        return candidate
    }

    /// `phone`, or the same format with new last four digits when another account already has the number.
    mutating func unique(phone: String, _ rng: inout SeededGenerator) -> String {
        var candidate = phone
        while !phones.insert(Self.phoneKey(candidate)).inserted {
            candidate = Self.redrawTail(phone, &rng)
        }
        return candidate
    }

    /// The last nine digits: one subscriber number whether written as E.164, spaced or national with a trunk 0.
    static func phoneKey(_ phone: String) -> String {
        String(phone.filter { $0.isASCII && $0.isNumber }.suffix(9))
    }

    static func redrawTail(_ phone: String, _ rng: inout SeededGenerator) -> String {
        var characters = Array(phone)
        var left = 4
        for i in characters.indices.reversed() where left > 0 && characters[i].isASCII && characters[i].isNumber {
            characters[i] = Character(String(rng.below(10)))
            left -= 1
        }
        return String(characters)
    }
}
