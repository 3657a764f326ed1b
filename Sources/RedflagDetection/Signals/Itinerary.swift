import RedflagPrimitives

/// Whether an account's days abroad read as travel: successive stays in different countries.
///
/// Each day abroad comes with the foreign country that had most of its sessions. The days, in
/// order, form an itinerary when they fall into runs of one country each, in two or more countries,
/// and no country comes back after the account has left it — a traveller moves on, while accounts
/// worked from elsewhere show one country, or several interleaved from day to day. A stay in a
/// high-risk origin is never part of an itinerary.
enum Itinerary {
    /// The number of stays of `abroad` (days in any order), or nil when they are not an itinerary.
    static func stays(_ abroad: [(day: Int, country: CountryCode)], highRiskOrigins: Set<CountryCode>) -> Int? {
        var visited: [CountryCode] = []
        for stop in abroad.sorted(by: { $0.day < $1.day }) where stop.country != visited.last {
            if highRiskOrigins.contains(stop.country) || visited.contains(stop.country) { return nil }
            visited.append(stop.country)
        }
        return visited.count >= 2 ? visited.count : nil
    }
}
