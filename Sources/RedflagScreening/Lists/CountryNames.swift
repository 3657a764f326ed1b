import RedflagPrimitives

/// Maps the country names the sanctions lists write (`Korea, North`, `Democratic People's Republic
/// of Korea`, `Russia`) to ISO codes.
enum CountryNames {
    static func code(for name: String) -> CountryCode? {
        let key = normalise(name)
        if key.isEmpty { return nil }
        if let code = table[key] { return code }
        if key.count == 2, let code = CountryCode(key.uppercased()) { return code }
        return nil
    }

    static func normalise(_ s: String) -> String {
        NameNormalizer.tokens(s).joined(separator: " ")
    }

    private static let aliases: [(String, String)] = [
        ("KP", "Korea, North"), ("KP", "North Korea"), ("KP", "Democratic People's Republic of Korea"),
        ("KP", "DPRK"), ("KP", "Korea, Democratic People's Republic of"), ("KP", "Korean"),
        ("KR", "Korea, South"), ("KR", "South Korea"), ("KR", "Republic of Korea"), ("KR", "Korea"),
        ("RU", "Russian Federation"), ("RU", "Russia"), ("CN", "China"), ("CN", "Chinese"),
        ("IR", "Iran (Islamic Republic of)"), ("IR", "Iran, Islamic Republic of"), ("SY", "Syrian Arab Republic"),
        ("GB", "United Kingdom"), ("GB", "United Kingdom of Great Britain and Northern Ireland"),
        ("US", "United States"), ("US", "United States of America"), ("MM", "Burma"), ("MM", "Myanmar"),
        ("CD", "Congo, Democratic Republic of the"), ("CD", "Democratic Republic of the Congo"),
        ("CG", "Congo, Republic of the"), ("CG", "Congo"), ("VN", "Vietnam"), ("VN", "Viet Nam"),
        ("LA", "Laos"), ("LA", "Lao People's Democratic Republic"), ("TZ", "Tanzania"),
        ("TZ", "United Republic of Tanzania"), ("VE", "Venezuela"), ("BO", "Bolivia"), ("MD", "Moldova"),
        ("MK", "North Macedonia"), ("CZ", "Czechia"), ("CI", "Cote d'Ivoire"), ("TR", "Turkiye"),
        ("PS", "West Bank"), ("PS", "Palestinian"), ("PS", "State of Palestine"), ("AE", "United Arab Emirates"),
        ("SA", "Saudi Arabia"), ("AF", "Afghanistan"), ("IQ", "Iraq"), ("LY", "Libya"), ("BY", "Belarus"),
        ("UA", "Ukraine"), ("HK", "Hong Kong"), ("TW", "Taiwan"), ("MO", "Macau"), ("MO", "Macao"),
        ("KN", "Saint Kitts and Nevis"), ("VC", "Saint Vincent and the Grenadines"), ("LC", "Saint Lucia"),
        ("BA", "Bosnia and Herzegovina"), ("TT", "Trinidad and Tobago"), ("AG", "Antigua and Barbuda"),
        ("ST", "Sao Tome and Principe"), ("CF", "Central African Republic"), ("SS", "South Sudan"),
        ("GM", "The Gambia"), ("BS", "The Bahamas"), ("VG", "British Virgin Islands"),
    ]

    private static let table: [String: CountryCode] = {
        var t: [String: CountryCode] = [:]
        for code in CountryCode.all { t[normalise(code.name)] = code }
        for (code, name) in aliases { if let c = CountryCode(code) { t[normalise(name)] = c } }
        return t
    }()
}
