import Foundation
import RedflagPrimitives

/// Adds hosting / VPN / Tor / mobile / office kinds to ``IPFacts`` from the curated ASN list, the
/// user's lists and AS-name heuristics.
///
/// Order of evidence: address lists (CIDR and IP sets) and ASN lists add their kinds and source
/// labels; the AS-name heuristic runs only when no ASN list named the ASN. The office allow-list
/// wins over everything: an office address loses every anonymizing kind, whatever any source said.
public struct NetworkClassifier: Sendable {
    /// Source label of the curated list shipped with Redflag.
    public static let curatedSourceLabel = "curated-asn"

    /// The lists consulted, curated first.
    public private(set) var lists: [NetworkList]
    /// Whether AS names are matched against keyword heuristics for unlisted ASNs.
    public var usesNameHeuristics: Bool
    private let heuristics = ASNameHeuristics()

    /// A classifier over `lists`, with the curated list first when `includeCurated`.
    public init(includeCurated: Bool = true, lists: [NetworkList] = [], usesNameHeuristics: Bool = true) throws(NetworkListError) {
        self.lists = (includeCurated ? [try Self.curatedList()] : []) + lists
        self.usesNameHeuristics = usesNameHeuristics
    }

    /// Adds a list after the ones already loaded.
    public mutating func add(_ list: NetworkList) {
        lists.append(list)
    }

    /// The curated ASN list shipped as `Resources/curated-asns.txt`.
    public static func curatedList() throws(NetworkListError) -> NetworkList {
        guard let url = Bundle.module.url(forResource: "curated-asns", withExtension: "txt", subdirectory: "Resources") else {
            throw NetworkListError(file: "curated-asns.txt", line: 0, reason: "missing from the RedflagEnrichment bundle")
        }
        return try NetworkList.load(contentsOf: url, format: .asn, kinds: .hosting, name: curatedSourceLabel)
    }

    /// Adds the kinds and source labels that apply to `address` (whose ASN and AS name, if known, are
    /// already in `facts`).
    public func classify(_ address: IPAddress, facts: inout IPFacts) {
        var kinds: NetworkKinds = []
        var asnListed = false
        func credit(_ source: String) {
            if !facts.sources.contains(source) { facts.sources.append(source) }
        }
        for list in lists {
            var matched: NetworkKinds = []
            if list.networks.contains(address) { matched.formUnion(list.kinds) }
            if let asn = facts.asn, let asnKinds = list.asns[asn] {
                matched.formUnion(asnKinds)
                asnListed = true
            }
            if !matched.isEmpty {
                kinds.formUnion(matched)
                credit(list.name)
            }
        }
        if usesNameHeuristics, !asnListed, let organization = facts.asOrganization {
            let guessed = heuristics.kinds(forOrganization: organization)
            if !guessed.isEmpty {
                kinds.formUnion(guessed)
                credit(ASNameHeuristics.sourceLabel)
            }
        }
        facts.kinds.formUnion(kinds)
        if facts.kinds.contains(.office) { facts.kinds.subtract(.anonymizing) }
    }
}

/// An ``IPIntelligence`` that asks a base source (MMDB, libloc, …) and then runs a ``NetworkClassifier``.
public struct ClassifiedIPIntelligence: IPIntelligence {
    /// Where country, ASN and AS name come from.
    public let base: any IPIntelligence
    /// The lists and heuristics applied on top.
    public let classifier: NetworkClassifier

    public init(base: any IPIntelligence, classifier: NetworkClassifier) {
        self.base = base
        self.classifier = classifier
    }

    public func facts(for address: IPAddress) -> IPFacts {
        var facts = base.facts(for: address)
        classifier.classify(address, facts: &facts)
        return facts
    }
}
