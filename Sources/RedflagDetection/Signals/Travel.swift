import RedflagEnrichment
import RedflagPrimitives

/// The journey two sessions imply: how far apart they were — by their addresses' coordinates or,
/// without them, their countries' representative points — and in how long (at least a minute).
struct Travel {
    let kilometres: Double
    let hours: Double

    /// Nil when either place cannot be put on the map.
    init?(
        from start: (location: Coordinate?, country: CountryCode, time: Timestamp),
        to end: (location: Coordinate?, country: CountryCode, time: Timestamp), geography: any CountryGeography
    ) {
        guard let origin = start.location ?? geography.coordinate(of: start.country),
            let destination = end.location ?? geography.coordinate(of: end.country)
        else { return nil }
        kilometres = origin.distanceKilometres(to: destination)
        hours = max(Double(end.time.milliseconds - start.time.milliseconds) / 3_600_000, 1.0 / 60)
    }

    var kilometresPerHour: Double { kilometres / hours }

    /// Farther than `minimumKilometres` and faster than `maximumSpeed`: no airliner covers it.
    func isImpossible(minimumKilometres: Double, maximumSpeed: Double) -> Bool {
        kilometres >= minimumKilometres && kilometresPerHour > maximumSpeed
    }
}
