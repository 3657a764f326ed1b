import Foundation
import RedflagDetection
import RedflagEnrichment
import RedflagEvents
import RedflagPrimitives
import Testing

@testable import RedflagLinking

/// Builds small populations as NDJSON lines and links them.
struct World {
    var lines: [String] = []

    static let networks = StaticIPIntelligence([
        (IPNetwork("73.0.0.0/8")!, IPFacts(country: CountryCode("US"), asn: 7922, asOrganization: "COMCAST-7922")),
        (IPNetwork("172.56.0.0/16")!, IPFacts(country: CountryCode("US"), asn: 21928, asOrganization: "T-MOBILE", kinds: .mobileCarrier)),
    ])

    static func time(_ day: Int, _ hour: Int) -> String {
        Timestamp(milliseconds: Timestamp(rfc3339: "2026-03-01T00:00:00Z")!.milliseconds + Int64(day * 24 + hour) * 3_600_000).description
    }

    mutating func add(_ type: String, _ account: String, day: Int, hour: Int = 12, _ fields: [String: Any]) {
        var object = fields
        object["type"] = type
        object["account"] = account
        object["time"] = Self.time(day, hour)
        lines.append(String(decoding: try! JSONSerialization.data(withJSONObject: object, options: [.sortedKeys]), as: UTF8.self))
    }

    func link(_ lines: [String]? = nil, networks: StaticIPIntelligence = Self.networks) -> LinkAnalysis {
        var engine = DetectionEngine(context: DetectionContext(ipIntelligence: networks))
        for (index, line) in (lines ?? self.lines).enumerated() {
            engine.ingest(try! EventDecoder().decode(line, at: SourceLocation(file: "t", line: index + 1)))
        }
        return Linker().link(engine.evaluate())
    }
}

@Suite struct LinkingTests {
    @Test func carrierNATDoesNotFormAFarm() {
        var p = World()
        for index in 0..<30 {
            p.add("account", "m\(index)", day: 0, ["name": "Person \(index)", "country": "US"])
            for day in 0..<5 { p.add("login", "m\(index)", day: day, ["ip": "172.56.0.\(day)"]) }
        }
        let analysis = p.link()
        #expect(analysis.clusters.isEmpty)
    }

    /// Two accounts that share a device and a payout destination each hold that fact from their side;
    /// a member inherits only what the other shows beyond it (here a forged document).
    @Test func membersInheritOnlyEvidenceBeyondWhatTheyShare() throws {
        var p = World()
        for (index, account) in ["p1", "p2"].enumerated() {
            p.add("account", account, day: 0, ["name": "Person \(index)", "country": "US"])
            for day in 0..<4 { p.add("login", account, day: day, hour: 9 + index, ["ip": "73.2.2.\(index)", "device": "dev-x"]) }
            p.add("payout", account, day: 2, ["destination": "bank-1"])
        }
        let mutual = p.link()
        #expect(mutual.clusters.map(\.members) == [["p1", "p2"]])
        let p1 = try #require(mutual.assessments.first { $0.account == "p1" })
        #expect(p1.evidenceOfItsOwn == 0 && p1.ownEvidence > 3)
        #expect(p1.inheritedEvidence == 0, "what the two share is counted once, in their own findings")
        p.add("document", "p2", day: 3, ["kind": "passport", "result": "failed", "reason": "tampered photo page"])
        let analysis = p.link()
        let p2 = try #require(analysis.assessments.first { $0.account == "p2" })
        #expect(p2.evidenceOfItsOwn > 0)
        let inherited = try #require(analysis.assessments.first { $0.account == "p1" }?.findings.first { $0.rule == "cluster.member" })
        #expect(abs(inherited.weight - Linker().inheritedShare * p2.evidenceOfItsOwn) < 0.01)
    }

    @Test func agencyColleaguesAreNotLinked() {
        var p = World()
        for index in 0..<4 {
            p.add("account", "ag\(index)", day: 0, ["name": "Worker \(index)", "country": "US", "agency": "acme"])
            p.add("login", "ag\(index)", day: 1, ["ip": "73.1.1.1", "device": "office-pc"])
            p.add("payout", "ag\(index)", day: 2, ["destination": "acme-bank"])
        }
        let analysis = p.link()
        #expect(analysis.clusters.isEmpty)
        #expect(analysis.possibleLinks.isEmpty)
    }

    @Test func farmSharedByAccountsOfDifferentTeamsIsOneCluster() throws {
        var p = World()
        // Two teams, each with its own payout front, all working from one farm address at the same hours.
        for (index, account) in ["t1a", "t1b", "t2a", "t2b"].enumerated() {
            p.add("account", account, day: 0, ["name": "Name \(index)", "country": "US"])
            for day in 0..<10 { p.add("login", account, day: day, hour: 14, ["ip": "73.9.9.9"]) }
            p.add("shipment", account, day: 1, ["address": ["line1": "12 Elm Street", "line2": index % 2 == 0 ? "Apt 4" : "#4", "city": "Dallas", "postal": "75201", "country": "US"]])
            p.add("payout", account, day: 3, ["destination": account.hasPrefix("t1") ? "front-1" : "front-2"])
        }
        p.add("account", "honest", day: 0, ["name": "Someone Else", "country": "US"])
        p.add("login", "honest", day: 3, hour: 2, ["ip": "73.9.9.9"])
        let analysis = p.link()
        let cluster = try #require(analysis.clusters.first)
        #expect(Set(cluster.members) == ["t1a", "t1b", "t2a", "t2b"])
        #expect(cluster.findings.contains { $0.rule == "cluster.farm" })
        #expect(cluster.findings.contains { $0.rule == "cluster.shared_payout" })
        #expect(analysis.clusterOf["honest"] == nil, "one visit at another hour is not a link")
    }

    @Test func inheritanceRaisesCarefulMembersModerately() throws {
        var p = World()
        p.add("account", "sloppy", day: 0, ["name": "A B", "country": "US"])
        p.add("account", "careful", day: 0, ["name": "C D", "country": "US"])
        for day in 0..<3 { p.add("login", "sloppy", day: day, hour: 3, ["ip": "175.45.176.\(day)"]) }
        p.add("payout", "sloppy", day: 4, ["destination": "shared", "holder": "Z Y", "country": "CN", "method": "crypto", "wallet": "w1"])
        p.add("payout", "careful", day: 4, ["destination": "shared", "holder": "C D"])
        let analysis = p.link()
        let careful = try #require(analysis.assessments.first { $0.account == "careful" })
        let sloppy = try #require(analysis.assessments.first { $0.account == "sloppy" })
        #expect(careful.cluster == sloppy.cluster)
        #expect(careful.inheritedEvidence > 0)
        #expect(careful.inheritedEvidence <= Linker().inheritedCap)
        #expect(careful.score < sloppy.score)
        #expect(careful.findings.contains { $0.rule == "cluster.member" })
    }

    @Test func linksDoNotDependOnOrder() {
        var p = World()
        for (index, account) in ["a", "b", "c", "d", "e"].enumerated() {
            p.add("account", account, day: 0, ["name": "N \(index)", "country": "US"])
            p.add("login", account, day: index, ["ip": "73.0.0.\(index / 2)", "device": "dev-\(index / 3)"])
            p.add("payout", account, day: 2, ["destination": "d\(index % 2)"])
        }
        func describe(_ analysis: LinkAnalysis) -> [String] {
            analysis.clusters.map { "\($0.id):\($0.members):\($0.score)" } + analysis.possibleLinks.map { "\($0.first)-\($0.second):\($0.weight)" }
        }
        let forward = describe(p.link())
        #expect(describe(p.link(p.lines.reversed())) == forward)
        #expect(!forward.isEmpty)
    }

    @Test func unionFindCountsComponents() {
        var sets = UnionFind(count: 6)
        sets.union(0, 1)
        sets.union(2, 3)
        sets.union(1, 3)
        #expect(sets.find(0) == sets.find(2))
        #expect(sets.find(4) != sets.find(0))
        #expect(sets.componentCount() == 3)
    }

    @Test func randomGraphIsDeterministic() {
        let a = RandomBipartiteGraph(accounts: 1000, identifiers: 800, edges: 1500, seed: 3)
        let b = RandomBipartiteGraph(accounts: 1000, identifiers: 800, edges: 1500, seed: 3)
        #expect(a.edgeAccounts == b.edgeAccounts)
        #expect(a.connectedComponents() == b.connectedComponents())
        #expect(a.connectedComponents() < 1800)
    }
}

@Suite struct AddressNormalizationTests {
    func normal(_ line1: String, _ line2: String? = nil, postal: String = "37201") -> String {
        Normalize.address(line1: line1, line2: line2, city: "Nashville", postal: postal, country: "US")
    }

    @Test func realVariantsMerge() {
        #expect(normal("1420 Oak Street", "Apt 3") == normal("1420 OAK ST.", "#3"))
        #expect(normal("1420 Oak Street", "Apartment 3") == normal("1420 oak st", "Unit 3"))
        #expect(normal("12 North Main Avenue") == normal("12 N Main Ave"))
        #expect(normal("1420 Oak St", postal: "37201-1234") == normal("1420 Oak St", postal: "37201"))
    }

    @Test func differentUnitsAndStreetsStayApart() {
        #expect(normal("1420 Oak Street", "Apt 3") != normal("1420 Oak Street", "Apt 4"))
        #expect(normal("1420 Oak Street") != normal("1422 Oak Street"))
        #expect(normal("1420 Oak Street") != normal("1420 Oak Street", postal: "37202"))
    }
}

@Suite struct DisjointAddressTests {
    static let vpn = StaticIPIntelligence([
        (IPNetwork("185.209.196.0/22")!, IPFacts(country: CountryCode("NL"), asn: 9009, asOrganization: "M247", kinds: .vpn)),
        (IPNetwork("73.0.0.0/8")!, IPFacts(country: CountryCode("US"), asn: 7922, asOrganization: "COMCAST-7922")),
    ])

    /// Two customers of one VPN rotating through its exit pool for two months, never online together.
    static func vpnCustomers(networks: Int) -> World {
        var p = World()
        for (index, account) in ["early", "late"].enumerated() {
            p.add("account", account, day: 0, ["name": "Customer \(index)", "country": "US"])
            for day in 0..<60 {
                let network = day % networks
                p.add("login", account, day: day, hour: index == 0 ? 8 : 20, ["ip": "185.209.\(196 + network).\(day % 16)"])
            }
        }
        return p
    }

    static func link(_ world: World) -> LinkAnalysis { world.link(networks: vpn) }

    @Test func oneExitPoolAtDifferentHoursCountsOnce() throws {
        let analysis = Self.link(Self.vpnCustomers(networks: 1))
        #expect(analysis.clusters.isEmpty)
        // Sixteen shared addresses of one /24, used twelve hours apart: one address's worth, not sixteen.
        #expect(analysis.possibleLinks.isEmpty)
    }

    @Test func manyNetworksAtDifferentHoursStayBelowAStrongLink() throws {
        let analysis = Self.link(Self.vpnCustomers(networks: 4))
        #expect(analysis.clusters.isEmpty)
        let link = try #require(analysis.possibleLinks.first)
        #expect(link.weight <= Linker().weights.disjointAddressCap + 1e-9)
        #expect(link.shared.filter { $0.weight > 0 }.count == 4, "one address per network counts")
        #expect(link.shared.count > 4, "the others stay listed as evidence")
    }

    @Test func theSamePoolInTheSameHoursStillLinks() throws {
        var p = Self.vpnCustomers(networks: 1)
        // A third account logs in from the pool in the same hours as "early": a shared session, not chance.
        p.add("account", "twin", day: 0, ["name": "Someone", "country": "US"])
        for day in 0..<60 { p.add("login", "twin", day: day, hour: 8, ["ip": "185.209.196.\(day % 16)"]) }
        let analysis = Self.link(p)
        let cluster = try #require(analysis.clusters.first)
        #expect(Set(cluster.members) == ["early", "twin"])
    }
}

@Suite struct NamesakeTests {
    @Test func namesakesPaidInTheirOwnNamesAreNotLinked() throws {
        var p = World()
        for (account, bank) in [("jc1", "bank-1"), ("jc2", "bank-2")] {
            p.add("account", account, day: 0, ["name": "Jessica Clark", "country": "US"])
            p.add("payout", account, day: 3, ["destination": bank, "holder": "CLARK, Jessica"])
        }
        let analysis = p.link()
        #expect(analysis.clusters.isEmpty)
        #expect(analysis.possibleLinks.isEmpty, "two people with one name, each paid in it")
    }

    @Test func aHolderWhoIsOneAccountsOwnNameCountsHalf() throws {
        var p = World()
        for (account, name) in [("own", "Jessica Clark"), ("other", "David Edwards")] {
            p.add("account", account, day: 0, ["name": name, "country": "US"])
            p.add("payout", account, day: 3, ["destination": "bank-\(account)", "holder": "Jessica Clark"])
        }
        let link = try #require(p.link().possibleLinks.first)
        #expect(link.weight == LinkWeights().base(.payoutHolder) * LinkWeights().namesakeShare)
    }

    @Test func oneHolderWrittenInTwoScriptsIsOneHolder() throws {
        var p = World()
        for (account, name, holder) in [("a", "Emma Brown", "Марченко Ірина"), ("b", "Daniel Moore", "Iryna Marchenko")] {
            p.add("account", account, day: 0, ["name": name, "country": "US"])
            p.add("payout", account, day: 3, ["destination": "bank-\(account)", "holder": holder])
        }
        let link = try #require(p.link().possibleLinks.first)
        #expect(link.shared.first?.identifier.kind == .payoutHolder)
        #expect(link.shared.first?.identifier.value == "iryna marchenko")
    }

    @Test func oneHolderPaidForAccountsInOtherNamesStillLinks() throws {
        var p = World()
        for (account, name) in [("a", "Emma Brown"), ("b", "Daniel Moore")] {
            p.add("account", account, day: 0, ["name": name, "country": "US"])
            p.add("payout", account, day: 3, ["destination": "bank-\(account)", "holder": "Jessica Clark"])
        }
        let analysis = p.link()
        let link = try #require(analysis.possibleLinks.first)
        #expect(link.shared.first?.identifier.kind == .payoutHolder)
        #expect(link.weight == LinkWeights().base(.payoutHolder))
    }
}

@Suite struct NeighbourInheritanceTests {
    static let networks = StaticIPIntelligence([
        (IPNetwork("73.0.0.0/8")!, IPFacts(country: CountryCode("US"), asn: 7922, asOrganization: "COMCAST-7922")),
        (IPNetwork("185.209.196.0/22")!, IPFacts(country: CountryCode("NL"), asn: 9009, asOrganization: "M247", kinds: .vpn)),
    ])

    /// "sloppy" is at high on its own (North Korean addresses, crypto paid to someone else) or,
    /// with `sloppyAtHigh` false, has only a failed document check (some evidence, below high);
    /// "quiet" shares one address with it, in the same hours by default: a link below a strong one.
    static func world(sharedIP: String = "73.5.5.5", quietHour: Int = 14, sloppyAtHigh: Bool = true) -> World {
        var p = World()
        p.add("account", "sloppy", day: 0, ["name": "A B", "country": "US"])
        p.add("account", "quiet", day: 0, ["name": "C D", "country": "US"])
        if sloppyAtHigh {
            for day in 0..<3 { p.add("login", "sloppy", day: day, hour: 3, ["ip": "175.45.176.\(day)"]) }
            p.add("payout", "sloppy", day: 4, ["destination": "d-1", "holder": "Z Y", "country": "CN", "method": "crypto", "wallet": "w1"])
        } else {
            p.add("document", "sloppy", day: 4, ["result": "failed", "reason": "photo tampering"])
        }
        for day in 0..<10 {
            p.add("login", "sloppy", day: day, hour: 14, ["ip": sharedIP])
            p.add("login", "quiet", day: day, hour: quietHour, ["ip": sharedIP])
        }
        return p
    }

    static func link(_ world: World) -> LinkAnalysis { world.link(networks: networks) }

    static func quiet(_ analysis: LinkAnalysis) -> AccountAssessment? { analysis.assessments.first { $0.account == "quiet" } }

    @Test func aPossiblyRelatedAccountAtHighPassesOnAShare() throws {
        let analysis = Self.link(Self.world())
        #expect(analysis.clusters.isEmpty)
        let link = try #require(analysis.possibleLinks.first)
        let sloppy = try #require(analysis.assessments.first { $0.account == "sloppy" })
        #expect(sloppy.level >= .high)
        let quiet = try #require(Self.quiet(analysis))
        let finding = try #require(quiet.findings.first { $0.rule == "cluster.neighbour" })
        let linker = Linker()
        let expected = link.weight / linker.weights.strongLink * min(linker.inheritedCap, linker.inheritedShare * sloppy.evidenceOfItsOwn)
        #expect(abs(quiet.inheritedEvidence - expected) < 0.01)
        #expect(finding.weight == quiet.inheritedEvidence)
        #expect(finding.summary.contains("sloppy"))
        #expect(finding.evidence.contains { $0.facts.contains { $0.key == "ip" && $0.value == "73.5.5.5" } })
        #expect(quiet.score > 0 && quiet.score < sloppy.score)
    }

    @Test func nothingPassesFromAnAccountBelowHighOrThroughAWeakKindOfLink() throws {
        let calm = Self.link(Self.world(sloppyAtHigh: false))
        let neighbour = try #require(calm.assessments.first { $0.account == "sloppy" })
        #expect(neighbour.ownEvidence > 1 && neighbour.level < .high)
        #expect(Self.quiet(calm)?.inheritedEvidence == 0, "the neighbour is not at high on its own")
        let apart = Self.link(Self.world(quietHour: 22))
        #expect(Self.quiet(apart)?.inheritedEvidence == 0, "the address is used at other hours")
        let vpn = Self.link(Self.world(sharedIP: "185.209.196.9"))
        #expect(vpn.possibleLinks.isEmpty == false)
        #expect(Self.quiet(vpn)?.inheritedEvidence == 0, "a VPN exit in the same hour: strangers share it")
    }
}

/// Proposal templates where near-duplicates are common (`Linker`, `Population.templateRarity`).
@Suite struct TemplateLinkTests {
    static let stock = "Hello! I am a senior full stack developer with 8 years of experience in React, Node.js and AWS. I have read your job post carefully and I can start right now."
    static let teamTemplate = "Dear hiring manager, our engineer has delivered twelve Shopify storefronts and three headless commerce migrations this year, knows your stack well and is available for a short video call tomorrow morning at any hour you like."

    /// A proposal of its own: 40 words drawn from a vocabulary, so that no two are alike.
    static func own(_ seed: Int) -> String {
        var state = UInt64(seed) &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
        return (0..<40).map { _ in
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return "w\(state >> 33 % 5_000)"
        }.joined(separator: " ")
    }

    /// Sixty bidders: t0–t2 send the team's template; the others the stock proposal (when `stockPhrases`) or texts of their own.
    static func world(stockPhrases: Bool) -> World {
        var p = World()
        for index in 0..<60 {
            let account = index < 3 ? "t\(index)" : "b\(index)"
            p.add("account", account, day: 0, ["name": "Person \(index)", "country": "US"])
            let text = index < 3 ? teamTemplate.replacingOccurrences(of: "twelve", with: ["twelve", "eleven", "ten"][index])
                : stockPhrases ? stock.replacingOccurrences(of: "8 years", with: "\(8 + index % 20) years") : own(index)
            p.add("bid", account, day: index % 20, ["text": text])
        }
        return p
    }

    func templateLinks(_ analysis: LinkAnalysis) -> [AccountLink] {
        analysis.possibleLinks.filter { $0.shared.contains { $0.identifier.kind == .proposalText } }
    }

    /// Among bidders who write their own, three accounts with one template are linked (not yet a cluster).
    @Test func aTeamTemplateAmongOwnTextsLinksTheTeam() {
        let links = templateLinks(Self.world(stockPhrases: false).link())
        #expect(Set(links.map { "\($0.first)-\($0.second)" }) == ["t0-t1", "t0-t2", "t1-t2"])
        #expect(links.allSatisfy { $0.weight == Linker().weights.base(.proposalText) })
    }

    /// Where everybody else sends stock phrases, resembling 56 others links nobody; a text only the
    /// team shares is still specific and keeps its weight.
    @Test func stockPhrasesLinkNobodyButATeamTemplateStillLinksTheTeam() {
        let links = templateLinks(Self.world(stockPhrases: true).link())
        #expect(Set(links.map { "\($0.first)-\($0.second)" }) == ["t0-t1", "t0-t2", "t1-t2"])
        #expect(links.allSatisfy { $0.weight == Linker().weights.base(.proposalText) })
    }
}
