/// A city an account can claim or live in, with its IANA zone and standard UTC offset.
struct Place: Sendable {
    let city: String
    let region: String?
    let timezone: String
    let offsetMinutes: Int
    let areaCode: String?
}

/// What the simulator knows about a country: cities, phone plan and the name pool its people draw from.
struct CountryProfile: Sendable {
    let code: String
    let places: [Place]
    let callingCode: String
    /// Leading digits of mobile numbers, after the trunk prefix.
    let mobilePrefixes: [String]
    /// Digits after the prefix.
    let restDigits: Int
    /// National trunk prefix (`0` in most of Europe, empty under NANP).
    let trunk: String
    let nameGroup: NameGroup

    static func p(_ city: String, _ region: String?, _ tz: String, _ offset: Int, _ area: String? = nil) -> Place {
        Place(city: city, region: region, timezone: tz, offsetMinutes: offset, areaCode: area)
    }
}

extension CountryProfile {
    /// Standard offsets only: daylight saving time is not modelled.
    static let all: [String: CountryProfile] = {
        let list: [CountryProfile] = [
            .init(code: "US", places: [
                p("New York", "NY", "America/New_York", -300, "212"), p("Austin", "TX", "America/Chicago", -360, "512"),
                p("Chicago", "IL", "America/Chicago", -360, "312"), p("Seattle", "WA", "America/Los_Angeles", -480, "206"),
                p("San Diego", "CA", "America/Los_Angeles", -480, "619"), p("Denver", "CO", "America/Denver", -420, "303"),
                p("Atlanta", "GA", "America/New_York", -300, "404"), p("Nashville", "TN", "America/Chicago", -360, "615"),
                p("Phoenix", "AZ", "America/Phoenix", -420, "602"), p("Columbus", "OH", "America/New_York", -300, "614"),
                p("Raleigh", "NC", "America/New_York", -300, "919"), p("Miami", "FL", "America/New_York", -300, "305"),
            ], callingCode: "1", mobilePrefixes: [""], restDigits: 7, trunk: "", nameGroup: .anglo),
            .init(code: "CA", places: [
                p("Toronto", "ON", "America/Toronto", -300, "416"), p("Vancouver", "BC", "America/Vancouver", -480, "604"),
                p("Montreal", "QC", "America/Toronto", -300, "514"), p("Calgary", "AB", "America/Edmonton", -420, "403"),
            ], callingCode: "1", mobilePrefixes: [""], restDigits: 7, trunk: "", nameGroup: .anglo),
            .init(code: "GB", places: [
                p("London", "England", "Europe/London", 0), p("Manchester", "England", "Europe/London", 0),
                p("Leeds", "England", "Europe/London", 0), p("Bristol", "England", "Europe/London", 0),
                p("Edinburgh", "Scotland", "Europe/London", 0),
            ], callingCode: "44", mobilePrefixes: ["74", "75", "77", "78", "79"], restDigits: 8, trunk: "0", nameGroup: .anglo),
            .init(code: "AU", places: [
                p("Sydney", "NSW", "Australia/Sydney", 600), p("Melbourne", "VIC", "Australia/Melbourne", 600),
                p("Brisbane", "QLD", "Australia/Brisbane", 600), p("Perth", "WA", "Australia/Perth", 480),
            ], callingCode: "61", mobilePrefixes: ["4"], restDigits: 8, trunk: "0", nameGroup: .anglo),
            .init(code: "NZ", places: [p("Auckland", nil, "Pacific/Auckland", 720)],
                  callingCode: "64", mobilePrefixes: ["21", "22", "27"], restDigits: 7, trunk: "0", nameGroup: .anglo),
            .init(code: "DE", places: [
                p("Berlin", "Berlin", "Europe/Berlin", 60), p("Munich", "Bavaria", "Europe/Berlin", 60),
                p("Hamburg", "Hamburg", "Europe/Berlin", 60), p("Cologne", "NRW", "Europe/Berlin", 60),
            ], callingCode: "49", mobilePrefixes: ["151", "160", "170", "176"], restDigits: 8, trunk: "0", nameGroup: .german),
            .init(code: "PL", places: [
                p("Warsaw", "Masovia", "Europe/Warsaw", 60), p("Kraków", "Lesser Poland", "Europe/Warsaw", 60),
                p("Wrocław", "Lower Silesia", "Europe/Warsaw", 60),
            ], callingCode: "48", mobilePrefixes: ["50", "60", "69", "79"], restDigits: 7, trunk: "", nameGroup: .polish),
            .init(code: "UA", places: [
                p("Kyiv", nil, "Europe/Kyiv", 120), p("Lviv", nil, "Europe/Kyiv", 120), p("Kharkiv", nil, "Europe/Kyiv", 120),
            ], callingCode: "380", mobilePrefixes: ["50", "67", "63", "97"], restDigits: 7, trunk: "0", nameGroup: .ukrainian),
            .init(code: "IN", places: [
                p("Bengaluru", "Karnataka", "Asia/Kolkata", 330), p("Pune", "Maharashtra", "Asia/Kolkata", 330),
                p("Hyderabad", "Telangana", "Asia/Kolkata", 330), p("Noida", "Uttar Pradesh", "Asia/Kolkata", 330),
            ], callingCode: "91", mobilePrefixes: ["98", "97", "88", "70", "63"], restDigits: 8, trunk: "0", nameGroup: .indian),
            .init(code: "PK", places: [
                p("Lahore", "Punjab", "Asia/Karachi", 300), p("Karachi", "Sindh", "Asia/Karachi", 300),
                p("Islamabad", nil, "Asia/Karachi", 300),
            ], callingCode: "92", mobilePrefixes: ["300", "321", "333", "345"], restDigits: 7, trunk: "0", nameGroup: .pakistani),
            .init(code: "PH", places: [
                p("Manila", "Metro Manila", "Asia/Manila", 480), p("Cebu City", "Cebu", "Asia/Manila", 480),
                p("Davao City", "Davao", "Asia/Manila", 480),
            ], callingCode: "63", mobilePrefixes: ["917", "927", "998", "905"], restDigits: 7, trunk: "0", nameGroup: .filipino),
            .init(code: "BR", places: [
                p("São Paulo", "SP", "America/Sao_Paulo", -180), p("Rio de Janeiro", "RJ", "America/Sao_Paulo", -180),
                p("Belo Horizonte", "MG", "America/Sao_Paulo", -180), p("Florianópolis", "SC", "America/Sao_Paulo", -180),
            ], callingCode: "55", mobilePrefixes: ["119", "219", "319", "489"], restDigits: 8, trunk: "0", nameGroup: .portuguese),
            .init(code: "AR", places: [
                p("Buenos Aires", nil, "America/Argentina/Buenos_Aires", -180),
                p("Córdoba", "Córdoba", "America/Argentina/Cordoba", -180), p("Rosario", "Santa Fe", "America/Argentina/Buenos_Aires", -180),
            ], callingCode: "54", mobilePrefixes: ["911", "9351", "9341"], restDigits: 7, trunk: "0", nameGroup: .spanish),
            .init(code: "MX", places: [p("Mexico City", "CDMX", "America/Mexico_City", -360)],
                  callingCode: "52", mobilePrefixes: ["155", "133"], restDigits: 7, trunk: "", nameGroup: .spanish),
            .init(code: "CO", places: [p("Medellín", "Antioquia", "America/Bogota", -300), p("Bogotá", nil, "America/Bogota", -300)],
                  callingCode: "57", mobilePrefixes: ["300", "310", "315"], restDigits: 7, trunk: "", nameGroup: .spanish),
            .init(code: "ES", places: [p("Barcelona", "Catalonia", "Europe/Madrid", 60), p("Madrid", nil, "Europe/Madrid", 60)],
                  callingCode: "34", mobilePrefixes: ["6"], restDigits: 8, trunk: "", nameGroup: .spanish),
            .init(code: "PT", places: [p("Lisbon", nil, "Europe/Lisbon", 0), p("Porto", nil, "Europe/Lisbon", 0)],
                  callingCode: "351", mobilePrefixes: ["91", "93", "96"], restDigits: 7, trunk: "", nameGroup: .portuguese),
            .init(code: "NG", places: [p("Lagos", "Lagos", "Africa/Lagos", 60), p("Abuja", "FCT", "Africa/Lagos", 60)],
                  callingCode: "234", mobilePrefixes: ["803", "806", "810", "703"], restDigits: 7, trunk: "0", nameGroup: .nigerian),
            .init(code: "KE", places: [p("Nairobi", nil, "Africa/Nairobi", 180), p("Mombasa", nil, "Africa/Nairobi", 180)],
                  callingCode: "254", mobilePrefixes: ["712", "722", "733"], restDigits: 6, trunk: "0", nameGroup: .kenyan),
            .init(code: "VN", places: [
                p("Ho Chi Minh City", nil, "Asia/Ho_Chi_Minh", 420), p("Hanoi", nil, "Asia/Bangkok", 420),
                p("Da Nang", nil, "Asia/Ho_Chi_Minh", 420),
            ], callingCode: "84", mobilePrefixes: ["90", "91", "98", "97"], restDigits: 7, trunk: "0", nameGroup: .vietnamese),
            .init(code: "ID", places: [
                p("Jakarta", "Jakarta", "Asia/Jakarta", 420), p("Bandung", "West Java", "Asia/Jakarta", 420),
                p("Denpasar", "Bali", "Asia/Makassar", 480),
            ], callingCode: "62", mobilePrefixes: ["812", "813", "857"], restDigits: 8, trunk: "0", nameGroup: .indonesian),
            .init(code: "EG", places: [p("Cairo", nil, "Africa/Cairo", 120), p("Alexandria", nil, "Africa/Cairo", 120)],
                  callingCode: "20", mobilePrefixes: ["10", "11", "12"], restDigits: 8, trunk: "0", nameGroup: .arabic),
            .init(code: "AE", places: [p("Dubai", nil, "Asia/Dubai", 240)],
                  callingCode: "971", mobilePrefixes: ["50", "55"], restDigits: 7, trunk: "0", nameGroup: .arabic),
            .init(code: "RS", places: [p("Belgrade", nil, "Europe/Belgrade", 60), p("Novi Sad", "Vojvodina", "Europe/Belgrade", 60)],
                  callingCode: "381", mobilePrefixes: ["60", "63", "64"], restDigits: 7, trunk: "0", nameGroup: .serbian),
            .init(code: "RO", places: [p("Bucharest", nil, "Europe/Bucharest", 120), p("Cluj-Napoca", "Cluj", "Europe/Bucharest", 120)],
                  callingCode: "40", mobilePrefixes: ["72", "74", "75"], restDigits: 7, trunk: "0", nameGroup: .romanian),
            .init(code: "FR", places: [p("Paris", "Île-de-France", "Europe/Paris", 60), p("Lyon", "Auvergne-Rhône-Alpes", "Europe/Paris", 60)],
                  callingCode: "33", mobilePrefixes: ["6", "7"], restDigits: 8, trunk: "0", nameGroup: .french),
            .init(code: "NL", places: [p("Amsterdam", "North Holland", "Europe/Amsterdam", 60)],
                  callingCode: "31", mobilePrefixes: ["6"], restDigits: 8, trunk: "0", nameGroup: .german),
            .init(code: "SE", places: [p("Stockholm", nil, "Europe/Stockholm", 60)],
                  callingCode: "46", mobilePrefixes: ["70", "72", "73"], restDigits: 7, trunk: "0", nameGroup: .german),
            .init(code: "IT", places: [p("Milan", "Lombardy", "Europe/Rome", 60)],
                  callingCode: "39", mobilePrefixes: ["33", "34", "35"], restDigits: 8, trunk: "", nameGroup: .spanish),
            .init(code: "TR", places: [p("Istanbul", nil, "Europe/Istanbul", 180)],
                  callingCode: "90", mobilePrefixes: ["53", "54"], restDigits: 8, trunk: "0", nameGroup: .turkish),
            .init(code: "GE", places: [p("Tbilisi", nil, "Asia/Tbilisi", 240)],
                  callingCode: "995", mobilePrefixes: ["5"], restDigits: 8, trunk: "", nameGroup: .anglo),
            .init(code: "TH", places: [p("Bangkok", nil, "Asia/Bangkok", 420), p("Chiang Mai", nil, "Asia/Bangkok", 420)],
                  callingCode: "66", mobilePrefixes: ["8", "9"], restDigits: 8, trunk: "0", nameGroup: .anglo),
            .init(code: "JP", places: [p("Tokyo", "Tokyo", "Asia/Tokyo", 540), p("Osaka", "Osaka", "Asia/Tokyo", 540)],
                  callingCode: "81", mobilePrefixes: ["90", "80", "70"], restDigits: 8, trunk: "0", nameGroup: .japanese),
            .init(code: "KR", places: [p("Seoul", nil, "Asia/Seoul", 540), p("Busan", nil, "Asia/Seoul", 540)],
                  callingCode: "82", mobilePrefixes: ["10"], restDigits: 8, trunk: "0", nameGroup: .korean),
            .init(code: "CN", places: [
                p("Shanghai", "Shanghai", "Asia/Shanghai", 480), p("Beijing", "Beijing", "Asia/Shanghai", 480),
                p("Shenzhen", "Guangdong", "Asia/Shanghai", 480), p("Chengdu", "Sichuan", "Asia/Shanghai", 480),
                p("Shenyang", "Liaoning", "Asia/Shanghai", 480), p("Dandong", "Liaoning", "Asia/Shanghai", 480),
            ], callingCode: "86", mobilePrefixes: ["138", "139", "150", "186"], restDigits: 8, trunk: "", nameGroup: .chinese),
            .init(code: "HK", places: [p("Hong Kong", nil, "Asia/Hong_Kong", 480)],
                  callingCode: "852", mobilePrefixes: ["5", "6", "9"], restDigits: 7, trunk: "", nameGroup: .chinese),
            .init(code: "SG", places: [p("Singapore", nil, "Asia/Singapore", 480)],
                  callingCode: "65", mobilePrefixes: ["8", "9"], restDigits: 7, trunk: "", nameGroup: .chinese),
            .init(code: "IL", places: [p("Tel Aviv", nil, "Asia/Jerusalem", 120)],
                  callingCode: "972", mobilePrefixes: ["50", "52", "54"], restDigits: 7, trunk: "0", nameGroup: .anglo),
            .init(code: "RU", places: [p("Moscow", nil, "Europe/Moscow", 180), p("Vladivostok", "Primorsky", "Asia/Vladivostok", 600)],
                  callingCode: "7", mobilePrefixes: ["916", "925", "903"], restDigits: 7, trunk: "8", nameGroup: .ukrainian),
        ]
        return Dictionary(uniqueKeysWithValues: list.map { ($0.code, $0) })
    }()

    static func of(_ code: String) -> CountryProfile { all[code] ?? all["US"]! }

    /// Where ordinary freelancers live, with relative weights.
    static let freelancerCountries: [(String, Double)] = [
        ("US", 14), ("GB", 5), ("DE", 3), ("PL", 4), ("UA", 6), ("IN", 12), ("PK", 7), ("PH", 7), ("BR", 4), ("AR", 3),
        ("NG", 3), ("KE", 2), ("VN", 3), ("ID", 3), ("EG", 3), ("RS", 3), ("CA", 4), ("AU", 3), ("FR", 2), ("RO", 2),
        ("MX", 2), ("CO", 1), ("ES", 1), ("PT", 1), ("JP", 1), ("KR", 1), ("TR", 1), ("NL", 1),
    ]

    /// Where the companies' applicants and employees live.
    static let employeeCountries: [(String, Double)] = [("US", 10), ("CA", 2), ("GB", 2), ("DE", 1), ("AU", 1)]

    /// Countries DPRK cells claim: rich, English-speaking or high-paying markets.
    static let dprkClaimed: [(String, Double)] = [("US", 12), ("CA", 3), ("GB", 2), ("AU", 1), ("JP", 1), ("SG", 1), ("PL", 1), ("UA", 1)]
}
