import RedflagPrimitives
import RedflagScreening

/// Video declined or camera off in interviews.
struct InterviewNoVideoRule: Rule {
    let metadata = RuleMetadata(
        id: "interview.no_video", title: "Avoids being seen",
        description: "The candidate declined video or kept the camera off. Weak alone (bandwidth, privacy), stronger when repeated.",
        sources: [Advisory.fbiPSA2025, Advisory.mandiant2024], family: .hiring, strength: .weak)

    func evaluate(_ account: AccountState, in population: Population, settings: RuleSettings) -> Finding? {
        let avoided = account.hiring.interviews.filter { $0.video == false || $0.camera == false }
        guard !avoided.isEmpty else { return nil }
        return finding(settings, intensity: avoided.count > 1 ? 1.5 : 1,
            "\(avoided.count) of \(account.hiring.interviews.count) interviews without video or with the camera off", avoided.map(\.evidence))
    }
}

/// Interviewer observations: face mismatch, scripted answers, lag.
struct InterviewFlagsRule: Rule {
    static let strongFlags: Set<String> = ["face_mismatch", "deepfake", "different_person", "proxy_interviewee"]
    /// Observations about the connection or the circumstances of the call rather than who the person is:
    /// common on honest calls (a noisy home, nerves, a late start, a broken camera), so each counts half a
    /// flag, and alone they stay a weak signal. What the advisories describe is about identity and
    /// deception — a face that does not match, answers read out or prompted, another voice, a refusal to
    /// show identification, a background hiding the room — and counts in full, as does any flag not named here.
    static let circumstanceFlags: Set<String> = [
        "lagging_video", "poor_audio", "audio_issues", "poor_connection", "connection_issues", "connection_dropped",
        "low_video_quality", "frozen_video", "background_noise", "nervous", "late", "late_join", "camera_broken", "audio_only",
    ]
    let metadata = RuleMetadata(
        id: "interview.flags", title: "Interviewer saw warning signs",
        description: "Interviewers recorded a face that does not match the documents, answers read from a script, filtered video, or someone else answering. Connection problems and the circumstances of a call (lagging video, poor audio, background noise, nerves, a late start, a broken camera) are common on honest calls: each counts half a flag, and on their own they are a weak signal.",
        sources: [Advisory.fbiPSA2025, Advisory.mandiant2024], family: .hiring, strength: .moderate)

    func evaluate(_ account: AccountState, in population: Population, settings: RuleSettings) -> Finding? {
        let flagged = account.hiring.interviews.filter { !$0.flags.isEmpty }
        guard !flagged.isEmpty else { return nil }
        let flags = Set(flagged.flatMap(\.flags))
        let strong = !flags.isDisjoint(with: Self.strongFlags)
        let circumstances = flags.intersection(Self.circumstanceFlags).count
        let behavioural = flags.count - circumstances
        let intensity =
            strong ? 2.0 : behavioural == 0 ? 0.4 : min(1.0, 0.5 + 0.25 * (Double(behavioural) + 0.5 * Double(circumstances)))
        return finding(settings, intensity: intensity, "interview flags: \(flags.sorted().joined(separator: ", "))", flagged.map(\.evidence))
    }
}

/// Failed or suspicious document checks, and documents shared across accounts.
struct IdentityDocumentRule: Rule {
    let metadata = RuleMetadata(
        id: "identity.document", title: "Identity document problems",
        description: "A document check failed or was marked suspicious, or one document number or document photo appears on several accounts: stolen or borrowed identities. A check that failed only for the capture or the paperwork (glare, blur, an expired document — the vendor's reason says so and names no sign of forgery) is weak, and nothing once another check passed.",
        sources: [Advisory.stateTreasuryFBI2022, Advisory.fbiPSA2024, Advisory.fbiPSA2025], family: .identity, strength: .strong)

    func evaluate(_ account: AccountState, in population: Population, settings: RuleSettings) -> Finding? {
        let documents = account.hiring.documents
        var bad = documents.filter { $0.result == "failed" || $0.result == "suspicious" }
        let captureOnly = !bad.isEmpty && bad.allSatisfy { DocumentReason.isCaptureProblem($0.reason) }
        if captureOnly && documents.contains(where: { $0.result == "verified" }) { bad = [] }
        let (shared, sharedEvidence) = sharedPartners(
            of: account, kinds: [.documentNumber, .documentPhoto], in: population, includingRelated: true)
        let evidence = bad.map(\.evidence) + sharedEvidence
        guard !bad.isEmpty || !shared.isEmpty else { return nil }
        var parts: [String] = []
        if !bad.isEmpty {
            let results = Set(bad.compactMap(\.result)).sorted().joined(separator: "/")
            parts.append("\(bad.count) document check\(bad.count == 1 ? "" : "s") \(results)\(captureOnly ? " for the capture or an expired document" : "")")
        }
        if !shared.isEmpty { parts.append("document also presented by \(accountsPhrase(shared))") }
        return finding(settings, intensity: !shared.isEmpty ? 1.2 : captureOnly ? 0.3 : 0.55, parts.joined(separator: "; "), evidence)
    }
}

/// Education or employment claims that cannot be confirmed, or employers on a known-front list.
struct IdentityReferencesRule: Rule {
    let metadata = RuleMetadata(
        id: "identity.references", title: "Claims that do not check out",
        description: "Education or employment references that come back unconfirmed or not found, or an employer whose domain is on the list of DPRK front companies (the 17 domains seized in Oct 2023, and user indicator files).",
        sources: [Advisory.fbiROK2023, Advisory.fbiPSA2025], family: .identity, strength: .moderate)

    func evaluate(_ account: AccountState, in population: Population, settings: RuleSettings) -> Finding? {
        let unconfirmed = account.hiring.references.filter { $0.result == "unconfirmed" || $0.result == "not_found" }
        let unanswered = account.hiring.references.filter { $0.result == "no_response" }
        var domains = Set(account.hiring.references.compactMap { $0.domain?.lowercased() })
        domains.formUnion(account.profile.employment.value?.compactMap { $0.domain?.lowercased() } ?? [])
        var fronts: [String] = []
        if let screener = population.context.screener, !domains.isEmpty {
            var query = ScreeningQuery()
            query.domains = domains.sorted()
            fronts = Set(screener.screen(query).filter { $0.isIndicator && $0.kind == .identifier }.map(\.query)).sorted()
        }
        guard !unconfirmed.isEmpty || !fronts.isEmpty || unanswered.count >= 2 else { return nil }
        var parts: [String] = [], evidence = unconfirmed.map(\.evidence)
        if !unconfirmed.isEmpty { parts.append("\(unconfirmed.count) reference\(unconfirmed.count == 1 ? "" : "s") unconfirmed or not found") }
        if unanswered.count >= 2 { parts.append("\(unanswered.count) references unanswered"); evidence += unanswered.map(\.evidence) }
        if !fronts.isEmpty {
            parts.append("employer domain on the DPRK front list: \(listing(fronts))")
            evidence += account.hiring.references.filter { fronts.contains($0.domain?.lowercased() ?? "") }.map(\.evidence)
        }
        let intensity = !fronts.isEmpty ? 2.0 : (unconfirmed.isEmpty ? 0.4 : 0.6 + 0.2 * Double(unconfirmed.count))
        return finding(settings, intensity: min(2, intensity), parts.joined(separator: "; "), evidence)
    }
}

/// Throw-away contact points, or contact points shared across accounts.
struct IdentityContactRule: Rule {
    let metadata = RuleMetadata(
        id: "identity.contact", title: "Throw-away or shared contact details",
        description: "A disposable email domain, a VoIP or virtual phone number, a phone from another country than claimed (unless the payouts go to that country too: payout.foreign counts those ties), or one email or phone on several accounts. Accounts that all give the same name as well are one person's two records (a second account, or the same person as freelancer and employee) and count `same_name_share` of the sharing; one contact behind several names is one operator behind several identities.",
        sources: [Advisory.stateTreasuryFBI2022, Advisory.fbiPSA2024], family: .contact, strength: .moderate,
        parameters: ["same_name_share": 0.4])

    func evaluate(_ account: AccountState, in population: Population, settings: RuleSettings) -> Finding? {
        let contacts = population.context.contacts
        var parts: [String] = [], evidence: [Evidence] = []
        var intensity = 0.0
        if let email = account.profile.email.value, contacts.isDisposableEmail(email) {
            parts.append("disposable email \(email)")
            intensity += 0.8
        }
        if let phone = account.profile.phone.value, let facts = contacts.phoneFacts(phone, defaultCountry: account.claimedCountry) {
            if facts.isVirtual {
                parts.append("\(facts.lineType) phone number")
                intensity += 0.4
            }
            // A phone from the country the payouts go to is the same fact as those payouts — ties to
            // that country — which `payout.foreign` counts in the location family; it is not counted twice.
            // A phone from a country the profile itself claimed as home at another time is a former home's.
            if let country = facts.country, let claimed = account.claimedCountry, country != claimed,
                !account.claimedHomes.contains(country), !account.foreignPayouts.contains(where: { $0.country == country })
            {
                parts.append("phone from \(country.code) while the profile says \(claimed.code)")
                intensity += 0.5
            }
        }
        let (shared, sharedEvidence) = sharedPartners(of: account, kinds: [.email, .phone], in: population)
        evidence += sharedEvidence
        if !shared.isEmpty {
            let ownName = account.profile.name.value.map(Normalize.text)
            let oneName = ownName != nil && shared.allSatisfy { population.claimedNames[$0] == ownName }
            parts.append("email or phone also on \(accountsPhrase(shared))\(oneName ? " in the same name (one person's two accounts?)" : "")")
            intensity += 1.5 * (oneName ? settings["same_name_share"] : 1)
        }
        guard !parts.isEmpty else { return nil }
        if let first = account.identifiers.filter({ $0.key.kind == .email || $0.key.kind == .phone }).values.map(\.first).min() {
            evidence.append(first)
        }
        return finding(settings, intensity: min(2, intensity), parts.joined(separator: "; "), evidence, sharedWith: shared)
    }
}
