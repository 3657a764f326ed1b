import RedflagPrimitives

/// Whether an account's days abroad read as travel: successive stays in different countries.
///
/// Each day abroad is given the foreign country with most of its sessions (ties to the smaller
/// code). The days, in order, form an itinerary when they fall into runs of one country each, in
/// two or more countries, and no country comes back after the account has left it — a traveller
/// moves on, while accounts worked from elsewhere show one country, or several interleaved from day
/// to day. A stay in a high-risk origin is never part of an itinerary.
enum Itinerary {
    /// The number of stays, or nil when the days abroad are not an itinerary.
    static func stays(_ account: AccountState, highRiskOrigins: Set<CountryCode>) -> Int? {
        var abroad: [(day: Int, country: CountryCode)] = []
        for (day, counts) in account.network.dailyCountries {
            let claimed = account.profile.claimedCountry(at: startOfDay(day))
            let foreign = counts.filter { $0.key != claimed }
            guard let top = foreign.max(by: { ($0.value, $1.key) < ($1.value, $0.key) }) else { continue }
            abroad.append((day, top.key))
        }
        abroad.sort { $0.day < $1.day }
        var visited: [CountryCode] = []
        for stop in abroad where stop.country != visited.last {
            if highRiskOrigins.contains(stop.country) || visited.contains(stop.country) { return nil }
            visited.append(stop.country)
        }
        return visited.count >= 2 ? visited.count : nil
    }
}
