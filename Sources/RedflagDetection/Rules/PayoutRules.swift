import RedflagPrimitives
import RedflagScreening

/// The payout holder's name is not the account holder's.
struct HolderMismatchRule: Rule {
    let metadata = RuleMetadata(
        id: "payout.holder_mismatch", title: "Paid to someone else",
        description: "The name on the payout instrument does not match the account's name (fuzzy, transliteration-aware comparison — a name written in Cyrillic, Hangul, Han characters or kana is read in Latin letters, `Марченко Ірина` as `Marchenko Iryna`; a holder written with initials, `É. Roy` for `Émilie Roy`, matches when its parts agree with the name's): earnings flow to a front person. Company holders are not counted, nor a holder who is another account of the account's registered agency (an agency is paid into its owner's account); a holder with the account's family name (a spouse's or a parent's account, common among honest freelancers), or the name of an account it lives with and shares the payout destination with (a household's joint account: the sharers live together, alone, as `payout.shared` reads it, at `home_share` and `max_household`), counts `family_share` of the weight.",
        sources: [Advisory.stateTreasuryFBI2022, Advisory.fbiPSA2025], family: .payout, strength: .moderate,
        parameters: ["min_similarity": 75, "family_share": 0.5, "home_share": 0.25, "max_household": 6]).workersOnly()

    func evaluate(_ account: AccountState, in population: Population, settings: RuleSettings) -> Finding? {
        guard let written = account.profile.name.value else { return nil }
        let name = Transliteration.latin(written) ?? written
        var mismatched: [String: (reading: String, evidence: Evidence)] = [:], compared = Set<String>()
        for payout in account.payouts.sorted() {
            guard let writtenHolder = payout.holder, compared.insert(writtenHolder).inserted else { continue }
            let holder = Transliteration.latin(writtenHolder) ?? writtenHolder
            guard !OrganisationName.contains(holder) else { continue }
            let similarity = NameSimilarity.score(name, holder)
            // The similarity ignores one-letter parts when longer ones exist, so a holder written with
            // initials (`É. Roy` for `Émilie Roy`) is compared part by part instead.
            guard similarity < settings["min_similarity"], !PersonNameAgreement.agrees(query: holder, listed: name) else { continue }
            let isOwner = population.isColleague(named: holder, of: account.id) { colleague, named in
                NameSimilarity.score(colleague, named) >= settings["min_similarity"]
            }
            if !isOwner { mismatched[writtenHolder] = (holder, payout.evidence.with("similarity", String(Int(similarity)))) }
        }
        guard !mismatched.isEmpty else { return nil }
        let family = Self.familyName(name)
        let relatives = family.map { family in mismatched.values.allSatisfy { Self.familyName($0.reading) == family } } ?? false
        let housemates = !relatives && areHousemates(mismatched.values.map(\.reading), of: account, in: population, settings: settings)
        let why = relatives ? ", who shares the family name," : housemates ? ", the name of an account it lives with and is paid with," : ""
        return finding(settings, intensity: (mismatched.count > 1 ? 1.3 : 1) * (relatives || housemates ? settings["family_share"] : 1),
            "payouts to \(listing(mismatched.keys.sorted().map { "\"\($0)\"" }))\(why) on an account named \"\(written)\"",
            mismatched.values.map(\.evidence))
    }

    /// Whether each of `holders` names an account that shares `account`'s payout destination, where all
    /// who share it live together, alone (``isHousehold(_:_:in:settings:)``): a household's joint account,
    /// in one partner's name.
    func areHousemates(_ holders: [String], of account: AccountState, in population: Population, settings: RuleSettings) -> Bool {
        let (partners, _) = sharedPartners(of: account, kinds: [.payoutDestination, .wallet], in: population)
        let partnerNames = partners.compactMap { population.claimedNames[$0] }
        let allNamed = holders.allSatisfy { holder in
            let holderName = Normalize.text(holder)
            return partnerNames.contains { NameSimilarity.score($0, holderName) >= settings["min_similarity"] }
        }
        return allNamed && isHousehold(account, partners, in: population, settings: settings)
    }

    /// The family name of a Western-order name: the part before a comma (`MOORE, Daniel`), else the
    /// last word; nil for a one-word name or an initial. (In East Asian order the family name comes
    /// first and is not recognised, so no discount applies.)
    static func familyName(_ name: String) -> String? {
        let part = name.firstIndex(of: ",").map { String(name[..<$0]) }
        let words = Normalize.text(part ?? name).split(separator: " ")
        guard let last = words.last, last.count >= 2, part != nil || words.count >= 2 else { return nil }
        return String(last)
    }
}

/// One payout destination or wallet used by several unrelated accounts.
struct SharedPayoutRule: Rule {
    let metadata = RuleMetadata(
        id: "payout.shared", title: "Payout destination shared with unrelated accounts",
        description: "One bank account, payout id or crypto wallet receives the pay of several accounts that are not of one registered agency. Accounts that live together, alone (the addresses they share — one, or several a line was given in turn — carry at least `home_share` of the sessions of each, and of no other account online there with them) — two, or up to `max_household` whose profiles all claim the one city — are what a family who freelance and hold a joint account look like, and count `household_share` of the weight; accounts that live apart, more than `max_household`, three or more who claim different cities, or an address that is home to others as well count in full.",
        sources: [Advisory.stateTreasuryFBI2022, Advisory.fbiPSA2025], family: .payout, strength: .strong,
        parameters: ["min_accounts": 2, "household_share": 0.4, "home_share": 0.25, "max_household": 6]).aboutSharing()

    func evaluate(_ account: AccountState, in population: Population, settings: RuleSettings) -> Finding? {
        let (partners, evidence) = sharedPartners(
            of: account, kinds: [.payoutDestination, .wallet], in: population, minimumAccounts: Int(settings["min_accounts"]))
        guard !partners.isEmpty else { return nil }
        return sharingFinding("payout destination", of: account, with: partners, evidence, in: population, settings: settings,
            intensity: 1, householdGuess: "a household's joint account?")
    }
}

/// Frequent changes of payout method or destination.
struct PayoutChurnRule: Rule {
    let metadata = RuleMetadata(
        id: "payout.churn", title: "Payout method keeps changing",
        description: "Three or more changes of payout method or destination within 90 days: money moved on before anyone looks.",
        sources: [Advisory.fbiPSA2025], family: .payout, strength: .moderate, parameters: ["min_changes": 3, "window_days": 90]).workersOnly()

    func evaluate(_ account: AccountState, in population: Population, settings: RuleSettings) -> Finding? {
        let ordered = account.payouts.filter { $0.destination != nil || $0.wallet != nil }.sorted()
        var changes: [PayoutRecord] = []
        for (previous, current) in zip(ordered, ordered.dropFirst()) where (previous.method, previous.destination ?? previous.wallet) != (current.method, current.destination ?? current.wallet) {
            changes.append(current)
        }
        let window = Int64(settings["window_days"]) * 86_400_000
        var best: ArraySlice<PayoutRecord> = []
        var start = 0
        for end in changes.indices {
            while changes[end].evidence.time.milliseconds - changes[start].evidence.time.milliseconds > window { start += 1 }
            if end - start + 1 > best.count { best = changes[start...end] }
        }
        guard best.count >= Int(settings["min_changes"]) else { return nil }
        return finding(settings, intensity: min(1.5, Double(best.count) / settings["min_changes"]),
            "\(best.count) payout method or destination changes within \(Int(settings["window_days"])) days", best.map(\.evidence))
    }
}

/// Payouts in cryptocurrency.
struct CryptoPayoutRule: Rule {
    let metadata = RuleMetadata(
        id: "payout.crypto", title: "Paid in cryptocurrency",
        description: "Payouts to crypto wallets, which DPRK IT workers use to move earnings. Weak alone.",
        sources: [Advisory.stateTreasuryFBI2022], family: .payout, strength: .weak).workersOnly()

    func evaluate(_ account: AccountState, in population: Population, settings: RuleSettings) -> Finding? {
        let crypto = account.payouts.filter { $0.method == "crypto" || $0.wallet != nil }
        guard !crypto.isEmpty else { return nil }
        return finding(settings, "\(crypto.count) payout\(crypto.count == 1 ? "" : "s") in cryptocurrency", crypto.map(\.evidence))
    }
}

/// Payout instrument in another country than the one claimed.
struct ForeignPayoutRule: Rule {
    let metadata = RuleMetadata(
        id: "payout.foreign", title: "Paid into another country",
        description: "The payout instrument is in a different country than the one the profile claimed at the time, and not in one the profile claimed as home at another time (a former home's bank account is not a foreign one).",
        sources: [Advisory.stateTreasuryFBI2022, Advisory.fbiROK2023], family: .location, strength: .moderate).workersOnly()

    func evaluate(_ account: AccountState, in population: Population, settings: RuleSettings) -> Finding? {
        let foreign = account.foreignPayouts
        guard !foreign.isEmpty, let claimed = account.claimedCountry else { return nil }
        let countries = Set(foreign.compactMap(\.country?.code)).sorted()
        return finding(settings, "\(foreign.count) payout\(foreign.count == 1 ? "" : "s") to \(listing(countries)) while the profile says \(claimed.code)", foreign.map(\.evidence))
    }
}
