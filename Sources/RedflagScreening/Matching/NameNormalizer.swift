import Foundation

/// Turns a person's or organisation's name into comparable tokens.
///
/// Upper-cases, strips diacritics, deletes apostrophes and full stops (`O'BRIEN` → `OBRIEN`,
/// `J.P.` → `JP`), splits on every other non-alphanumeric character (commas, hyphens, spaces),
/// and folds common Korean romanisation variants of surnames (Gim → KIM, Lee/Yi → RI,
/// Park/Bak → PAK, Jung/Chong → JONG, Choi → CHOE, Oh → O, Yu/Yoo → RYU, …) to one spelling —
/// only in the first and the last token, where a surname stands (`KIM Jong Un`, `KIM, Jong Un`,
/// `Jong Un Kim`). A syllable inside a given name is not a surname: folding the `jun` of `Min-jun`
/// into `CHON` made `Min-jun Cho` score 94 against `MYONG, Chol Min`.
public enum NameNormalizer {
    /// The normalised tokens of `name`, in their original order.
    public static func tokens(_ name: String) -> [String] {
        tokenBytes(name).map { String(decoding: $0, as: UTF8.self) }
    }

    /// The tokens as UTF-8 bytes (ASCII for Latin-script names), the form the matcher works on.
    static func tokenBytes(_ name: String) -> [[UInt8]] {
        foldingSurnames(unfoldedTokenBytes(name))
    }

    /// The tokens as UTF-8 bytes with no surname folded (the ASCII path when the name allows it).
    static func unfoldedTokenBytes(_ name: String) -> [[UInt8]] {
        asciiTokenBytes(name) ?? unicodeTokenBytes(name)
    }

    /// `tokens` with the first and the last folded to their surname spelling.
    static func foldingSurnames(_ tokens: [[UInt8]]) -> [[UInt8]] {
        var tokens = tokens
        func fold(_ index: Int) {
            if let folded = romanisationFolds[tokens[index]] { tokens[index] = folded }
        }
        if !tokens.isEmpty { fold(0) }
        if tokens.count > 1 { fold(tokens.count - 1) }
        return tokens
    }

    /// The general path: compatibility decomposition, upper case, marks dropped, then split (surnames
    /// not yet folded).
    static func unicodeTokenBytes(_ name: String) -> [[UInt8]] {
        var tokens: [[UInt8]] = []
        var current = String.UnicodeScalarView()
        func flush() {
            if !current.isEmpty {
                let token = Array(String(current).utf8)
                tokens.append(token)
                current.removeAll()
            }
        }
        let decomposed = name.decomposedStringWithCompatibilityMapping.uppercased()
        for scalar in decomposed.unicodeScalars {
            let properties = scalar.properties
            if properties.generalCategory == .nonspacingMark || properties.generalCategory == .enclosingMark {
                continue
            }
            if deleted.contains(scalar) { continue }
            if properties.isAlphabetic || properties.numericType != nil {
                current.append(scalar)
            } else {
                flush()
            }
        }
        flush()
        return tokens
    }

    /// The same tokens for an all-ASCII name without Unicode processing (ASCII has no decompositions,
    /// no marks, and only A–Z, a–z and 0–9 are alphabetic or numeric); nil when `name` is not ASCII.
    /// Surnames are not yet folded.
    static func asciiTokenBytes(_ name: String) -> [[UInt8]]? {
        var name = name
        return name.withUTF8 { bytes -> [[UInt8]]? in
            var tokens: [[UInt8]] = []
            var current: [UInt8] = []
            func flush() {
                if !current.isEmpty {
                    tokens.append(current)
                    current.removeAll(keepingCapacity: true)
                }
            }
            for byte in bytes {
                switch byte {
                case 0x41...0x5A, 0x30...0x39: current.append(byte)
                case 0x61...0x7A: current.append(byte - 0x20)
                case 0x27, 0x2E, 0x60: continue
                case 0x80...: return nil
                default: flush()
                }
            }
            flush()
            return tokens
        }
    }

    private static let deleted: Set<Unicode.Scalar> = ["'", "\u{2019}", "\u{2018}", "`", "\u{02BC}", "\u{02BB}", ".", "\u{00B4}"]

    /// Romanisation variants of Korean surnames (McCune–Reischauer, Revised Romanisation, South Korean
    /// passport spellings) mapped to the spelling OFAC and the UN most often use for DPRK nationals.
    static let romanisationGroups: [(String, [String])] = [
        ("KIM", ["GIM"]),
        ("RI", ["LEE", "YI", "RHEE", "LI", "RHI", "RYI"]),
        ("PAK", ["PARK", "BAK", "PAEK", "BAEK", "PAIK"]),
        ("JONG", ["CHONG", "JUNG", "JEONG", "CHUNG", "CHEONG", "JOUNG"]),
        ("CHOE", ["CHOI", "CHOY", "CHOEH"]),
        ("O", ["OH"]),
        ("RYU", ["YU", "YOO", "RYOO", "YOU"]),
        ("JO", ["CHO", "JOE"]),
        ("SON", ["SOHN"]),
        ("RIM", ["LIM", "IM", "YIM"]),
        ("RYANG", ["YANG"]),
        ("SIN", ["SHIN"]),
        ("KANG", ["GANG"]),
        ("KO", ["GO", "KOH"]),
        ("KU", ["GU", "KOO"]),
        ("RO", ["ROH", "NOH"]),
        ("HWANG", ["HOANG"]),
        ("MUN", ["MOON"]),
        ("HYON", ["HYUN", "HYEON"]),
        ("RYOM", ["YEOM", "YOM"]),
        ("CHON", ["JEON", "CHUN", "JUN"]),
        ("MYONG", ["MYUNG", "MYEONG"]),
        ("PYON", ["BYUN", "BYEON"]),
        ("YUN", ["YOON"]),
        ("SO", ["SEO", "SUH"]),
        ("PAE", ["BAE"]),
        ("HO", ["HEO", "HUH"]),
        ("JU", ["CHU", "JOO"]),
        ("OM", ["EOM", "UM"]),
    ]

    static let romanisationFolds: [[UInt8]: [UInt8]] = {
        var table: [[UInt8]: [UInt8]] = [:]
        for (canonical, variants) in romanisationGroups {
            for variant in variants { table[Array(variant.utf8)] = Array(canonical.utf8) }
        }
        return table
    }()
}
