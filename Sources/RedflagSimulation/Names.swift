import Foundation

/// Pools of given and family names. Every account draws from the pool of its claimed country (plus
/// a share of diaspora names), whatever its label, so names never carry the answer.
enum NameGroup: Sendable, CaseIterable {
    case anglo, german, polish, ukrainian, indian, pakistani, filipino, portuguese, spanish, nigerian, kenyan
    case vietnamese, indonesian, arabic, serbian, romanian, french, turkish, japanese, korean, chinese

    var pools: (first: [String], last: [String]) {
        switch self {
        case .anglo: (["James", "Emily", "Daniel", "Sarah", "Michael", "Jessica", "Ryan", "Ashley", "Kevin", "Laura", "Brian",
                       "Megan", "Jason", "Rachel", "Eric", "Olivia", "Matthew", "Hannah", "Tyler", "Chloe", "Nathan", "Grace",
                       "Christopher", "Amanda", "Justin", "Lauren", "Andrew", "Nicole", "Joshua", "Samantha", "David", "Emma"],
                      ["Smith", "Johnson", "Brown", "Miller", "Walker", "Moore", "Taylor", "Anderson", "Harris", "Clark", "Lewis",
                       "Young", "Hall", "Allen", "Wright", "Scott", "Green", "Baker", "Adams", "Nelson", "Carter", "Mitchell",
                       "Turner", "Parker", "Collins", "Edwards", "Stewart", "Morris", "Murphy", "Cook", "Rogers", "Reed",
                       "Bailey", "Cooper", "Howard", "Ward", "Brooks", "Kelly", "Price", "Bennett", "Wood", "Ross", "Hughes"])
        case .german: (["Lukas", "Anna", "Felix", "Lea", "Jonas", "Marie", "Paul", "Laura", "Leon", "Sophie", "Tobias", "Jana"],
                       ["Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Meyer", "Wagner", "Becker", "Hoffmann", "Schulz", "Koch"])
        case .polish: (["Piotr", "Anna", "Krzysztof", "Katarzyna", "Tomasz", "Magdalena", "Michał", "Agnieszka", "Paweł", "Ewa"],
                       ["Nowak", "Kowalski", "Wiśniewski", "Wójcik", "Kamiński", "Lewandowski", "Zieliński", "Szymański"])
        case .ukrainian: (["Oleksandr", "Olena", "Andrii", "Iryna", "Dmytro", "Nataliia", "Serhii", "Yuliia", "Maksym", "Kateryna"],
                          ["Shevchenko", "Kovalenko", "Bondarenko", "Tkachenko", "Kravchenko", "Melnyk", "Boyko", "Oliynyk"])
        case .indian: (["Rahul", "Priya", "Amit", "Sneha", "Vikram", "Ananya", "Arjun", "Pooja", "Rohan", "Divya", "Karthik", "Neha"],
                       ["Sharma", "Patel", "Singh", "Kumar", "Gupta", "Reddy", "Iyer", "Nair", "Joshi", "Mehta", "Rao", "Verma"])
        case .pakistani: (["Ahmed", "Ayesha", "Bilal", "Fatima", "Usman", "Hina", "Hamza", "Sana", "Ali", "Zainab"],
                          ["Khan", "Malik", "Hussain", "Qureshi", "Sheikh", "Butt", "Chaudhry", "Raza"])
        case .filipino: (["Mark", "Maria", "John Paul", "Kristine", "Jericho", "Angelica", "Carlo", "Jasmine", "Paolo"],
                         ["Santos", "Reyes", "Cruz", "Bautista", "Garcia", "Mendoza", "Dela Cruz", "Villanueva", "Ramos"])
        case .portuguese: (["Lucas", "Ana", "Gabriel", "Beatriz", "Rafael", "Juliana", "Thiago", "Camila", "Pedro", "Larissa"],
                           ["Silva", "Santos", "Oliveira", "Souza", "Pereira", "Costa", "Almeida", "Ferreira", "Rodrigues"])
        case .spanish: (["Mateo", "Sofía", "Santiago", "Valentina", "Martín", "Camila", "Diego", "Lucía", "Javier", "Carolina"],
                        ["González", "Rodríguez", "Fernández", "López", "Martínez", "García", "Pérez", "Gómez", "Romero"])
        case .nigerian: (["Chinedu", "Ngozi", "Emeka", "Aisha", "Tunde", "Funmilayo", "Ibrahim", "Chiamaka", "Segun"],
                         ["Okafor", "Adeyemi", "Okonkwo", "Bello", "Eze", "Ogunleye", "Abubakar", "Nwosu"])
        case .kenyan: (["Brian", "Faith", "Kevin", "Mercy", "Dennis", "Wanjiru", "Collins", "Joy"],
                       ["Otieno", "Kamau", "Mwangi", "Ochieng", "Wanjiku", "Njoroge", "Kiptoo", "Mutua"])
        case .vietnamese: (["Minh", "Linh", "Huy", "Trang", "Duc", "Thao", "Quang", "Ngoc", "Tuan", "Lan"],
                           ["Nguyen", "Tran", "Le", "Pham", "Hoang", "Vu", "Dang", "Bui", "Do"])
        case .indonesian: (["Budi", "Siti", "Agus", "Dewi", "Rizky", "Putri", "Andi", "Ayu"],
                           ["Santoso", "Wijaya", "Saputra", "Hidayat", "Pratama", "Kusuma", "Nugroho"])
        case .arabic: (["Mohamed", "Nour", "Ahmed", "Mariam", "Omar", "Yasmin", "Mostafa", "Salma"],
                       ["Hassan", "Ibrahim", "Mahmoud", "Ali", "Abdelrahman", "Farouk", "Salem", "Mansour"])
        case .serbian: (["Nikola", "Jelena", "Marko", "Milica", "Stefan", "Ana", "Luka", "Jovana"],
                        ["Jovanović", "Petrović", "Nikolić", "Marković", "Đorđević", "Stojanović", "Ilić"])
        case .romanian: (["Andrei", "Ioana", "Mihai", "Elena", "Alexandru", "Maria"], ["Popescu", "Ionescu", "Popa", "Dumitru", "Stan"])
        case .french: (["Thomas", "Camille", "Hugo", "Manon", "Louis", "Chloé", "Julien", "Léa"],
                       ["Martin", "Bernard", "Dubois", "Robert", "Richard", "Petit", "Durand", "Moreau"])
        case .turkish: (["Emre", "Elif", "Burak", "Zeynep", "Mehmet", "Ayşe"], ["Yılmaz", "Kaya", "Demir", "Şahin", "Çelik", "Aydın"])
        case .japanese: (["Haruto", "Yui", "Sota", "Hina", "Ren", "Aoi", "Takumi", "Sakura", "Kenji", "Yuki"],
                         ["Sato", "Suzuki", "Takahashi", "Tanaka", "Watanabe", "Ito", "Yamamoto", "Nakamura"])
        case .korean: (["Min-jun", "Seo-yeon", "Ji-ho", "Ha-eun", "Joon", "Soo-ah", "Daniel", "Grace", "Kevin", "Jenny"],
                       ["Kim", "Lee", "Park", "Choi", "Jung", "Kang", "Cho", "Yoon", "Han"])
        case .chinese: (["Wei", "Fang", "Hao", "Jing", "Lei", "Xin", "Yang", "Mei", "Kevin", "Vivian", "Jason", "Amy"],
                        ["Wang", "Li", "Zhang", "Liu", "Chen", "Yang", "Zhao", "Huang", "Zhou", "Wu", "Lin"])
        }
    }

    /// Groups that appear as diaspora names in the US, Canada, Britain and Australia.
    static let diaspora: [NameGroup] = [.korean, .chinese, .indian, .spanish, .vietnamese, .filipino, .nigerian, .polish, .arabic, .japanese]
}

/// Name, contact details and claimed location of one account.
struct Identity: Sendable {
    var first: String
    var last: String
    var country: String
    var place: Place
    var email: String
    var phone: String

    var name: String { "\(first) \(last)" }

    /// Someone plausibly living in `country`.
    static func draw(country: String, _ rng: inout SeededGenerator, emailDomain: String? = nil) -> Identity {
        let profile = CountryProfile.of(country)
        var group = profile.nameGroup
        if ["US", "CA", "GB", "AU", "NZ"].contains(country), rng.chance(0.25) { group = rng.pick(NameGroup.diaspora) }
        let pools = group.pools
        let first = rng.pick(pools.first), last = rng.pick(pools.last)
        let place = rng.pick(profile.places)
        let email = Contact.email(first: first, last: last, domain: emailDomain ?? Contact.personalDomain(country, &rng), &rng)
        let phone = Contact.phone(country: country, place: place, &rng)
        return Identity(first: first, last: last, country: country, place: place, email: email, phone: phone)
    }
}

/// Email addresses and phone numbers in the shapes real sign-up forms collect.
enum Contact {
    static let disposableDomains = ["mailinator.com", "10minutemail.com", "guerrillamail.com", "sharklasers.com", "yopmail.com", "tempmail.dev"]

    static func personalDomain(_ country: String, _ rng: inout SeededGenerator) -> String {
        let local: [String: [String]] = [
            "DE": ["gmx.de", "web.de"], "FR": ["orange.fr", "free.fr"], "GB": ["btinternet.com", "yahoo.co.uk"],
            "PL": ["wp.pl", "o2.pl"], "UA": ["ukr.net", "i.ua"], "IN": ["yahoo.co.in", "rediffmail.com"],
            "JP": ["yahoo.co.jp"], "KR": ["naver.com"], "CN": ["qq.com", "163.com"], "RU": ["yandex.ru", "mail.ru"],
            "BR": ["hotmail.com", "uol.com.br"],
        ]
        let common = ["gmail.com", "gmail.com", "gmail.com", "outlook.com", "yahoo.com", "hotmail.com", "icloud.com", "proton.me"]
        if let extra = local[country], rng.chance(0.25) { return rng.pick(extra) }
        return rng.pick(common)
    }

    /// ASCII local part from a name: `dan.moore`, `danielmoore88`, `d.moore.dev`.
    static func email(first: String, last: String, domain: String, _ rng: inout SeededGenerator) -> String {
        let f = ascii(first), l = ascii(last)
        let number = String(rng.int(1...99))
        let year = String(rng.int(1975...2002))
        let shapes = ["\(f).\(l)", "\(f)\(l)\(number)", "\(f.prefix(1))\(l)", "\(f).\(l).dev", "\(f)_\(l)", "\(l)\(f.prefix(1))\(year)",
                      "\(f)\(year)", "\(f).\(l)\(number)"]
        return rng.pick(shapes) + "@" + domain
    }

    static func ascii(_ text: String) -> String {
        let folded = text.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil)
        let mapped = folded.unicodeScalars.compactMap { scalar -> Character? in
            switch scalar {
            case "a"..."z", "0"..."9": Character(scalar)
            case "đ": "d"
            case "ł": "l"
            case "ı": "i"
            default: nil
            }
        }
        return mapped.isEmpty ? "user" : String(mapped)
    }

    /// A mobile number in one of several common formats (E.164, spaced international, national).
    static func phone(country: String, place: Place?, _ rng: inout SeededGenerator) -> String {
        let profile = CountryProfile.of(country)
        if profile.callingCode == "1" {
            let area = place?.areaCode ?? rng.pick(["212", "415", "512", "646", "720"])
            let exchange = String(rng.int(201...989)), line = digits(4, &rng)
            switch rng.below(4) {
            case 0: return "+1\(area)\(exchange)\(line)"
            case 1: return "+1 \(area) \(exchange) \(line)"
            case 2: return "(\(area)) \(exchange)-\(line)"
            default: return "\(area)-\(exchange)-\(line)"
            }
        }
        let national = rng.pick(profile.mobilePrefixes) + digits(profile.restDigits, &rng)
        return format(callingCode: profile.callingCode, national: national, trunk: profile.trunk, &rng)
    }

    /// A VoIP number from a range libphonenumber classifies as VoIP (GB 56, CA 600, JP 50, NL 85).
    static func voip(_ rng: inout SeededGenerator) -> (country: String, phone: String) {
        switch rng.below(4) {
        case 0: return ("GB", format(callingCode: "44", national: "56" + digits(8, &rng), trunk: "0", &rng))
        case 1: return ("CA", "+1 600 \(rng.int(200...999)) \(digits(4, &rng))")
        case 2: return ("JP", format(callingCode: "81", national: "50" + String(rng.int(1...9)) + digits(7, &rng), trunk: "0", &rng))
        default: return ("NL", format(callingCode: "31", national: "85" + digits(7, &rng), trunk: "0", &rng))
        }
    }

    static func format(callingCode: String, national: String, trunk: String, _ rng: inout SeededGenerator) -> String {
        switch rng.below(3) {
        case 0: return "+\(callingCode)\(national)"
        case 1:
            var groups: [String] = []
            var rest = Substring(national)
            while !rest.isEmpty { groups.append(String(rest.prefix(rest.count > 4 ? 3 : 4))); rest = rest.dropFirst(rest.count > 4 ? 3 : 4) }
            return "+\(callingCode) " + groups.joined(separator: " ")
        default: return trunk.isEmpty ? "+\(callingCode) \(national)" : "\(trunk)\(national)"
        }
    }

    static func digits(_ count: Int, _ rng: inout SeededGenerator) -> String {
        String((0..<count).map { _ in Character(String(rng.below(10))) })
    }
}
