import RedflagPrimitives

/// One event of the Redflag event format (`docs/events.md`): the envelope plus a typed payload.
public struct Event: Sendable, Hashable {
    /// The event's `id`, or `sha256:<hex>` of the line's canonical JSON when the feed gave none;
    /// kept inline (``CompactString``) so that decoding an event allocates nothing for it.
    public var id: CompactString
    public var time: Timestamp
    /// The subject of the event: worker, applicant, employee or client.
    public var account: String
    public var payload: Payload
    /// Fields the format does not define, kept as they came.
    public var extra: [String: JSONValue]
    /// Where the event was read from, for evidence (`events.ndjson:1042`).
    public var source: SourceLocation?

    public init(
        id: CompactString, time: Timestamp, account: String, payload: Payload, extra: [String: JSONValue] = [:],
        source: SourceLocation? = nil
    ) {
        self.id = id
        self.time = time
        self.account = account
        self.payload = payload
        self.extra = extra
        self.source = source
    }

    public var kind: EventKind { payload.kind }

    public static func == (lhs: Event, rhs: Event) -> Bool { lhs.id == rhs.id && lhs.payload == rhs.payload }
    public func hash(into hasher: inout Hasher) { hasher.combine(id) }
}

/// A file name and 1-based line number.
public struct SourceLocation: Sendable, Hashable, CustomStringConvertible {
    public var file: String
    public var line: Int
    public init(file: String, line: Int) {
        self.file = file
        self.line = line
    }
    public var description: String { "\(file):\(line)" }
}

/// The 13 event types of the format.
public enum EventKind: String, Sendable, CaseIterable, Codable {
    case account, login, work, bid, contract, review, payout, shipment, endpoint, message, interview, document,
        reference

    /// The kind whose name is `bytes` (UTF-8), without making a `String` first: the first byte and the
    /// length pick the one candidate, whose name is then compared byte by byte.
    init?(utf8 bytes: UnsafeBufferPointer<UInt8>) {
        guard let first = bytes.first else { return nil }
        let candidate: (kind: EventKind, name: StaticString)
        switch (first, bytes.count) {
        case (UInt8(ascii: "a"), 7): candidate = (.account, "account")
        case (UInt8(ascii: "l"), 5): candidate = (.login, "login")
        case (UInt8(ascii: "w"), 4): candidate = (.work, "work")
        case (UInt8(ascii: "b"), 3): candidate = (.bid, "bid")
        case (UInt8(ascii: "c"), 8): candidate = (.contract, "contract")
        case (UInt8(ascii: "r"), 6): candidate = (.review, "review")
        case (UInt8(ascii: "p"), 6): candidate = (.payout, "payout")
        case (UInt8(ascii: "s"), 8): candidate = (.shipment, "shipment")
        case (UInt8(ascii: "e"), 8): candidate = (.endpoint, "endpoint")
        case (UInt8(ascii: "m"), 7): candidate = (.message, "message")
        case (UInt8(ascii: "i"), 9): candidate = (.interview, "interview")
        case (UInt8(ascii: "d"), 8): candidate = (.document, "document")
        case (UInt8(ascii: "r"), 9): candidate = (.reference, "reference")
        default: return nil
        }
        let name = candidate.name.utf8Start
        for offset in 1..<bytes.count where bytes[offset] != name[offset] { return nil }
        self = candidate.kind
    }
}

/// The type-specific part of an event. The large, rare payloads are boxed (`indirect`), so that
/// an event — copied several times on its way from the decoder to the engine — stays small.
public enum Payload: Sendable, Hashable {
    indirect case account(AccountUpdate)
    case login(Login)
    case work(WorkSegment)
    case bid(Bid)
    case contract(ContractUpdate)
    case review(Review)
    indirect case payout(Payout)
    indirect case shipment(Shipment)
    case endpoint(EndpointReport)
    case message(Message)
    case interview(Interview)
    indirect case document(DocumentCheck)
    case reference(ReferenceCheck)

    public var kind: EventKind {
        switch self {
        case .account: .account
        case .login: .login
        case .work: .work
        case .bid: .bid
        case .contract: .contract
        case .review: .review
        case .payout: .payout
        case .shipment: .shipment
        case .endpoint: .endpoint
        case .message: .message
        case .interview: .interview
        case .document: .document
        case .reference: .reference
        }
    }
}
