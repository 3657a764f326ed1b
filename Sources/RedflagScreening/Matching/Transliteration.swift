import Foundation

/// A Latin reading of a name written in Cyrillic, Hangul, Han characters or kana, as the account would
/// write it in Latin letters: a bank in Kyiv, Seoul, Shenzhen or Osaka prints the holder `Марченко Ірина`,
/// `윤은지`, `黄杰` or `ヤマダ タロウ` for the freelancer whose profile says `Irina Marchenko`, `Eun-ji Yoon`,
/// `Jie Huang` or `Taro Yamada`.
///
/// Cyrillic follows the usual passport romanisations: Russian (`г` g, `и` i, `й` y, `ы` y, `х` kh,
/// `ц` ts, `щ` shch, signs dropped) unless the name has a letter only Ukrainian uses (`і`, `ї`, `є`, `ґ`),
/// then Ukrainian (`г` h, `и` y, `і` i, `ї` yi, `є` ye). Hangul follows the Revised Romanisation and Han
/// characters their most customary Mandarin reading (``HanReadings``), syllable by syllable; a name
/// written together in either is split after its family name (the first syllable, or the two of a
/// compound family name: `남궁`, `欧阳`), and family names are written as their bearers write them
/// (`이` Lee, `권` Kwon; `曾` Zeng, `单` Shan, not the characters' common readings). Kana are read in
/// passport Hepburn (``Kana``). Other scripts are left as written.
public enum Transliteration {
    /// The Latin reading of `written`, or nil when it has no Cyrillic, Hangul, Han or kana letter.
    public static func latin(_ written: String) -> String? {
        guard written.unicodeScalars.contains(where: { $0.value >= 0x0400 && (isCyrillic($0) || SyllabicScript(of: $0) != nil || isHalfWidthKana($0)) })
        else { return nil }
        // Half-width katakana, as some banks print holders, are the full-width ones.
        let name = written.unicodeScalars.contains(where: isHalfWidthKana) ? written.precomposedStringWithCompatibilityMapping : written
        let scalars = Array(name.unicodeScalars)
        let ukrainian = scalars.contains { "іїєґІЇЄҐ".unicodeScalars.contains($0) }
        let syllabicWords = name.split(whereSeparator: \.isWhitespace).filter { $0.unicodeScalars.contains { SyllabicScript(of: $0) != nil } }
        var out = ""
        var word: [Unicode.Scalar] = []
        var script = SyllabicScript.hangul
        func flushWord() {
            guard !word.isEmpty else { return }
            out += syllabicWords.count == 1 ? script.name(word) : capitalised(script.reading(word))
            word = []
        }
        for (index, scalar) in scalars.enumerated() {
            if let kind = SyllabicScript(of: scalar) {
                if kind != script { flushWord() }
                script = kind
                word.append(scalar)
                continue
            }
            flushWord()
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
        flushWord()
        return out
    }

    private static func isCyrillic(_ scalar: Unicode.Scalar) -> Bool { (0x0400...0x04FF).contains(scalar.value) }
    private static func isHalfWidthKana(_ scalar: Unicode.Scalar) -> Bool { (0xFF61...0xFF9F).contains(scalar.value) }

    static func capitalised(_ text: String) -> String { text.prefix(1).uppercased() + text.dropFirst() }

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
    private static let ukrainianLetters: [String: String] = ["г": "h", "и": "y", "й": "i"]
}
