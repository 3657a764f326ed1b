import Foundation
import RedflagPrimitives

/// One loaded classification list: ASNs and/or address ranges, each tagged with network kinds.
///
/// Lists come from the curated resource shipped with Redflag or from files the user supplies
/// (VPN ranges, datacenter ASNs, Tor exits, the organisation's own offices). ``name`` is the source
/// label written into ``IPFacts/sources`` when the list matches, e.g. `list:x4bnet-vpn-ipv4.txt`.
public struct NetworkList: Sendable {
    /// The file layouts the loader understands.
    public enum Format: String, Sendable, CaseIterable {
        /// One CIDR block (or bare address) a line: `2.26.157.0/24`.
        case cidr
        /// One address a line, IPv4 or IPv6 (a Tor exit list).
        case ipList
        /// `AS#### # name`, optionally with a kinds column: `AS14061 hosting,vpn # name`.
        case asn
        /// `ASN,"Entity"` CSV with an optional header row (brianhama/bad-asn-list).
        case asnCSV
    }

    /// Source label for evidence (`curated-asn`, `list:x4bnet-vpn-ipv4.txt`).
    public var name: String
    /// Kinds of every entry that does not carry its own.
    public var kinds: NetworkKinds
    /// Listed ASNs with their kinds.
    public var asns: [UInt32: NetworkKinds]
    /// AS names given in the file, for display.
    public var asNames: [UInt32: String]
    /// Listed address ranges.
    public var networks: CIDRSet

    public init(
        name: String, kinds: NetworkKinds, asns: [UInt32: NetworkKinds] = [:], asNames: [UInt32: String] = [:],
        networks: CIDRSet = CIDRSet()
    ) {
        self.name = name
        self.kinds = kinds
        self.asns = asns
        self.asNames = asNames
        self.networks = networks
    }

    /// Loads a list file. `name` defaults to `list:` plus the file name.
    public static func load(
        contentsOf url: URL, format: Format, kinds: NetworkKinds, name: String? = nil
    ) throws(NetworkListError) -> NetworkList {
        let text: String
        do {
            let data = try Data(contentsOf: url)
            guard let decoded = String(data: data, encoding: .utf8) else {
                throw NetworkListError(file: url.path, line: 0, reason: "not UTF-8 text")
            }
            text = decoded
        } catch let error as NetworkListError {
            throw error
        } catch {
            throw NetworkListError(file: url.path, line: 0, reason: "cannot read: \(error.localizedDescription)")
        }
        return try parse(text, file: url.path, format: format, kinds: kinds, name: name ?? "list:\(url.lastPathComponent)")
    }

    /// The organisation's own offices and corporate VPN (CIDR file): marked `.office`, which wins over every
    /// anonymizing kind.
    public static func offices(contentsOf url: URL) throws(NetworkListError) -> NetworkList {
        try load(contentsOf: url, format: .cidr, kinds: .office, name: "office:\(url.lastPathComponent)")
    }

    /// Astrill VPN ranges (CIDR file): marked `.astrill` and `.vpn`.
    public static func astrill(contentsOf url: URL) throws(NetworkListError) -> NetworkList {
        try load(contentsOf: url, format: .cidr, kinds: [.astrill, .vpn], name: "astrill:\(url.lastPathComponent)")
    }

    /// Tor exit relays, one address a line: marked `.tor`.
    public static func torExits(contentsOf url: URL) throws(NetworkListError) -> NetworkList {
        try load(contentsOf: url, format: .ipList, kinds: .tor, name: "tor:\(url.lastPathComponent)")
    }

    /// Parses list text; `file` names the source in errors.
    public static func parse(
        _ text: String, file: String, format: Format, kinds: NetworkKinds, name: String
    ) throws(NetworkListError) -> NetworkList {
        var list = NetworkList(name: name, kinds: kinds)
        var networks: [IPNetwork] = []
        var lineNumber = 0
        for rawLine in text.split(atASCII: "\n", omittingEmptySubsequences: false) {
            lineNumber += 1
            let fail = { (reason: String) in NetworkListError(file: file, line: lineNumber, reason: reason) }
            switch format {
            case .cidr, .ipList:
                let content = ListLine.stripComment(rawLine)
                guard !content.isEmpty else { continue }
                if format == .ipList {
                    guard let address = IPAddress(content) else { throw fail("not an IP address: \(content)") }
                    networks.append(IPNetwork(address: address, prefixLength: address.family == .v4 ? 32 : 128))
                } else {
                    guard let network = IPNetwork(content) else { throw fail("not a CIDR block: \(content)") }
                    networks.append(network)
                }
            case .asn:
                guard let entry = try ListLine.asnEntry(rawLine, defaultKinds: kinds, fail: fail) else { continue }
                list.add(entry)
            case .asnCSV:
                guard let entry = try ListLine.csvEntry(rawLine, lineNumber: lineNumber, kinds: kinds, fail: fail) else {
                    continue
                }
                list.add(entry)
            }
        }
        list.networks = CIDRSet(networks)
        return list
    }

    private mutating func add(_ entry: ListLine.ASNEntry) {
        asns[entry.asn, default: []].formUnion(entry.kinds)
        if let asName = entry.name, !asName.isEmpty, asNames[entry.asn] == nil { asNames[entry.asn] = asName }
    }
}
