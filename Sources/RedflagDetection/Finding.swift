import RedflagEvents
import RedflagPrimitives

/// One red flag raised on an account or cluster: which rule, how much it weighs, a one-line
/// summary for a person, and the events that prove it.
public struct Finding: Sendable, Hashable {
    /// Stable dotted rule id (`network.country_mismatch`).
    public var rule: String
    /// The kind of evidence, so correlated rules are not counted twice by the score model.
    public var family: EvidenceFamily
    /// Contribution to the account's evidence total (the rule's weight scaled by how strongly it fired).
    public var weight: Double
    public var summary: String
    /// The events behind the finding, earliest first, at most ``Evidence/limit``.
    public var evidence: [Evidence]
    /// For a finding about what the account shares (an address, a device, a payout destination…):
    /// the accounts it shares it with, sorted; empty otherwise. Two such findings naming the same
    /// accounts are one link seen through two identifiers, which ``ScoreModel`` counts once.
    public var sharedWith: [String]

    public init(rule: String, family: EvidenceFamily, weight: Double, summary: String, evidence: [Evidence], sharedWith: [String] = []) {
        self.rule = rule
        self.family = family
        self.weight = weight
        self.summary = summary
        self.evidence = evidence
        self.sharedWith = sharedWith
    }

    /// Sanctions and known-indicator findings are reported apart from the score.
    public var isScreening: Bool { family == .sanctions || family == .indicator }
}

/// A reference to one event with the facts that made it evidence (ip, country, holder, …).
public struct Evidence: Sendable, Hashable, Comparable {
    /// The most events a finding lists; counts in the summary cover the rest.
    public static let limit = 12

    public var time: Timestamp
    public var eventID: String
    public var account: String?
    public var source: SourceLocation?
    /// Facts as ordered key/value pairs, rendered as they are.
    public var facts: [Fact]

    public init(time: Timestamp, eventID: String, account: String? = nil, source: SourceLocation? = nil, facts: [Fact] = []) {
        self.time = time
        self.eventID = eventID
        self.account = account
        self.source = source
        self.facts = facts
    }

    public init(_ event: Event, _ facts: [Fact] = []) {
        self.init(time: event.time, eventID: event.id.description, account: event.account, source: event.source, facts: facts)
    }

    /// Earlier first; for one event, by account and then by facts, so that choosing the earliest
    /// of several items of evidence never depends on the order they were collected in.
    public static func < (lhs: Evidence, rhs: Evidence) -> Bool {
        if (lhs.time, lhs.eventID) != (rhs.time, rhs.eventID) { return (lhs.time, lhs.eventID) < (rhs.time, rhs.eventID) }
        if lhs.account != rhs.account { return (lhs.account ?? "") < (rhs.account ?? "") }
        return lhs.facts.lexicographicallyPrecedes(rhs.facts) { ($0.key, $0.value) < ($1.key, $1.value) }
    }

    /// Whether an event at `time` with id `eventID` comes before this evidence's event (the id breaks
    /// ties on time), so that evidence for it need only be built when it would be the earlier.
    func isPreceded(byTime time: Timestamp, eventID: CompactString) -> Bool {
        time < self.time || (time == self.time && eventID < CompactString(self.eventID))
    }

    /// Adds a fact, returning a copy.
    public func with(_ key: String, _ value: String) -> Evidence {
        var copy = self
        copy.facts.append(Fact(key, value))
        return copy
    }
}

/// A named fact inside evidence (`country` = `KR`).
public struct Fact: Sendable, Hashable {
    public var key: String
    public var value: String
    public init(_ key: String, _ value: String) {
        self.key = key
        self.value = value
    }
}

/// The kinds of evidence. Rules of one family usually share a cause (one VPN explains several
/// network rules), so the score model discounts all but the strongest finding of a family.
///
/// `location` gathers the rules that all follow from one fact — the person is not where the
/// profile says (sessions abroad, pay and working hours that fit another place, a managed device
/// checking in abroad) — so that an honest digital nomad's mismatches count as one piece of
/// evidence, not four.
public enum EvidenceFamily: String, Sendable, CaseIterable, Codable {
    case network, location, device, activity, bids, payout, shipping, endpoint, hiring, identity, contact, profile, messages,
        reviews, linkage, cluster, sanctions, indicator
}

extension Array where Element == Evidence {
    /// The earliest `Evidence.limit` items, sorted, one per event: the same whatever order events
    /// arrived in.
    public func bounded(_ limit: Int = Evidence.limit) -> [Evidence] {
        var seen = Set<String>(), result: [Evidence] = []
        for item in sorted() where result.count < limit && seen.insert(item.eventID).inserted { result.append(item) }
        return result
    }
}
