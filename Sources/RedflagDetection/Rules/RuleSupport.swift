import RedflagPrimitives

extension Rule {
    /// A finding of this rule with the weight scaled by `intensity` (1 = as configured); a rule about
    /// sharing names the accounts it shares with in `sharedWith`.
    func finding(
        _ settings: RuleSettings, intensity: Double = 1, _ summary: String, _ evidence: [Evidence], sharedWith: [String] = []
    ) -> Finding {
        Finding(
            rule: metadata.id, family: metadata.family, weight: (settings.weight * intensity * 100).rounded() / 100,
            summary: summary, evidence: evidence.bounded(), sharedWith: sharedWith.sorted())
    }

    /// The finding of a rule about what `account` shares with `partners`: "`subject` also used by" them,
    /// at `intensity` for one partner and 1.2 for more — or, when they live with it, alone
    /// (``isHousehold(_:_:in:settings:)``), at the rule's `household_share` of `intensity`, the summary
    /// saying so and what the sharing may then be (`householdGuess`).
    func sharingFinding(
        _ subject: String, of account: AccountState, with partners: [String], _ evidence: [Evidence], in population: Population,
        settings: RuleSettings, intensity: Double, householdGuess: String
    ) -> Finding {
        let usedBy = "\(subject) also used by \(accountsPhrase(partners))"
        guard isHousehold(account, partners, in: population, settings: settings) else {
            return finding(settings, intensity: partners.count >= 2 ? 1.2 : intensity, usedBy, evidence, sharedWith: partners)
        }
        let who = partners.count == 1 ? "shares" : "share"
        return finding(settings, intensity: intensity * settings["household_share"],
            "\(usedBy), who \(who) its home address (\(householdGuess))", evidence, sharedWith: partners)
    }
}

/// The accounts that share an identifier of `kinds` with `account`, and for each shared value
/// the account's first use of it (noting the partners), keeping values shared by at least
/// `minimumAccounts` accounts in all. Registered-agency colleagues are left out unless
/// `includingRelated`.
func sharedPartners(
    of account: AccountState, kinds: Set<Identifier.Kind>, in population: Population, minimumAccounts: Int = 2,
    includingRelated: Bool = false
) -> (partners: [String], evidence: [Evidence]) {
    var partners = Set<String>(), evidence: [Evidence] = []
    for (identifier, use) in account.identifiers where kinds.contains(identifier.kind) {
        let others = includingRelated
            ? population.others(sharing: identifier, with: account.id)
            : population.unrelatedOthers(sharing: identifier, with: account.id)
        guard !others.isEmpty, others.count + 1 >= minimumAccounts else { continue }
        partners.formUnion(others)
        evidence.append(use.first.with("shared_with", listing(others)))
    }
    return (partners.sorted(), evidence)
}

/// Whether the accounts sharing with `account` live with it, alone (``Population/formAHousehold(_:_:minimumShare:largest:)``
/// at the rule's `home_share` and `max_household`, 0 for any number): a couple's joint account or a
/// family computer, which the sharing rules count at their `household_share`.
func isHousehold(_ account: AccountState, _ partners: [String], in population: Population, settings: RuleSettings) -> Bool {
    let largest = settings["max_household"] > 0 ? Int(settings["max_household"]) : Int.max
    return population.formAHousehold(account, partners, minimumShare: settings["home_share"], largest: largest)
}

/// "KR, CN and 2 more" for summaries.
func listing(_ items: [String], limit: Int = 3) -> String {
    guard items.count > limit else { return items.joined(separator: ", ") }
    return items.prefix(limit).joined(separator: ", ") + " and \(items.count - limit) more"
}

/// "3 other accounts (a, b, c)".
func accountsPhrase(_ accounts: [String]) -> String {
    "\(accounts.count) other account\(accounts.count == 1 ? "" : "s") (\(listing(accounts)))"
}

/// Start of a UTC day as a timestamp.
func startOfDay(_ day: Int) -> Timestamp { Timestamp(milliseconds: Int64(day) * 86_400_000) }
