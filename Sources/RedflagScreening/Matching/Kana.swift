/// Hiragana and katakana read in passport Hepburn: `ヤマダ タロウ`, as a Japanese bank prints an
/// account holder, is `Yamada Taro`.
///
/// Each kana is its syllable (`シ` shi, `ツ` tsu, `ン` n); a small `ャ`, `ュ`, `ョ` joins the syllable
/// before it (`キョ` kyo, `ショ` sho), a small vowel replaces its vowel (`ティ` ti, `ファ` fa), a small
/// `ッ` doubles the next consonant (`ッチ` tchi), the long-vowel mark is dropped, and long `ou` and `uu`
/// are written `o` and `u`, as passports write them.
enum Kana {
    static func isKana(_ scalar: Unicode.Scalar) -> Bool {
        (0x3041...0x3096).contains(scalar.value) || (0x3099...0x309C).contains(scalar.value)
            || (0x30A1...0x30FA).contains(scalar.value) || scalar.value == 0x30FC
    }

    /// `run` with each kana followed by a voiced or semi-voiced sound mark written as the one kana
    /// (`タ` + `゙` is `ダ`): half-width katakana, as banks print them, keep the mark apart even in
    /// compatibility form.
    static func composingSoundMarks(_ run: some Collection<Unicode.Scalar>) -> [Unicode.Scalar] {
        var out: [Unicode.Scalar] = []
        for scalar in run {
            let voiced = scalar.value == 0x3099 || scalar.value == 0x309B
            let semiVoiced = scalar.value == 0x309A || scalar.value == 0x309C
            guard voiced || semiVoiced, let last = out.last else {
                out.append(scalar)
                continue
            }
            let base = (0x30A1...0x30FA).contains(last.value) ? last.value - 0x60 : last.value
            let offset: UInt32? = switch base {
            case 0x3046 where voiced: 0x3094 - 0x3046  // う → ゔ
            case 0x304B...0x3062 where voiced && base % 2 == 1, 0x3064...0x3069 where voiced && base % 2 == 0: 1
            case 0x306F...0x307D where base % 3 == 0x306F % 3: voiced ? 1 : 2
            default: nil
            }
            if let offset, let composed = Unicode.Scalar(last.value + offset) {
                out[out.count - 1] = composed
            }
        }
        return out
    }

    /// The reading of a run of kana, lower case.
    static func reading(_ run: some Collection<Unicode.Scalar>) -> String {
        var syllables: [String] = []
        var doubleNext = false
        for scalar in composingSoundMarks(run) {
            let hiragana = (0x30A1...0x30FA).contains(scalar.value) ? scalar.value - 0x60 : scalar.value
            guard let kana = Unicode.Scalar(hiragana).map(String.init) else { continue }
            if kana == "っ" { doubleNext = true; continue }
            if scalar.value == 0x30FC { continue }
            if let glide = smallGlides[kana], let last = syllables.last, last.hasSuffix("i"), last.count > 1 {
                let stem = String(last.dropLast())
                syllables[syllables.count - 1] = stem + (["sh", "ch", "j"].contains(stem) ? String(glide.dropFirst()) : glide)
                continue
            }
            if let vowel = smallVowels[kana], let last = syllables.last, let end = last.last, "aiueo".contains(end), last.count > 1 {
                syllables[syllables.count - 1] = String(last.dropLast()) + vowel
                continue
            }
            var syllable = syllablesByKana[kana] ?? smallGlides[kana] ?? smallVowels[kana] ?? ""
            if doubleNext, let first = syllable.first, !"aiueon".contains(first) {
                syllable = (syllable.hasPrefix("ch") ? "t" : String(first)) + syllable
            }
            doubleNext = false
            syllables.append(syllable)
        }
        return syllables.joined().replacingLongVowels()
    }

    private static let smallGlides: [String: String] = ["ゃ": "ya", "ゅ": "yu", "ょ": "yo"]
    private static let smallVowels: [String: String] = ["ぁ": "a", "ぃ": "i", "ぅ": "u", "ぇ": "e", "ぉ": "o"]
    private static let syllablesByKana: [String: String] = {
        let rows = [
            ("あいうえお", ["a", "i", "u", "e", "o"]), ("かきくけこ", ["ka", "ki", "ku", "ke", "ko"]),
            ("がぎぐげご", ["ga", "gi", "gu", "ge", "go"]), ("さしすせそ", ["sa", "shi", "su", "se", "so"]),
            ("ざじずぜぞ", ["za", "ji", "zu", "ze", "zo"]), ("たちつてと", ["ta", "chi", "tsu", "te", "to"]),
            ("だぢづでど", ["da", "ji", "zu", "de", "do"]), ("なにぬねの", ["na", "ni", "nu", "ne", "no"]),
            ("はひふへほ", ["ha", "hi", "fu", "he", "ho"]), ("ばびぶべぼ", ["ba", "bi", "bu", "be", "bo"]),
            ("ぱぴぷぺぽ", ["pa", "pi", "pu", "pe", "po"]), ("まみむめも", ["ma", "mi", "mu", "me", "mo"]),
            ("やゆよ", ["ya", "yu", "yo"]), ("らりるれろ", ["ra", "ri", "ru", "re", "ro"]),
            ("わゐゑをんゔ", ["wa", "i", "e", "o", "n", "vu"]),
        ]
        var table: [String: String] = [:]
        for (kana, readings) in rows {
            for (character, reading) in zip(kana, readings) { table[String(character)] = reading }
        }
        return table
    }()
}

private extension String {
    /// `ou` and `uu` as passports write them: `o`, `u`.
    func replacingLongVowels() -> String {
        var out = ""
        for character in self {
            if character == "u", let last = out.last, last == "o" || last == "u" { continue }
            out.append(character)
        }
        return out
    }
}
