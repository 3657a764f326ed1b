/// A script whose characters are syllables, names family name first: Hangul and Han characters, whose
/// names are written together, and kana, whose names a space splits. ``Transliteration`` reads runs of them.
enum SyllabicScript: Equatable {
    case hangul
    case han
    case kana

    init?(of scalar: Unicode.Scalar) {
        switch scalar.value {
        case 0xAC00...0xD7A3: self = .hangul
        case 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xF900...0xFAFF: self = .han
        default:
            guard Kana.isKana(scalar) else { return nil }
            self = .kana
        }
    }

    /// The syllables read one after another, lower case (`은지` eunji, `俊杰` junjie).
    func reading(_ syllables: some Collection<Unicode.Scalar>) -> String {
        switch self {
        case .hangul: syllables.map(Self.hangulReading).joined()
        case .han: syllables.map { HanReadings.bundled.reading(of: $0) ?? "" }.joined()
        case .kana: Kana.reading(syllables)
        }
    }

    /// A whole name written together: the family name, capitalised, then the given name.
    func name(_ syllables: [Unicode.Scalar]) -> String {
        guard syllables.count >= 2, self != .kana else { return Transliteration.capitalised(reading(syllables)) }
        let firstTwo = String(String.UnicodeScalarView(syllables.prefix(2)))
        let familyLength = syllables.count >= 3 && compoundFamilyNames.contains(firstTwo) ? 2 : 1
        let family = String(String.UnicodeScalarView(syllables.prefix(familyLength)))
        let familyLatin = familySpellings[family] ?? reading(syllables.prefix(familyLength))
        return Transliteration.capitalised(familyLatin) + " " + Transliteration.capitalised(reading(syllables.dropFirst(familyLength)))
    }

    /// One Hangul syllable in the Revised Romanisation, from its initial, medial and final letters.
    private static func hangulReading(_ scalar: Unicode.Scalar) -> String {
        let index = Int(scalar.value) - 0xAC00
        return initials[index / (21 * 28)] + medials[(index / 28) % 21] + finals[index % 28]
    }

    private var compoundFamilyNames: Set<String> {
        switch self {
        case .kana: []
        case .hangul: ["남궁", "선우", "제갈", "황보"]
        case .han: ["欧阳", "歐陽", "司马", "司馬", "诸葛", "諸葛", "上官", "东方", "東方", "皇甫", "令狐", "慕容", "尉迟", "尉遲", "司徒",
                    "夏侯", "公孙", "公孫", "长孙", "長孫", "宇文", "端木", "独孤", "獨孤"]
        }
    }

    /// Family names as their bearers write them, where that is not the characters' common reading.
    private var familySpellings: [String: String] {
        switch self {
        case .kana: [:]
        case .hangul: ["이": "lee", "권": "kwon", "노": "noh", "우": "woo", "곽": "kwak", "구": "koo"]
        case .han: ["曾": "zeng", "单": "shan", "單": "shan", "解": "xie", "区": "ou", "區": "ou", "朴": "piao", "查": "zha", "仇": "qiu",
                    "盖": "ge", "缪": "miao", "繆": "miao", "覃": "qin", "乐": "yue", "樂": "yue", "翟": "zhai", "种": "chong", "召": "shao"]
        }
    }

    private static let initials = ["g", "kk", "n", "d", "tt", "r", "m", "b", "pp", "s", "ss", "", "j", "jj", "ch", "k", "t", "p", "h"]
    private static let medials = ["a", "ae", "ya", "yae", "eo", "e", "yeo", "ye", "o", "wa", "wae", "oe", "yo", "u", "wo", "we", "wi",
                                  "yu", "eu", "ui", "i"]
    private static let finals = ["", "k", "k", "k", "n", "n", "n", "t", "l", "k", "m", "p", "t", "t", "p", "t", "m", "p", "p", "t", "t",
                                 "ng", "t", "t", "k", "t", "p", "t"]
}
