import RedflagDetection
import RedflagPrimitives

/// Hours of the day (rows, UTC) by days (columns): a filled cell is an hour with activity.
/// Shared accounts show as bands that never break; people show a nightly gap.
enum ActivityHeatmap {
    static func svg(_ activity: ActivityState) -> String {
        guard let first = activity.days.keys.min(), let last = activity.days.keys.max() else { return "" }
        let dayCount = min(last - first + 1, 180)
        let cell = 6.0, left = 28.0, top = 14.0
        let width = left + Double(dayCount) * cell + 4, height = top + 24 * cell + 16
        var parts = ["<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"heatmap\" width=\"\(SVG.number(width))\" height=\"\(SVG.number(height))\" role=\"img\" aria-label=\"activity by hour of day\">"]
        parts.append("<text x=\"0\" y=\"10\" font-size=\"9\">UTC hour × day, \(startOfDayString(first)) → \(startOfDayString(first + dayCount - 1))</text>")
        for hour in stride(from: 0, to: 24, by: 6) {
            parts.append("<text x=\"0\" y=\"\(SVG.number(top + Double(hour) * cell + cell))\" font-size=\"8\">\(hour)h</text>")
        }
        for offset in 0..<dayCount {
            guard let day = activity.days[first + offset] else { continue }
            let heavy = day.workedMinutes > 14 * 60
            for hour in 0..<24 where day.hourMask >> UInt32(hour) & 1 == 1 {
                parts.append("<rect x=\"\(SVG.number(left + Double(offset) * cell))\" y=\"\(SVG.number(top + Double(hour) * cell))\" width=\"\(cell - 1)\" height=\"\(cell - 1)\" fill=\"\(heavy ? "#b2182b" : "#2166ac")\"/>")
            }
        }
        parts.append("</svg>")
        return parts.joined()
    }

    static func startOfDayString(_ day: Int) -> String { Timestamp(milliseconds: Int64(day) * 86_400_000).dayString }
}
