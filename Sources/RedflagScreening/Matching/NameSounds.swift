/// The consonants of a name part by how they sound, to tell spellings of one name from other names
/// that Jaro–Winkler finds as close.
///
/// Transliterations and spellings of one name change its vowels and swap consonants that sound
/// alike (`Mohammed` ~ `Muhammad`, `Alexander` ~ `Aleksandr`, `Yusuf` ~ `Youssef`, `Stephen` ~
/// `Steven`, `Chol` ~ `Cheol`), while other names a few letters apart add, drop or change a
/// consonant (`Veronica` ~ `Monica`, `Rafael` ~ `Raul`, `Sean` ~ `Sven`, `Carlos` ~ `Carla`) — and
/// Jaro–Winkler scores both kinds 0.80–0.90. A part's *sound code* keeps only its consonants, each
/// as its class (the groups of Soundex: `BFPV`, `CGJKQSXZ`, `DT`, `L`, `MN`, `R`), drops vowels, `H`,
/// and `W` or `J` after a vowel (`Shawn`, `Andrej`), writes a run of one class once (`mn`, `dt`) — of
/// the broad `CGJKQSXZ` only a doubled letter or a two-letter spelling of one sound (`ss`, `ck`, `ks` =
/// `x`) — and reads `DJ` as `J` and `TCH` as `CH`. Where writings of one name disagree on a consonant
/// the part has several codes: an initial `J` or `Y` before a vowel is a consonant or nothing
/// (`Yevgeny` ~ `Evgeny`, `Jusuf` ~ `Yusuf`, `Jun` ~ `Chun`); an initial `R` or `L` before `Y` or `I`
/// may be dropped (`Ryong` ~ `Yong`, as South Korea writes it); a final `NG` may be written `N` (`Sang`
/// ~ `San`, as Russian writes Korean and Chinese syllables); and `G`, but for the `G` of `NG`, may be
/// the `H` of a Ukrainian spelling (`Ihor` ~ `Igor`, `Olha` ~ `Olga`). A code marks a word that starts
/// with a vowel, or whose initial glide is read as nothing, so such words are alike only each other.
public enum NameSounds {
    /// A consonant class, or a letter that makes no sound of its own here.
    private enum Sound: Equatable {
        case consonant(UInt8)
        case vowel
        case silent
    }

    /// Whether two words, as written (case, marks and punctuation as ``NameNormalizer`` reads them), sound
    /// alike: `Sobaeksu` ~ `Sobaeksoo`, not `BlueLabs` ~ `Bluegas`.
    public static func alike(_ a: String, _ b: String) -> Bool {
        alike(Array(NameNormalizer.unfoldedTokenBytes(a).joined()), Array(NameNormalizer.unfoldedTokenBytes(b).joined()))
    }

    /// Whether some code of `a` is some code of `b`. Parts with anything but the letters A–Z have no
    /// code and are alike by this measure.
    static func alike(_ a: [UInt8], _ b: [UInt8]) -> Bool {
        guard let codesOfA = codes(a), let codesOfB = codes(b) else { return true }
        return codesOfA.contains { codesOfB.contains($0) }
    }

    /// Every code of an upper-case part, or nil when it holds anything but A–Z.
    static func codes(_ part: [UInt8]) -> [[UInt8]]? {
        guard !part.isEmpty, part.allSatisfy({ (0x41...0x5A).contains($0) }) else { return nil }
        var readings: [[UInt8]] = [part]
        if part.count > 2, part[0] == 0x52 || part[0] == 0x4C, part[1] == 0x59 || part[1] == 0x49 {
            readings.append(Array(part.dropFirst()))
        }
        if part.count > 3, part.last == 0x47, part[part.count - 2] == 0x4E {
            readings.append(Array(part.dropLast()))  // a final `NG` written `N`, as Russian writes Korean and Chinese: `Сан` for Sang
        }
        if part.contains(0x47) {
            // A `G` that is not the end of `NG` may be the `H` of a Ukrainian spelling.
            readings += readings.map { reading in
                reading.indices.map { reading[$0] == 0x47 && ($0 == 0 || reading[$0 - 1] != 0x4E) ? 0x48 : reading[$0] }
            }
        }
        var codes: [[UInt8]] = []
        for reading in readings {
            let glideLeads = reading.count > 1 && (reading[0] == 0x4A || reading[0] == 0x59) && isVowel(reading[1])
            codes.append(code(reading, glideSounds: true))
            if glideLeads { codes.append(code(reading, glideSounds: false)) }
        }
        return codes
    }

    /// The code of one reading; `glideSounds` says whether an initial `J` or `Y` before a vowel is a
    /// consonant.
    private static func code(_ letters: [UInt8], glideSounds: Bool) -> [UInt8] {
        var code: [UInt8] = []
        var previous: (kind: UInt8, letter: UInt8)? = nil
        for index in letters.indices {
            let sound = sound(letters, at: index, glideSounds: glideSounds)
            if index == 0, sound == .vowel { code.append(vowelStart) }
            switch sound {
            case .consonant(let kind):
                if let previous, previous.kind == kind, kind != 2 || writeOneSound(previous.letter, letters[index]) { break }
                code.append(kind)
                previous = (kind, letters[index])
            case .vowel:
                previous = nil
            case .silent:
                break
            }
        }
        return code
    }

    /// The first element of the code of a word that starts with a vowel, so that a word whose initial
    /// glide is read as nothing (`Yevgeny` as `Evgeny`) is alike only words that start with a vowel:
    /// `Jason` read as `Ason` is not `Juan`.
    private static let vowelStart: UInt8 = 0

    /// Two consonants of the broad class of `C G J K Q S X Z` in a row that are one sound: a doubled
    /// letter, or a spelling of `k`, `x` or `s` in two letters (`ck`, `ks`, `sc`) — not two sounds
    /// (`Jongsu` is not `Jong`). Other classes write a run once, as Soundex does (`mn`, `dt`).
    private static func writeOneSound(_ first: UInt8, _ second: UInt8) -> Bool {
        first == second || oneSoundPairs.contains(UInt16(first) << 8 | UInt16(second))
    }

    private static let oneSoundPairs: Set<UInt16> = Set(["CK", "CQ", "KS", "CS", "SC", "SZ", "ZS"].map { pair in
        let bytes = Array(pair.utf8)
        return UInt16(bytes[0]) << 8 | UInt16(bytes[1])
    })

    private static func sound(_ letters: [UInt8], at index: Int, glideSounds: Bool) -> Sound {
        let letter = letters[index]
        let next = index + 1 < letters.count ? letters[index + 1] : nil
        let afterVowel = index > 0 && isVowel(letters[index - 1])
        switch letter {
        case 0x41, 0x45, 0x49, 0x4F, 0x55: return .vowel
        case 0x59: return index == 0 && glideSounds && next.map(isVowel) == true ? .consonant(2) : .vowel  // Y
        case 0x48: return .silent  // H
        case 0x57: return afterVowel ? .vowel : .consonant(1)  // W
        case 0x4A:  // J
            if index == 0, next.map(isVowel) == true { return glideSounds ? .consonant(2) : .vowel }
            return afterVowel && next.map(isVowel) != true ? .vowel : .consonant(2)
        case 0x44 where next == 0x4A: return .silent  // DJ
        case 0x54 where next == 0x43 && index + 2 < letters.count && letters[index + 2] == 0x48: return .silent  // TCH
        case 0x42, 0x46, 0x50, 0x56: return .consonant(1)
        case 0x43, 0x47, 0x4B, 0x51, 0x53, 0x58, 0x5A: return .consonant(2)
        case 0x44, 0x54: return .consonant(3)
        case 0x4C: return .consonant(4)
        case 0x4D, 0x4E: return .consonant(5)
        default: return .consonant(6)  // R
        }
    }

    private static func isVowel(_ letter: UInt8) -> Bool {
        letter == 0x41 || letter == 0x45 || letter == 0x49 || letter == 0x4F || letter == 0x55 || letter == 0x59
    }
}
