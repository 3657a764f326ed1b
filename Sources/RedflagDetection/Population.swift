import Foundation
import RedflagPrimitives

/// Cross-account facts the rules compare one account against: who shares which identifier,
/// agencies, reviewers, bid baselines and proposal-template neighbours.
public struct Population: Sendable {
    /// Identifier → accounts that used it, only for identifiers used by two or more accounts.
    public private(set) var sharedIdentifiers: [Identifier: [String]] = [:]
    /// Registered agency of each account that has one.
    public private(set) var agencies: [String: String] = [:]
    /// Registered agency → its accounts.
    public private(set) var agencyMembers: [String: [String]] = [:]
    /// Agency presumed for accounts of which no `account` event was seen, when they are paid or work
    /// like members of that one agency (see ``presumedAgencies(shared:agencies:known:)``).
    public private(set) var presumedAgencies: [String: String] = [:]
    /// Reviewer → the reviews they gave (account, evidence, rating).
    public private(set) var reviewsByReviewer: [String: [(account: String, record: ReviewRecord)]] = [:]
    /// When each account began, for "new account" questions: its profile's creation date, or else
    /// the first event seen of it (see ``AccountStart``).
    public private(set) var accountStart: [String: AccountStart] = [:]
    /// Where the data begins: the time by which a tenth of the accounts had been seen (robust to the
    /// odd event from long before the rest). An account first seen near it may be older than the data.
    public private(set) var dataStart: Timestamp?
    /// For addresses used by several accounts: how each account used it.
    public private(set) var addressUses: [IPAddress: [String: SharedAddressUse]] = [:]
    /// Where each account's profile says it lives, for accounts that give a city and a country.
    public private(set) var claimedPlaces: [String: ClaimedPlace] = [:]
    /// The country each account's profile claims, for accounts that give one.
    public private(set) var claimedCountries: [String: CountryCode] = [:]
    /// The name each account's profile claims (normalised), for accounts that give one.
    public private(set) var claimedNames: [String: String] = [:]
    /// Accounts with a near-identical proposal text, per account.
    public private(set) var templateNeighbours: [String: [(account: String, evidence: Evidence)]] = [:]
    /// Up to this share of bidders with a near-identical proposal text elsewhere, sharing one is rare
    /// enough to count in full (``templateRarity(typicalShare:)``).
    public static let typicalTemplateShare = 0.1
    /// The accounts that bid, and those of them with a near-identical proposal text elsewhere.
    public private(set) var bidders = 0
    public private(set) var templateSharers = 0
    /// The share of bidding accounts with a near-identical proposal text elsewhere.
    public var templateShare: Double { bidders > 0 ? Double(templateSharers) / Double(bidders) : 0 }
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
        var known = Set<String>()
        var firstSeens: [Double] = []
        var signatures: [(account: String, signature: MinHashSignature, evidence: Evidence)] = []
        for account in states {
            for identifier in account.identifiers.keys { index[identifier, default: []].append(account.id) }
            for (address, usage) in account.network.addresses where usage.sample.kinds.isDisjoint(with: .sharedByDesign) {
                index[Identifier(.ip, address.description), default: []].append(account.id)
            }
            if let agency = account.profile.agency.value { agencies[account.id] = agency }
            if let name = account.profile.name.value { claimedNames[account.id] = Normalize.text(name) }
            if let country = account.claimedCountry { claimedCountries[account.id] = country }
            if let city = account.profile.city.value, let country = account.claimedCountry {
                claimedPlaces[account.id] = ClaimedPlace(city: city, region: account.profile.region.value, country: country)
            }
            if account.profile.isKnown { known.insert(account.id) }
            if let created = account.profile.created.value {
                accountStart[account.id] = AccountStart(time: created, isCreationDate: true)
            } else if let firstSeen = account.firstSeen {
                accountStart[account.id] = AccountStart(time: firstSeen, isCreationDate: false)
            }
            if let firstSeen = account.firstSeen { firstSeens.append(Double(firstSeen.milliseconds)) }
            for review in account.reviewsReceived {
                reviewsByReviewer[review.from, default: []].append((account.id, review))
            }
            if account.bids.total > 0 {
                busiest.append(Double(account.bids.perDay.values.max() ?? 0))
            }
            for (signature, evidence) in account.bids.fingerprints { signatures.append((account.id, signature, evidence)) }
        }
        sharedIdentifiers = index.filter { $0.value.count > 1 }.mapValues { $0.sorted() }
        presumedAgencies = Self.presumedAgencies(shared: sharedIdentifiers, agencies: agencies, known: known)
        for (account, agency) in agencies { agencyMembers[agency, default: []].append(account) }
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
        if !firstSeens.isEmpty { dataStart = Timestamp(milliseconds: Int64(Self.percentile(firstSeens, 0.1))) }
        templateNeighbours = Self.nearDuplicates(signatures)
        // Over every account that bid, not only those whose proposals were long enough to fingerprint.
        bidders = busiest.count
        templateSharers = min(bidders, templateNeighbours.count)
    }

    /// How much a near-identical proposal text says in this population: fully where at most
    /// `typicalShare` of bidders share one (a team writing for its profiles stands out), less as
    /// sharing grows common — `ln(share) / ln(typicalShare)` — and nothing where every bidder
    /// shares one: where proposals are assembled from the same stock phrases, a near-duplicate
    /// is what anyone's text looks like. The share is taken as if `priorBidders` more bidders had
    /// been seen sharing at `typicalShare`, so that a handful of bidders — a small company's, or a
    /// team that is most of a small marketplace — cannot make sharing look common.
    public func templateRarity(typicalShare: Double, priorBidders: Double = 50) -> Double {
        guard typicalShare > 0, typicalShare < 1 else { return 1 }
        let share = (Double(templateSharers) + priorBidders * typicalShare) / (Double(bidders) + priorBidders)
        guard share > typicalShare else { return 1 }
        return max(0, log(share) / log(typicalShare))
    }

    /// Whether `account` was at most `newness` old at `time`. Without a creation date the first event
    /// seen stands in for it only when it came at least `censoring` after the data begins: an account
    /// first seen in the data's first days may have been active long before them.
    public func wasNew(_ account: String, at time: Timestamp, newness: Int64, censoring: Int64) -> Bool {
        guard let start = accountStart[account] else { return false }
        if !start.isCreationDate {
            guard let dataStart, start.time.milliseconds - dataStart.milliseconds >= censoring else { return false }
        }
        return time.milliseconds - start.time.milliseconds <= newness
    }

    /// Whether `others` live with `account` as one household. Their home is the addresses `account`
    /// shares with every one of them — one address, or several where the provider hands the line a new
    /// one now and then — and must carry at least `minimumShare` of the sessions of each (carrier, office
    /// and anonymizer addresses are nobody's home). The accounts online there in the same hours with
    /// such a share (an account an address was handed to at other times does not live there) include
    /// `others` and are fewer than `largest`. Two are a couple's line. A larger household must also say
    /// so: every profile claims the one city (``claimOneTown(_:)``). A laptop farm's address is home to
    /// more, side by side, and its identities claim to live wherever their owners did.
    public func formAHousehold(_ account: AccountState, _ others: [String], minimumShare: Double, largest: Int) -> Bool {
        guard !others.isEmpty, others.count < largest else { return false }
        let home = account.network.addresses.compactMap { address, usage -> [String: SharedAddressUse]? in
            guard !usage.sample.isAnonymized, let uses = addressUses[address], uses[account.id] != nil,
                others.allSatisfy({ uses[$0] != nil })
            else { return nil }
            return uses
        }
        func share(_ resident: String) -> Double { home.reduce(0) { $0 + ($1[resident]?.share ?? 0) } }
        guard share(account.id) >= minimumShare, others.allSatisfy({ share($0) >= minimumShare }) else { return false }
        var residents = Set(others)
        for uses in home {
            guard let own = uses[account.id] else { continue }
            for (resident, use) in uses where resident != account.id && use.commonHours(with: own, upTo: 1) >= 1 {
                residents.insert(resident)
            }
        }
        let members = residents.filter { others.contains($0) || share($0) >= minimumShare }
        guard members.count < largest else { return false }
        return members.count == 1 || claimOneTown([account.id] + members.sorted())
    }

    /// Whether `accounts` claim one town (``ClaimedPlace/town``): at least two of them, and at least half,
    /// name it, and the others name no city, only (if anything) its country. A profile that leaves the
    /// city out does not say it lives elsewhere; one that names another city does.
    public func claimOneTown(_ accounts: [String]) -> Bool {
        let places = accounts.compactMap { claimedPlaces[$0] }
        guard places.count >= 2, 2 * places.count >= accounts.count, let town = places.first?.town,
            places.allSatisfy({ $0.town == town })
        else { return false }
        return accounts.allSatisfy { account in
            claimedPlaces[account] != nil || claimedCountries[account].map { $0 == places[0].country } ?? true
        }
    }

    /// Accounts other than `account` sharing `identifier`.
    public func others(sharing identifier: Identifier, with account: String) -> [String] {
        (sharedIdentifiers[identifier] ?? []).filter { $0 != account }
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

/// When an account began: the creation date its profile gives, or the first event seen of it.
public struct AccountStart: Sendable, Hashable {
    public var time: Timestamp
    /// True when `time` is the profile's `created`; false when it is only the first event seen.
    public var isCreationDate: Bool
}
