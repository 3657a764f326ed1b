/// Small helpers for writing inline SVG by hand.
enum SVG {
    static func escape(_ text: String) -> String {
        var result = ""
        for character in text {
            switch character {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&#39;"
            default: result.append(character)
            }
        }
        return result
    }

    static func number(_ value: Double) -> String { String((value * 10).rounded() / 10) }

    /// A stable colour for a label (a country code), from a fixed palette.
    static func colour(for label: String) -> String {
        let palette = ["#d1495b", "#edae49", "#00798c", "#30638e", "#8f2d56", "#6a4c93", "#f28482", "#84a59d", "#b5838d", "#e07a5f"]
        let hash = label.unicodeScalars.reduce(UInt32(5381)) { ($0 &* 33) ^ $1.value }
        return palette[Int(hash % UInt32(palette.count))]
    }
}
