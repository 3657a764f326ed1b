import RedflagPrimitives
import RedflagScreening

/// Turns screening hits on an account's names, employers, contact points, wallets, domains and
/// addresses into `sanctions.*` and `indicator.*` findings, which are reported apart from the score.
enum ScreeningFindings {
    /// The findings for one account; `scratch` (from `Screener.makeScratch()`) is reused across accounts.
    static func findings(for account: AccountState, screener: Screener, scratch: inout NameIndex.Scratch) -> [Finding] {
        var query = ScreeningQuery()
        var names = Set<String>()
        if let name = account.profile.name.value { names.insert(name) }
        names.formUnion(account.payouts.compactMap(\.holder))
        names.formUnion(account.hiring.documents.compactMap(\.name))
        // The lists write names in Latin letters; a name in another script is screened as read in them too (Transliteration).
        var written: [String: String] = [:]
        for name in names { if let reading = Transliteration.latin(name) { written[reading] = name } }
        query.names = names.union(written.keys).sorted()
        query.emails = account.profile.email.value.map { [$0] } ?? []
        query.wallets = Set(account.payouts.compactMap(\.wallet)).sorted()
        var domains = Set(account.hiring.references.compactMap(\.domain))
        domains.formUnion(account.profile.employment.value?.compactMap(\.domain) ?? [])
        if let email = account.profile.email.value, let at = email.lastIndex(of: "@") {
            domains.insert(String(email[email.index(after: at)...]))
        }
        query.domains = domains.map { $0.lowercased() }.sorted()
        query.country = account.claimedCountry
        var hits = screener.screen(query, scratch: &scratch).filter { isSpecific($0) && comparesLikeWithLike($0, isClient: account.isClient) }
            .map { AccountHit(hit: $0) }
        let employers = employersNamed(by: account)
        if !employers.isEmpty {
            hits += screener.screen(ScreeningQuery(names: employers), scratch: &scratch)
                .filter { isDPRKOrganisation($0) && OrganisationName.sameOrganisation($0.query, $0.matchedName ?? $0.entryName) }
                .map { AccountHit(hit: $0, isEmployer: true) }
        }
        for address in account.network.addresses.keys.sorted() { hits += screener.screen(address: address).map { AccountHit(hit: $0) } }
        var byRule: [String: [AccountHit]] = [:]
        for found in hits {
            let prefix = found.hit.isIndicator ? "indicator" : "sanctions"
            byRule["\(prefix).\(found.hit.kind == .name ? "name" : "identifier")", default: []].append(found)
        }
        return byRule.map { rule, hits in
            let sorted = hits.sorted { ($0.hit.score, $1.hit.entryName) > ($1.hit.score, $0.hit.entryName) }
            let best = sorted[0].hit
            let programs = best.programs.isEmpty ? "" : " [\(best.programs.joined(separator: ", "))]"
            let summary = best.kind == .identifier
                ? "\(best.query) is listed on \(best.list): \(best.entryName)\(programs)"
                : "\(sorted[0].isEmployer ? "employer " : "")\"\(best.query)\"\(written[best.query].map { " (written \"\($0)\")" } ?? "") matches \(best.list) entry \"\(best.entryName)\"\(programs) at \(Int(best.score))"
            let evidence = sorted.prefix(Evidence.limit).map { found -> Evidence in
                let hit = found.hit
                var facts = [Fact("list", hit.list), Fact("entry", hit.entryID), Fact("name", hit.entryName), Fact("query", hit.query),
                    Fact("score", String(Int(hit.score)))]
                if let original = written[hit.query] { facts.append(Fact("written", original)) }
                if found.isEmployer { facts.append(Fact("field", "employer")) }
                if !hit.programs.isEmpty { facts.append(Fact("programs", hit.programs.joined(separator: ","))) }
                if !hit.matchedTokens.isEmpty { facts.append(Fact("matched", hit.matchedTokens.joined(separator: " "))) }
                if let source = hit.source { facts.append(Fact("source", source)) }
                return Evidence(time: account.firstSeen ?? Timestamp(milliseconds: 0), eventID: "screening:\(hit.list):\(hit.entryID)", account: account.id, facts: facts)
            }
            let family: EvidenceFamily = rule.hasPrefix("indicator") ? .indicator : .sanctions
            let weight = best.kind == .identifier ? 5.0 : (best.score / 20 * 100).rounded() / 100
            return Finding(rule: rule, family: family, weight: weight, summary: summary, evidence: Array(evidence))
        }
    }

    /// The employers and schools an account names: its profile's employment history and the institutions
    /// its reference checks asked. An IT worker's résumé gives a team away when it lists the front company
    /// the team works for.
    static func employersNamed(by account: AccountState) -> [String] {
        var names = Set(account.profile.employment.value?.map(\.company) ?? [])
        names.formUnion(account.hiring.references.compactMap(\.institution))
        return names.filter { !$0.isEmpty }.sorted()
    }

    /// Whether an employer's hit is an organisation on a DPRK programme or a DPRK indicator (its name
    /// must then be the organisation's, ``OrganisationName/sameOrganisation(_:_:)``). Having
    /// worked for a company sanctioned for another reason — a Russian bank, an Iranian airline — says
    /// nothing about who runs an account, and employing such a former employee breaks no sanction.
    static func isDPRKOrganisation(_ hit: ScreeningHit) -> Bool {
        guard hit.kind == .name, hit.entryKind == .entity || hit.entryKind == .unknown else { return false }
        return hit.isIndicator || hit.programs.contains { $0.uppercased().hasPrefix("DPRK") }
    }

    /// A hit and whether it was on an employer's name rather than the account's own names or identifiers.
    struct AccountHit {
        var hit: ScreeningHit
        var isEmployer = false
    }

    /// Whether a name hit compares like with like: a person's name — on a worker's profile, a document or
    /// a payout instrument, without an organisation's words (``OrganisationName``) — with a listed
    /// person; an organisation's name, or any name of a client account, with any entry. North Korean
    /// ships carry common Korean words (`HWA SONG`, `TAE DONG GANG`): matched against them, a person's
    /// name would be reported for the language it is in, not for who the person is.
    static func comparesLikeWithLike(_ hit: ScreeningHit, isClient: Bool) -> Bool {
        guard hit.kind == .name, !isClient, !OrganisationName.contains(hit.query) else { return true }
        return hit.entryKind == .individual || hit.entryKind == .unknown
    }

    /// A name hit on a listed person must agree part by part (``PersonNameAgreement``): family name
    /// with family name, given name with given name — `Santiago Martínez` resembles `Sang` and `Man`,
    /// not Kim; `In-chul Kim` is not `KIM, Yong Chol`; `Kim Se Un` is `KIM, Se Un`, two-letter parts
    /// and all. Other hits must rest on more than one shared name part when both names have several:
    /// a shared family name alone (Kim, Jung, Li) says nothing about who a person is, and reporting it
    /// would single out people by the origin of their name. Of the parts matched, at least one must be
    /// distinctive (``OrganisationName/distinctiveParts(of:)``), and two when both names have two: legal
    /// forms, trades and places (`Technology Co., Ltd.`, `Trading`, `China`) are shared by companies that
    /// have nothing else in common. And each distinctive part of the query must be spelled alike in the
    /// listed name (``OrganisationName/partsSpelledAlike(of:in:)``): `Blue Point LLC` is not `BLUEFINS`.
    static func isSpecific(_ hit: ScreeningHit) -> Bool {
        guard hit.kind == .name else { return true }
        if hit.isIndividual, let listed = hit.matchedName { return PersonNameAgreement.agrees(query: hit.query, listed: listed) }
        let queryParts = Normalize.text(hit.query).split(separator: " ").count
        let entryParts = Normalize.text(hit.entryName).split(separator: " ").count
        guard min(queryParts, entryParts) < 2 || hit.matchedTokens.count >= 2 else { return false }
        let matchedDistinctive = hit.matchedTokens.filter { !OrganisationName.isDescriptive(Substring($0.lowercased())) }.count
        let needed = min(2, OrganisationName.distinctiveParts(of: hit.query).count, OrganisationName.distinctiveParts(of: hit.entryName).count)
        return matchedDistinctive >= max(1, needed) && OrganisationName.partsSpelledAlike(of: hit.query, in: hit.matchedName ?? hit.entryName)
    }
}
