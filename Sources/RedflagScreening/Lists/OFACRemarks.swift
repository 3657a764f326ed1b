import RedflagPrimitives

/// What the free-text `Remarks` field of an OFAC SDN record says, item by item (`;`-separated).
struct OFACRemarks: Sendable, Hashable {
    var aliases: [String] = []
    var birthDates: [String] = []
    var nationalities: [CountryCode] = []
    var wallets: [SanctionsEntry.Wallet] = []
    var emails: [String] = []
    var domains: [String] = []
    var documentNumbers: [String] = []

    init(_ remarks: String) {
        for rawItem in remarks.split(separator: ";") {
            var item = rawItem.trimmingCharacters(in: " .")
            if item.hasPrefix("alt. ") { item = String(item.dropFirst(5)) }
            if item.hasPrefix("a.k.a. ") || item.hasPrefix("f.k.a. ") || item.hasPrefix("n.k.a. ") {
                let name = item.dropFirst(7).trimmingCharacters(in: " '")
                if !name.isEmpty { aliases.append(name) }
            } else if item.hasPrefix("DOB ") {
                birthDates.append(String(item.dropFirst(4)))
            } else if item.hasPrefix("nationality ") || item.hasPrefix("citizen ") {
                let country = item.drop(while: { $0 != " " }).trimmingCharacters(in: " ")
                if let code = CountryNames.code(for: country) { nationalities.append(code) }
            } else if item.hasPrefix("Digital Currency Address - ") {
                let rest = item.dropFirst("Digital Currency Address - ".count).split(separator: " ", maxSplits: 1)
                if rest.count == 2 {
                    wallets.append(.init(currency: String(rest[0]), address: rest[1].trimmingCharacters(in: " ")))
                }
            } else if item.hasPrefix("Email Address ") {
                emails.append(item.dropFirst("Email Address ".count).trimmingCharacters(in: " ").lowercased())
            } else if item.hasPrefix("Website ") {
                let site = item.dropFirst("Website ".count).trimmingCharacters(in: " ")
                if let domain = Identifiers.domain(fromURL: site) { domains.append(domain) }
            } else if let number = OFACRemarks.documentNumber(item) {
                documentNumbers.append(number)
            }
        }
    }

    private static let documentPrefixes = [
        "Passport ", "National ID No ", "National ID No. ", "Identification Number ", "Tax ID No ", "Tax ID No. ",
        "Cedula No ", "Cedula No. ", "Registration Number ", "Residency Number ", "Personal ID Card ",
    ]

    static func documentNumber(_ item: String) -> String? {
        for prefix in documentPrefixes where item.hasPrefix(prefix) {
            let rest = item.dropFirst(prefix.count)
            let number = rest.split(separator: " ").first.map(String.init) ?? ""
            return number.isEmpty ? nil : number
        }
        return nil
    }
}

extension StringProtocol {
    func trimmingCharacters(in set: String) -> String {
        let chars = Set(set)
        var s = Substring(self)
        while let f = s.first, chars.contains(f) { s = s.dropFirst() }
        while let l = s.last, chars.contains(l) { s = s.dropLast() }
        return String(s)
    }
}
