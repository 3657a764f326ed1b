import RedflagDetection
import RedflagPrimitives

/// Sessions per day stacked by where they came from: the claimed country, other countries,
/// and anonymizing networks (grey).
enum CountryTimeline {
    static func svg(_ state: AccountState) -> String {
        let network = state.network
        let days = Set(network.dailyCountries.keys).union(network.dailyAnonymized.keys)
        guard let first = days.min(), let last = days.max() else { return "" }
        let dayCount = min(last - first + 1, 180)
        let barWidth = 6.0, chartHeight = 80.0, left = 4.0, top = 14.0
        var maximum = 1
        for offset in 0..<dayCount {
            let located = network.dailyCountries[first + offset]?.values.reduce(0, +) ?? 0
            maximum = max(maximum, located + (network.dailyAnonymized[first + offset] ?? 0))
        }
        var legend = Set<String>()
        var parts = ["<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"timeline\" width=\"\(SVG.number(left + Double(dayCount) * barWidth + 4))\" height=\"\(SVG.number(top + chartHeight + 28))\" role=\"img\" aria-label=\"login countries over time\">"]
        parts.append("<text x=\"0\" y=\"10\" font-size=\"9\">sessions per day by origin</text>")
        for offset in 0..<dayCount {
            var y = top + chartHeight
            var segments = (network.dailyCountries[first + offset] ?? [:]).sorted { $0.key < $1.key }.map { ($0.key.code, $0.value) }
            if let anonymized = network.dailyAnonymized[first + offset] { segments.append(("VPN/hosting", anonymized)) }
            let claimed = state.profile.claimedCountry(at: Timestamp(milliseconds: Int64(first + offset) * 86_400_000))?.code
            for (label, count) in segments {
                let height = Double(count) / Double(maximum) * chartHeight
                y -= height
                let colour = label == "VPN/hosting" ? "#999999" : (label == claimed ? "#1a9850" : SVG.colour(for: label))
                legend.insert(label == claimed ? "\(label) (claimed)" : label)
                parts.append("<rect x=\"\(SVG.number(left + Double(offset) * barWidth))\" y=\"\(SVG.number(y))\" width=\"\(barWidth - 1)\" height=\"\(SVG.number(max(height, 0.5)))\" fill=\"\(colour)\"><title>\(SVG.escape(label)): \(count)</title></rect>")
            }
        }
        parts.append("<text x=\"0\" y=\"\(SVG.number(top + chartHeight + 20))\" font-size=\"9\">\(SVG.escape(legend.sorted().joined(separator: " · ")))</text>")
        parts.append("</svg>")
        return parts.joined()
    }
}
