import RedflagPrimitives

/// Cross-account facts the rules compare one account against: who shares which identifier,
/// agencies, reviewers, bid baselines and proposal-template neighbours.
public struct Population: Sendable {
    /// Identifier → accounts that used it, only for identifiers used by two or more accounts.
    public private(set) var sharedIdentifiers: [Identifier: [String]] = [:]
    /// Registered agency of each account that has one.
    public private(set) var agencies: [String: String] = [:]
    /// Reviewer → the reviews they gave (account, evidence, rating).
    public private(set) var reviewsByReviewer: [String: [(account: String, record: ReviewRecord)]] = [:]
    /// Account creation (or first-seen) time, for "new account" questions.
    public private(set) var accountStart: [String: Timestamp] = [:]
    /// For addresses used by several accounts: how each account used it.
    public private(set) var addressUses: [IPAddress: [String: SharedAddressUse]] = [:]
    /// Accounts with a near-identical proposal text, per account.
    public private(set) var templateNeighbours: [String: [(account: String, evidence: Evidence)]] = [:]
    /// The 90th percentile over bidding accounts of their busiest bidding day.
    public private(set) var busiestBidDayP90: Double = 0
    /// The outside knowledge of the scan (IP data, geography, screening), for rules that need it.
    public let context: DetectionContext

    /// Builds the indexes from every folded account.
    public init(accounts: some Collection<AccountState>, context: DetectionContext) {
        self.context = context
        var index: [Identifier: [String]] = [:]
        let states = Array(accounts)
        let positions = Dictionary(uniqueKeysWithValues: states.indices.map { (states[$0].id, $0) })
        var busiest: [Double] = []
        var signatures: [(account: String, signature: MinHashSignature, evidence: Evidence)] = []
        for account in states {
            for identifier in account.identifiers.keys { index[identifier, default: []].append(account.id) }
            for (address, usage) in account.network.addresses where usage.sample.kinds.isDisjoint(with: [.mobileCarrier, .office]) {
                index[Identifier(.ip, address.description), default: []].append(account.id)
            }
            if let agency = account.profile.agency.value { agencies[account.id] = agency }
            accountStart[account.id] = account.profile.created.value ?? account.firstSeen
            for review in account.reviewsReceived {
                reviewsByReviewer[review.from, default: []].append((account.id, review))
            }
            if account.bids.total > 0 {
                busiest.append(Double(account.bids.perDay.values.max() ?? 0))
            }
            for (signature, evidence) in account.bids.fingerprints { signatures.append((account.id, signature, evidence)) }
        }
        sharedIdentifiers = index.filter { $0.value.count > 1 }.mapValues { $0.sorted() }
        for (identifier, sharers) in sharedIdentifiers where identifier.kind == .ip {
            guard let address = IPAddress(identifier.value) else { continue }
            for account in sharers {
                guard let position = positions[account], states[position].network.sessionCount > 0 else { continue }
                let network = states[position].network
                let usage = network.addresses[address]
                addressUses[address, default: [:]][account] = SharedAddressUse(
                    share: Double(usage?.count ?? 0) / Double(network.sessionCount), hours: usage?.hours ?? [])
            }
        }
        busiestBidDayP90 = Self.percentile(busiest, 0.9)
        templateNeighbours = Self.nearDuplicates(signatures)
    }

    /// Accounts other than `account` sharing `identifier`.
    public func others(sharing identifier: Identifier, with account: String) -> [String] {
        (sharedIdentifiers[identifier] ?? []).filter { $0 != account }
    }

    /// Whether two accounts are expected to share things: the same registered agency.
    public func related(_ a: String, _ b: String) -> Bool {
        guard let agencyA = agencies[a], let agencyB = agencies[b] else { return false }
        return agencyA == agencyB
    }

    /// Accounts sharing `identifier` with `account` that are not of its registered agency.
    public func unrelatedOthers(sharing identifier: Identifier, with account: String) -> [String] {
        others(sharing: identifier, with: account).filter { !related(account, $0) }
    }

    static func percentile(_ values: [Double], _ p: Double) -> Double {
        guard !values.isEmpty else { return 0 }
        let sorted = values.sorted()
        return sorted[min(sorted.count - 1, Int((Double(sorted.count - 1) * p).rounded()))]
    }

    /// Pairs of accounts with a proposal of estimated Jaccard similarity ≥
    /// `TextFingerprint.templateSimilarity`, each with the other's earliest such text, found through
    /// MinHash band buckets rather than by comparing every pair. Buckets shared by more than
    /// `commonBucket` texts are boilerplate and skipped.
    static func nearDuplicates(_ signatures: [(account: String, signature: MinHashSignature, evidence: Evidence)]) -> [String: [(account: String, evidence: Evidence)]] {
        let commonBucket = 500
        var buckets: [UInt64: [Int]] = [:]
        for (index, entry) in signatures.enumerated() {
            for band in 0..<TextFingerprint.bands { buckets[entry.signature.bandKey(band), default: []].append(index) }
        }
        // Accounts by number; for each (account, other account) found, the other's earliest text.
        var owners: [String: Int32] = [:]
        var accounts: [String] = []
        let owner = signatures.map { entry in
            if let known = owners[entry.account] { return known }
            owners[entry.account] = Int32(accounts.count)
            accounts.append(entry.account)
            return Int32(accounts.count - 1)
        }
        var earliest: [UInt64: Int] = [:]
        var checked = Set<Int>()
        // Texts nearly always differ in time, which decides `Evidence <` without copying the evidence.
        let times = signatures.map(\.evidence.time)
        signatures.withUnsafeBufferPointer { signatures in
            func keep(_ text: Int, for account: Int) {
                let key = UInt64(UInt32(owner[account])) << 32 | UInt64(UInt32(owner[text]))
                guard let known = earliest.index(forKey: key) else {
                    earliest[key] = text
                    return
                }
                let current = earliest.values[known]
                let isEarlier = times[text] != times[current] ? times[text] < times[current] : signatures[text].evidence < signatures[current].evidence
                if isEarlier { earliest.values[known] = text }
            }
            for members in buckets.values where members.count > 1 && members.count <= commonBucket {
                for (position, i) in members.enumerated() {
                    for j in members[(position + 1)...] where owner[i] != owner[j] {
                        let pair = min(i, j) * signatures.count + max(i, j)
                        guard checked.insert(pair).inserted,
                            signatures[i].signature.similarity(to: signatures[j].signature) >= TextFingerprint.templateSimilarity
                        else { continue }
                        keep(j, for: i)
                        keep(i, for: j)
                    }
                }
            }
        }
        var neighbours: [String: [(account: String, evidence: Evidence)]] = [:]
        for (key, text) in earliest {
            neighbours[accounts[Int(key >> 32)], default: []].append((signatures[text].account, signatures[text].evidence))
        }
        for index in neighbours.indices { neighbours.values[index].sort { $0.account < $1.account } }
        return neighbours
    }
}
