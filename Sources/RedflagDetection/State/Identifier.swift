import RedflagPrimitives

/// A value that can tie accounts together, normalised so that variants of one value compare equal.
public struct Identifier: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// What kind of value it is; kinds differ in how much a shared value means.
    public enum Kind: String, Sendable, CaseIterable, Codable, Comparable {
        case device, payoutDestination = "payout_destination", wallet, payoutHolder = "payout_holder", email, phone
        case shippingAddress = "shipping_address", documentNumber = "document_number", documentPhoto = "document_photo"
        case profilePhoto = "profile_photo", endpointSerial = "endpoint_serial", ip, proposalText = "proposal_text"

        public static func < (lhs: Kind, rhs: Kind) -> Bool { lhs.rawValue < rhs.rawValue }
    }

    public var kind: Kind
    public var value: String

    public init(_ kind: Kind, _ value: String) {
        self.kind = kind
        self.value = value
    }

    public var description: String { "\(kind.rawValue):\(value)" }

    public static func < (lhs: Identifier, rhs: Identifier) -> Bool { (lhs.kind, lhs.value) < (rhs.kind, rhs.value) }
}

/// When and how often an account used one identifier, with its earliest event.
public struct IdentifierUse: Sendable, Hashable {
    public var first: Evidence
    public var lastSeen: Timestamp
    public var count: Int

    init(_ evidence: Evidence) {
        first = evidence
        lastSeen = evidence.time
        count = 0
    }

    mutating func include(_ evidence: Evidence) {
        include(time: evidence.time, eventID: CompactString(evidence.eventID)) { evidence }
    }

    /// Counts a use at `time`; `evidence` is built only when this use is the earliest so far.
    mutating func include(time: Timestamp, eventID: CompactString, evidence: () -> Evidence) {
        count += 1
        if first.isPreceded(byTime: time, eventID: eventID) { first = evidence() }
        lastSeen = max(lastSeen, time)
    }
}
