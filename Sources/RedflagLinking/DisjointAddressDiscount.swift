import RedflagDetection
import RedflagPrimitives

/// Discounts addresses two accounts used at different hours, which pooled networks produce by chance.
///
/// A VPN provider's exit pool, an ISP's dynamic range or a coworking space hands the same
/// addresses to many unrelated customers over weeks. Two such customers end up "sharing" a dozen
/// addresses of one network without ever being online together — the same fact, seen a dozen
/// times. So, for one pair of accounts, addresses used at different hours count once per network
/// (/24 for IPv4, /48 for IPv6: the best-weighted address of each keeps its weight, the others
/// count 0 but stay listed as evidence), and together they count at most ``LinkWeights/disjointAddressCap``,
/// which is below a strong link. Addresses used in the same hour (a laptop farm, a shared office
/// session) are specific and count in full.
enum DisjointAddressDiscount {
    static func apply(_ shared: [SharedIdentifier], cap: Double) -> [SharedIdentifier] {
        // In identifier order, so that the sums below do not depend on the order the pairs were found in.
        var result = shared.sorted { $0.identifier < $1.identifier }
        var bestInNetwork: [UInt64: Int] = [:]
        for index in result.indices where result[index].identifier.kind == .ip && !result[index].concurrent {
            var text = result[index].identifier.value
            guard let network = text.withUTF8({ IPAddress(utf8: $0) }).map(networkKey) else { continue }
            if let best = bestInNetwork[network] {
                // Keep the heavier; of equal weights the smaller address.
                let (keep, drop) = Self.heavier(result[best], result[index]) ? (best, index) : (index, best)
                result[drop].weight = 0
                bestInNetwork[network] = keep
            } else {
                bestInNetwork[network] = index
            }
        }
        let disjoint = result.indices.filter { result[$0].identifier.kind == .ip && !result[$0].concurrent }
        let total = disjoint.reduce(0) { $0 + result[$1].weight }
        if total > cap {
            for index in disjoint { result[index].weight *= cap / total }
        }
        return result
    }

    private static func heavier(_ a: SharedIdentifier, _ b: SharedIdentifier) -> Bool {
        (a.weight, b.identifier.value) > (b.weight, a.identifier.value)
    }

    private static func networkKey(_ address: IPAddress) -> UInt64 {
        if let v4 = address.v4Value { return UInt64(v4 >> 8) }
        return (address.high >> 16) | 1 << 63
    }
}
