/// A Latin reading of a name written in Cyrillic or Hangul, as the account would write it in Latin
/// letters: a bank in Kyiv or Seoul prints the holder `Марченко Ірина` or `윤은지` for the freelancer
/// whose profile says `Irina Marchenko` or `Eun-ji Yoon`.
///
/// Cyrillic follows the usual passport romanisations: Russian (`г` g, `и` i, `й` y, `ы` y, `х` kh,
/// `ц` ts, `щ` shch, signs dropped) unless the name has a letter only Ukrainian uses (`і`, `ї`, `є`, `ґ`),
/// then Ukrainian (`г` h, `и` y, `і` i, `ї` yi, `є` ye). Hangul follows the Revised Romanisation,
/// syllable by syllable, with a written-together name split after its family name (the first
/// syllable, or the two of `남궁`, `선우`, `제갈`, `황보`), and the family names people write
/// otherwise in the spelling they use (`이` Lee, `권` Kwon, `노` Noh, `우` Woo). Other scripts (Han
/// characters, kana) need dictionaries and are left as written.
public enum Transliteration {
    /// The Latin reading of `name`, or nil when it has no Cyrillic or Hangul letter.
    public static func latin(_ name: String) -> String? {
        let scalars = Array(name.unicodeScalars)
        guard scalars.contains(where: { isCyrillic($0) || isHangulSyllable($0) }) else { return nil }
        let ukrainian = scalars.contains { "іїєґІЇЄҐ".unicodeScalars.contains($0) }
        let hangulWords = name.split(whereSeparator: \.isWhitespace).filter { $0.unicodeScalars.contains(where: isHangulSyllable) }
        var out = ""
        var word: [Unicode.Scalar] = []
        func flushHangul() {
            guard !word.isEmpty else { return }
            out += hangulWords.count == 1 ? hangulName(word) : capitalised(word.map(syllable).joined())
            word = []
        }
        for (index, scalar) in scalars.enumerated() {
            if isHangulSyllable(scalar) {
                word.append(scalar)
                continue
            }
            flushHangul()
            if isCyrillic(scalar) {
                let latin = cyrillic(Character(scalar).lowercased(), ukrainian: ukrainian)
                let next = index + 1 < scalars.count ? Character(scalars[index + 1]) : nil
                if !Character(scalar).isUppercase {
                    out += latin
                } else {
                    out += next?.isUppercase == true ? latin.uppercased() : capitalised(latin)
                }
            } else {
                out.unicodeScalars.append(scalar)
            }
        }
        flushHangul()
        return out
    }

    private static func isCyrillic(_ scalar: Unicode.Scalar) -> Bool { (0x0400...0x04FF).contains(scalar.value) }
    private static func isHangulSyllable(_ scalar: Unicode.Scalar) -> Bool { (0xAC00...0xD7A3).contains(scalar.value) }

    private static func cyrillic(_ letter: String, ukrainian: Bool) -> String {
        if ukrainian, let special = ukrainianLetters[letter] { return special }
        return cyrillicLetters[letter] ?? ""
    }

    private static let cyrillicLetters: [String: String] = [
        "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "e", "ж": "zh", "з": "z", "и": "i", "й": "y",
        "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f",
        "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch", "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "yu", "я": "ya",
        "і": "i", "ї": "yi", "є": "ye", "ґ": "g", "ў": "u",
    ]
    private static let ukrainianLetters: [String: String] = ["г": "h", "и": "y", "х": "kh", "й": "i"]

    /// A whole name in Hangul written together: the family name first, then the given name.
    private static func hangulName(_ syllables: [Unicode.Scalar]) -> String {
        guard syllables.count >= 2 else { return capitalised(syllables.map(syllable).joined()) }
        let familyLength = syllables.count >= 3 && twoSyllableFamilies.contains(String(String.UnicodeScalarView(syllables.prefix(2)))) ? 2 : 1
        let family = String(String.UnicodeScalarView(syllables.prefix(familyLength)))
        let familyLatin = familySpellings[family] ?? syllables.prefix(familyLength).map(syllable).joined()
        return capitalised(familyLatin) + " " + capitalised(syllables.dropFirst(familyLength).map(syllable).joined())
    }

    private static func capitalised(_ text: String) -> String { text.prefix(1).uppercased() + text.dropFirst() }

    private static let twoSyllableFamilies: Set<String> = ["남궁", "선우", "제갈", "황보"]
    private static let familySpellings: [String: String] = ["이": "lee", "권": "kwon", "노": "noh", "우": "woo", "곽": "kwak", "구": "koo"]

    private static func syllable(_ scalar: Unicode.Scalar) -> String {
        let index = Int(scalar.value) - 0xAC00
        return initials[index / (21 * 28)] + medials[(index / 28) % 21] + finals[index % 28]
    }

    private static let initials = ["g", "kk", "n", "d", "tt", "r", "m", "b", "pp", "s", "ss", "", "j", "jj", "ch", "k", "t", "p", "h"]
    private static let medials = ["a", "ae", "ya", "yae", "eo", "e", "yeo", "ye", "o", "wa", "wae", "oe", "yo", "u", "wo", "we", "wi",
                                  "yu", "eu", "ui", "i"]
    private static let finals = ["", "k", "k", "k", "n", "n", "n", "t", "l", "k", "m", "p", "t", "t", "p", "t", "m", "p", "p", "t", "t",
                                 "ng", "t", "t", "k", "t", "p", "t"]
}
