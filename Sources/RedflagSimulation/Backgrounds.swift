import Foundation

/// Schools and employers that profiles list, and the front companies DPRK cells name.
enum Backgrounds {
    static let schools: [String: [String]] = [
        "US": ["University of Texas at Austin", "Ohio State University", "Georgia Institute of Technology", "Arizona State University",
               "University of Washington", "Purdue University", "Rutgers University"],
        "CA": ["University of Toronto", "University of British Columbia", "University of Waterloo"],
        "GB": ["University of Manchester", "University of Leeds", "King's College London", "University of Edinburgh"],
        "AU": ["University of Sydney", "Monash University", "University of Queensland"],
        "DE": ["TU München", "RWTH Aachen", "Humboldt-Universität zu Berlin"],
        "PL": ["Warsaw University of Technology", "AGH University of Krakow"],
        "UA": ["Kyiv Polytechnic Institute", "Lviv Polytechnic National University"],
        "IN": ["Anna University", "VIT Vellore", "University of Pune", "IIT Bombay"],
        "PK": ["FAST-NUCES", "University of the Punjab", "COMSATS University"],
        "PH": ["University of the Philippines Diliman", "Ateneo de Manila University"],
        "BR": ["Universidade de São Paulo", "UNICAMP"], "AR": ["Universidad de Buenos Aires"],
        "NG": ["University of Lagos", "Obafemi Awolowo University"], "KE": ["University of Nairobi"],
        "VN": ["Hanoi University of Science and Technology"], "ID": ["Institut Teknologi Bandung"],
        "EG": ["Cairo University"], "RS": ["University of Belgrade"], "JP": ["Waseda University"], "KR": ["Yonsei University"],
        "CN": ["Zhejiang University", "Fudan University", "Sichuan University"],
    ]

    static func school(_ country: String, _ rng: inout SeededGenerator) -> (institution: String, country: String, degree: String) {
        let degree = rng.pick(["BSc Computer Science", "BEng Software Engineering", "BSc Information Technology", "MSc Computer Science",
                               "BA Graphic Design", "BSc Mathematics"])
        if let list = schools[country] { return (rng.pick(list), country, degree) }
        let place = rng.pick(CountryProfile.of(country).places)
        return ("University of \(place.city)", country, degree)
    }

    static let employers: [(String, String)] = [
        ("Accenture", "accenture.com"), ("EPAM Systems", "epam.com"), ("Infosys", "infosys.com"), ("Globant", "globant.com"),
        ("SAP", "sap.com"), ("Shopify", "shopify.com"), ("Capgemini", "capgemini.com"), ("Wipro", "wipro.com"),
        ("Deloitte", "deloitte.com"), ("IBM", "ibm.com"), ("Oracle", "oracle.com"), ("Luxoft", "luxoft.com"),
        ("SoftServe", "softserve.com"), ("Andela", "andela.com"), ("Tata Consultancy Services", "tcs.com"), ("Cognizant", "cognizant.com"),
    ]

    static func employers(_ country: String, count: Int, _ rng: inout SeededGenerator) -> [(company: String, domain: String, country: String)] {
        (0..<count).map { _ in
            let (company, domain) = rng.pick(employers)
            return (company, domain, country)
        }
    }

    /// Front companies named in the October 2023 US seizure of DPRK IT-worker domains (the brief's examples).
    static let seizedFronts: [(String, String)] = [
        ("Yanbian Silverstar Network Technology", "silverstarchina.com"), ("Eden Program", "edenprogram.com"),
        ("Xinlu Soft", "xinlusoft.com"),
    ]
}

/// Proposal and message texts: varied for honest accounts, shared templates inside a DPRK cell.
enum Texts {
    static let openers = ["Hi,", "Hello!", "Hi there,", "Good day,", "Hey,", "Dear client,"]
    static let skills = ["React", "Node.js", "Go", "Python", "Django", "Flutter", "iOS", "Android", "Solidity", "Laravel", "Vue", "AWS",
                         "Shopify", "WordPress", "data pipelines", "Stripe integrations", "Figma designs", "Unity"]
    static let middles = ["I read your brief carefully and", "I have done very similar work before and", "this looks like a good fit:",
                          "I just finished a project like this and", "quick note:", "after looking at your repo,"]
    static let offers = ["can start this week.", "can deliver a first version in five days.", "would suggest we start with a short call.",
                         "have a couple of questions about the API.", "can share two examples from my portfolio.",
                         "would split this into three milestones."]

    static func honestProposal(_ rng: inout SeededGenerator) -> String {
        "\(rng.pick(openers)) \(rng.pick(middles)) I work with \(rng.pick(skills)) and \(rng.pick(skills)) and \(rng.pick(offers))"
    }

    /// A cell's template; members send it with small edits.
    static func template(_ rng: inout SeededGenerator) -> String {
        let bodies = [
            "Hello, I am a senior full stack developer with 8+ years of experience in {skill} and {skill2}. I have read your job post and I am confident I can complete it perfectly on time. Let's discuss details. I am available to start right now.",
            "Dear Hiring Manager, I am very interested in your project. As an experienced {skill} engineer I built many similar applications for US clients. I can work in your time zone 40+ hours per week. Looking forward to hearing from you.",
            "Hi, I have rich experience in {skill} / {skill2} and blockchain. I can finish your task with high quality and fast delivery. Please check my profile. Thanks, best regards.",
        ]
        return rng.pick(bodies)
    }

    static func fill(_ template: String, _ rng: inout SeededGenerator) -> String {
        var text = template.replacingOccurrences(of: "{skill}", with: rng.pick(skills))
        text = text.replacingOccurrences(of: "{skill2}", with: rng.pick(skills))
        if rng.chance(0.3) { text = text.replacingOccurrences(of: "Hello,", with: "Hi,") }
        if rng.chance(0.3) { text += " Thank you." }
        return text
    }

    static let honestMessages = [
        "Thanks! Happy to keep everything here on the platform.", "I pushed the changes, please have a look when you can.",
        "Could you share access to the staging server?", "Quick update: the API part is done, working on the UI now.",
        "Sure, a Zoom call on Thursday works for me.", "I've sent the invoice for this milestone.",
        "Sorry for the delay, I was travelling yesterday.", "Can you confirm the deadline is still Friday?",
    ]

    static func offPlatform(handle: String, _ rng: inout SeededGenerator) -> String {
        rng.pick([
            "For faster communication please add me on Telegram: @\(handle)",
            "Can we move to WhatsApp? It is easier for me. My number is in my profile.",
            "Let's talk on Skype: live:.cid.\(handle)",
            "Please contact me on Discord \(handle)#\(String(1000 + handle.count * 37 % 9000)) so we can discuss more.",
            "The platform fee is high. Can you pay me directly by USDT or bank transfer outside? I will give you discount.",
            "My account has some payment problem, could you send the payment to my friend's PayPal instead?",
        ])
    }
}
