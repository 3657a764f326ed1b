import Foundation
import RedflagScreening

/// Canonical forms of names, addresses and contact points, so that variants compare equal.
public enum Normalize {
    /// Lower case, diacritics folded, punctuation to spaces, runs of space collapsed.
    public static func text(_ value: String) -> String {
        value.utf8.allSatisfy({ $0 < 0x80 }) ? asciiText(value) : foldedText(value)
    }

    /// ``text(_:)`` through Foundation's folding, for any script.
    static func foldedText(_ value: String) -> String {
        let folded = value.folding(options: [.diacriticInsensitive, .caseInsensitive, .widthInsensitive], locale: nil)
        var result = ""
        result.reserveCapacity(folded.utf8.count)
        var pendingSpace = false
        for scalar in folded.unicodeScalars {
            if CharacterSet.alphanumerics.contains(scalar) {
                if pendingSpace && !result.isEmpty { result.append(" ") }
                pendingSpace = false
                result.unicodeScalars.append(scalar)
            } else {
                pendingSpace = true
            }
        }
        return result
    }

    /// ``text(_:)`` for ASCII input, without Foundation's folding (most names and addresses in a
    /// feed are ASCII, and folding dominated the cost of normalising them).
    static func asciiText(_ value: String) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(value.utf8.count)
        var pendingSpace = false
        for var byte in value.utf8 {
            let isLetter = (byte | 0x20) >= UInt8(ascii: "a") && (byte | 0x20) <= UInt8(ascii: "z")
            guard isLetter || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")) else {
                pendingSpace = true
                continue
            }
            if isLetter { byte |= 0x20 }
            if pendingSpace && !bytes.isEmpty { bytes.append(UInt8(ascii: " ")) }
            pendingSpace = false
            bytes.append(byte)
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// A person's name as sorted tokens, so `KIM, Sang Man` and `Sang Man Kim` agree — read in Latin
    /// letters when written in another script (``Transliteration``), so `Марченко Ірина` and `Iryna
    /// Marchenko` do too.
    public static func personName(_ value: String) -> String {
        text(Transliteration.latin(value) ?? value).split(separator: " ").sorted().joined(separator: " ")
    }

    /// Digits of a phone number with a leading `+` when it had one (or `00`): the fallback when
    /// the number does not parse.
    public static func phoneDigits(_ value: String) -> String {
        let trimmed = value.trimmingCharacters(in: .whitespaces)
        var digits = trimmed.filter { $0.isASCII && $0.isNumber }
        if trimmed.hasPrefix("00") {
            digits.removeFirst(2)
            return "+" + digits
        }
        return trimmed.hasPrefix("+") ? "+" + digits : digits
    }

    private static let streetTypes: [String: String] = [
        "street": "st", "str": "st", "avenue": "ave", "av": "ave", "boulevard": "blvd", "road": "rd", "drive": "dr",
        "lane": "ln", "court": "ct", "place": "pl", "terrace": "ter", "parkway": "pkwy", "highway": "hwy",
        "circle": "cir", "square": "sq", "trail": "trl", "way": "way", "north": "n", "south": "s", "east": "e",
        "west": "w", "northeast": "ne", "northwest": "nw", "southeast": "se", "southwest": "sw",
    ]
    private static let unitWords: Set<String> = ["apt", "apartment", "unit", "suite", "ste", "no", "number", "flat", "rm", "room", "fl", "floor"]

    /// One string per deliverable address: case and punctuation folded, street types and
    /// directions abbreviated, unit words (`Apt`, `#`, `Suite`) reduced to the unit number, the
    /// postal code cut to its first five characters. Different units stay different.
    public static func address(line1: String, line2: String?, city: String, postal: String?, country: String) -> String {
        var tokens: [String] = []
        var unit: String?
        let lineText = (line1 + " " + (line2 ?? "")).replacingOccurrences(of: "#", with: " unit ")
        let words = text(lineText).split(separator: " ").map(String.init)
        var index = 0
        while index < words.count {
            let word = words[index]
            if unitWords.contains(word), index + 1 < words.count {
                unit = words[index + 1]
                index += 2
                continue
            }
            tokens.append(streetTypes[word] ?? word)
            index += 1
        }
        let postalCode = postal.map { String(text($0).replacingOccurrences(of: " ", with: "").prefix(5)) } ?? ""
        var parts = [tokens.joined(separator: " ")]
        if let unit { parts.append("unit \(unit)") }
        parts.append(text(city))
        parts.append(postalCode)
        parts.append(country.lowercased())
        return parts.joined(separator: "|")
    }
}
