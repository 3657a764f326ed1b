import RedflagPrimitives

/// Equipment for several unrelated accounts shipped to one address.
struct SharedShippingAddressRule: Rule {
    let metadata = RuleMetadata(
        id: "shipping.shared_address", title: "Shipping address shared with unrelated accounts",
        description: "Company laptops for several accounts that are not of one registered agency go to one (normalised) address: a laptop farm. Accounts that live together, alone (the addresses they share — one, or several a line was given in turn — carry at least `home_share` of the sessions of each, and of no other account online there with them) — two, or up to `max_household` whose profiles all claim the one city — are a family who both work remotely, and count `household_share` of the weight.",
        sources: [Advisory.fbiPSA2024, Advisory.fbiPSA2025, Advisory.mandiant2024], family: .shipping, strength: .strong,
        parameters: ["min_accounts": 2, "household_share": 0.4, "home_share": 0.25, "max_household": 6]).aboutSharing()

    func evaluate(_ account: AccountState, in population: Population, settings: RuleSettings) -> Finding? {
        let (partners, evidence) = sharedPartners(
            of: account, kinds: [.shippingAddress], in: population, minimumAccounts: Int(settings["min_accounts"]))
        guard !partners.isEmpty else { return nil }
        return sharingFinding("equipment shipped to an address", of: account, with: partners, evidence, in: population, settings: settings,
            intensity: 0.8, householdGuess: "a household?")
    }
}

/// Shipping outside the claimed city or country, to PO boxes or to freight forwarders.
struct ShippingMismatchRule: Rule {
    static let forwarderWords = ["forwarder", "forwarding", "reship", "shipito", "myus", "planet express", "stackry", "borderlinx", "usgobuy", "ship7", "viabox", "parcel locker", "mail drop", "mailbox etc", "ups store", "the ups store"]
    let metadata = RuleMetadata(
        id: "shipping.mismatch", title: "Equipment shipped elsewhere",
        description: "A shipment goes outside the claimed country or city, to a PO box or to a parcel forwarder: the worker is not where the profile says. Shipments only to another country or city are that one fact — where the worker is — and count in the `location` family with the sessions and payouts abroad; a PO box or forwarder hides where the worker is and counts apart.",
        sources: [Advisory.fbiPSA2024, Advisory.fbiPSA2025], family: .shipping, strength: .moderate)

    func evaluate(_ account: AccountState, in population: Population, settings: RuleSettings) -> Finding? {
        var reasons: [String] = [], evidence: [Evidence] = []
        var onlyCity = true, onlyElsewhere = true
        for shipment in account.shipments.sorted() {
            let line = Normalize.text(shipment.line1)
            if line.range(of: #"\b(p o box|po box|pob|post office box|pmb|private mailbox)\b"#, options: .regularExpression) != nil {
                reasons.append("PO box"); evidence.append(shipment.evidence); onlyCity = false; onlyElsewhere = false
            } else if Self.forwarderWords.contains(where: line.contains) {
                reasons.append("parcel forwarder"); evidence.append(shipment.evidence); onlyCity = false; onlyElsewhere = false
            } else if let claimed = account.profile.claimedCountry(at: shipment.evidence.time), shipment.country != claimed {
                reasons.append("\(shipment.country.code) instead of \(claimed.code)"); evidence.append(shipment.evidence); onlyCity = false
            } else if let city = account.profile.city.value, Normalize.text(city) != Normalize.text(shipment.city) {
                reasons.append("\(shipment.city) instead of \(city)"); evidence.append(shipment.evidence.with("claimed_city", city))
            }
        }
        guard !reasons.isEmpty else { return nil }
        var result = finding(settings, intensity: onlyCity ? 0.5 : 1, "shipment to \(listing(Array(Set(reasons)).sorted()))", evidence)
        if onlyElsewhere { result.family = .location }
        return result
    }
}
