import RedflagPrimitives

/// Guesses hosting or VPN use from an AS organisation name when no list names the ASN.
///
/// Words are matched whole, after splitting the upper-cased name on anything that is not a letter
/// or digit, so `CLOUD` matches `ACME-CLOUD` but not `CLOUDFLARENET`. Strong words (HOSTING,
/// DATACENTER, VPS, VPN, …) always count; weak ones (CLOUD, SERVER, HOST, COLO) are ignored when the
/// name also reads like an access provider (TELECOM, BROADBAND, CABLE, MOBILE, …), because eyeball
/// ISPs sell "cloud" and "server" products on the side. Cloudflare is never matched here: the
/// curated list decides it (`proxy`, see docs/enrichment.md).
public struct ASNameHeuristics: Sendable {
    /// Source label for evidence.
    public static let sourceLabel = "as-name-heuristic"

    public init() {}

    /// The kinds the name suggests; empty when nothing matched.
    public func kinds(forOrganization name: String) -> NetworkKinds {
        if let kinds = name.utf8.withContiguousStorageIfAvailable({ ASNameWordTable.shared.asciiKinds($0) }),
            let kinds
        {
            return kinds
        }
        return Self.kinds(ofWords: Self.words(name))
    }

    /// The classification of already split, upper-cased words (the reference the ASCII fast path follows).
    static func kinds(ofWords words: [String]) -> NetworkKinds {
        guard !words.isEmpty else { return [] }
        var kinds: NetworkKinds = []
        if words.contains(where: Self.vpnWords.contains) { kinds.insert(.vpn) }
        let strong = words.contains(where: Self.strongHostingWords.contains)
            || zip(words, words.dropFirst()).contains { Self.strongHostingPhrases.contains([$0, $1]) }
            || words.contains { word in
                Self.hostingStems.contains { word.utf8.count > $0.count + 2 && word.utf8.suffix($0.count).elementsEqual($0) }
            }
        let weak = words.contains(where: Self.weakHostingWords.contains)
        let accessProvider = words.contains(where: Self.accessProviderWords.contains)
        if strong || (weak && !accessProvider) { kinds.insert(.hosting) }
        return kinds
    }

    static func words(_ name: String) -> [String] {
        let utf8 = name.utf8
        guard utf8.allSatisfy({ $0 < 0x80 }) else {
            return name.uppercased().split { !($0.isLetter || $0.isNumber) }.map(String.init)
        }
        var words: [String] = []
        var current: [UInt8] = []
        for byte in utf8 {
            switch byte {
            case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"): current.append(byte)
            case UInt8(ascii: "a")...UInt8(ascii: "z"): current.append(byte - 32)
            default:
                if !current.isEmpty { words.append(String(decoding: current, as: UTF8.self)) }
                current.removeAll(keepingCapacity: true)
            }
        }
        if !current.isEmpty { words.append(String(decoding: current, as: UTF8.self)) }
        return words
    }

    static let vpnWords: Set<String> = ["VPN", "VPNS", "NORDVPN", "EXPRESSVPN", "PUREVPN", "SURFSHARK", "PROTONVPN"]
    static let strongHostingWords: Set<String> = [
        "HOSTING", "DATACENTER", "DATACENTERS", "DATACENTRE", "DATACENTRES", "VPS", "VDS", "COLOCATION",
        "DEDICATED", "SERVERS", "WEBHOSTING", "HOSTER",
    ]
    /// Compound words ending in these (`CLOUDHOSTING`, `MYDATACENTER`) count as strong.
    static let hostingStems: [[UInt8]] = ["HOSTING", "DATACENTER", "DATACENTRE"].map { Array($0.utf8) }
    static let strongHostingPhrases: Set<[String]> = [
        ["DATA", "CENTER"], ["DATA", "CENTRE"], ["DATA", "CENTERS"], ["CLOUD", "COMPUTING"], ["CLOUD", "SERVICES"],
        ["CLOUD", "INFRASTRUCTURE"],
    ]
    static let weakHostingWords: Set<String> = ["CLOUD", "SERVER", "HOST", "COLO", "IAAS"]
    static let accessProviderWords: Set<String> = [
        "TELECOM", "TELEKOM", "TELECOMMUNICATIONS", "TELECOMUNICACOES", "TELECOMUNICACIONES", "BROADBAND", "CABLE",
        "MOBILE", "WIRELESS", "CELLULAR", "FIBER", "FIBRE", "DSL", "COMMUNICATIONS", "TELEFONICA", "TELCO",
    ]
}
