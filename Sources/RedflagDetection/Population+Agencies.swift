/// Who is expected to share things: accounts of one registered agency, and accounts without a profile
/// presumed of one (``Population/presumedAgencies(shared:agencies:known:)``).
extension Population {
    /// Whether two accounts are expected to share things: the same registered (or presumed) agency.
    public func related(_ a: String, _ b: String) -> Bool {
        guard let agencyA = agencies[a] ?? presumedAgencies[a], let agencyB = agencies[b] ?? presumedAgencies[b] else { return false }
        return agencyA == agencyB
    }

    /// What ties an account to an organisation: the instruments it is paid into and the machines it
    /// works on. (Addresses do not: a home line can get an office's address from a dynamic pool.)
    static let membershipKinds: Set<Identifier.Kind> = [.payoutDestination, .payoutHolder, .wallet, .device]

    /// The agency of each account without any profile event that shares a payout instrument or a
    /// device with members of one registered agency and with no account of a profile outside it: a
    /// staff member whose profile the feed did not carry. An account the data says nothing about is
    /// not presumed into an agency by an address, nor into one whose instruments outsiders also use.
    static func presumedAgencies(shared: [Identifier: [String]], agencies: [String: String], known: Set<String>) -> [String: String] {
        var presumed: [String: String] = [:]
        var ruledOut = Set<String>()
        for (identifier, sharers) in shared where membershipKinds.contains(identifier.kind) {
            let unknown = sharers.filter { !known.contains($0) }
            let agenciesOfKnown = Set(sharers.filter(known.contains).map { agencies[$0] })
            guard !unknown.isEmpty, !agenciesOfKnown.isEmpty else { continue }
            let explaining = agenciesOfKnown.count == 1 ? agenciesOfKnown.first! : nil
            for account in unknown where !ruledOut.contains(account) {
                if let explaining, presumed[account, default: explaining] == explaining {
                    presumed[account] = explaining
                } else {
                    ruledOut.insert(account)
                    presumed[account] = nil
                }
            }
        }
        return presumed
    }

    /// Whether `name` is the name of another account of `account`'s registered agency, by `isSameName`
    /// (compared in ``Normalize/text(_:)`` form): an agency is paid into its owner's account, so its
    /// members' earnings go to a colleague.
    public func isColleague(named name: String, of account: String, isSameName: (String, String) -> Bool) -> Bool {
        guard let agency = agencies[account] else { return false }
        let holder = Normalize.text(name)
        return (agencyMembers[agency] ?? []).contains { member in
            member != account && claimedNames[member].map { isSameName($0, holder) } == true
        }
    }

    /// Accounts sharing `identifier` with `account` that are not of its registered agency.
    public func unrelatedOthers(sharing identifier: Identifier, with account: String) -> [String] {
        others(sharing: identifier, with: account).filter { !related(account, $0) }
    }
}
