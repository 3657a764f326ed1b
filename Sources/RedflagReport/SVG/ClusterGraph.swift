import Foundation
import RedflagDetection
import RedflagLinking

/// A cluster as a graph: accounts on an outer circle, the identifiers they share on an inner
/// one, in sorted order so the same cluster always draws the same way.
enum ClusterGraph {
    static func svg(_ cluster: Cluster) -> String {
        let accounts = cluster.members.sorted()
        var identifiers: [Identifier: Set<String>] = [:]
        for link in cluster.links {
            for shared in link.shared { identifiers[shared.identifier, default: []].formUnion([link.first, link.second]) }
        }
        let shared = identifiers.keys.sorted().prefix(24)
        let size = 360.0, centre = size / 2
        func point(_ index: Int, of count: Int, radius: Double) -> (Double, Double) {
            let angle = 2 * Double.pi * Double(index) / Double(max(count, 1)) - Double.pi / 2
            return (centre + radius * cos(angle), centre + radius * sin(angle))
        }
        let accountPoints = Dictionary(uniqueKeysWithValues: accounts.enumerated().map { ($1, point($0, of: accounts.count, radius: 140)) })
        var parts = ["<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"graph\" width=\"\(Int(size))\" height=\"\(Int(size))\" role=\"img\" aria-label=\"cluster graph\">"]
        var nodes: [String] = []
        for (index, identifier) in shared.enumerated() {
            let (x, y) = point(index, of: shared.count, radius: shared.count == 1 ? 0 : 70)
            for account in identifiers[identifier]!.sorted() {
                guard let (ax, ay) = accountPoints[account] else { continue }
                parts.append("<line x1=\"\(SVG.number(x))\" y1=\"\(SVG.number(y))\" x2=\"\(SVG.number(ax))\" y2=\"\(SVG.number(ay))\" stroke=\"#bbb\"/>")
            }
            let label = SVG.escape(identifier.kind.rawValue)
            nodes.append("<rect x=\"\(SVG.number(x - 5))\" y=\"\(SVG.number(y - 5))\" width=\"10\" height=\"10\" fill=\"\(SVG.colour(for: identifier.kind.rawValue))\"><title>\(SVG.escape(identifier.description))</title></rect><text x=\"\(SVG.number(x + 7))\" y=\"\(SVG.number(y + 3))\" font-size=\"8\">\(label)</text>")
        }
        for account in accounts {
            let (x, y) = accountPoints[account]!
            nodes.append("<circle cx=\"\(SVG.number(x))\" cy=\"\(SVG.number(y))\" r=\"7\" fill=\"#30638e\"><title>\(SVG.escape(account))</title></circle><text x=\"\(SVG.number(x - 20))\" y=\"\(SVG.number(y + 18))\" font-size=\"9\">\(SVG.escape(account))</text>")
        }
        parts += nodes
        parts.append("</svg>")
        return parts.joined()
    }
}
