import RedflagPrimitives

/// How a date of birth or a country in the query moves a name score. Neither can create a match:
/// a country agreement only adds points to a name that already meets the threshold, and nationality
/// is never used without a name match.
public enum MatchAdjustment {
    /// Same full date of birth.
    public static let sameBirthDate = 5.0
    /// Same birth year (or within a listed range).
    public static let sameBirthYear = 3.0
    /// Every listed birth year is more than one year away.
    public static let differentBirthYear = -15.0
    /// The query's country is among the entry's nationalities or address countries.
    public static let sameCountry = 2.0
    /// The entry lists countries and the query's is not one of them.
    public static let differentCountry = -5.0
    /// The most a query's details can raise a name score.
    public static let maximumRaise = sameBirthDate

    /// The adjusted score, clamped to 0...100.
    public static func adjust(score: Double, threshold: Double, entry: SanctionsEntry, query: ScreeningQuery) -> Double {
        var delta = 0.0
        if let birth = query.birthDate, entry.kind == .individual {
            let years = entry.birthYears
            if let year = DateText.years(in: birth).first, !years.isEmpty {
                let day = DateText.isoDay(birth)
                if let day, entry.birthDates.contains(where: { DateText.isoDay($0) == day }) {
                    delta += sameBirthDate
                } else if years.contains(year) {
                    delta += sameBirthYear
                } else if !years.contains(where: { abs($0 - year) <= 1 }) {
                    delta += differentBirthYear
                }
            }
        }
        if let country = query.country {
            let listed = Set(entry.nationalities + entry.addressCountries)
            if !listed.isEmpty {
                if listed.contains(country) {
                    if score >= threshold { delta += sameCountry }
                } else {
                    delta += differentCountry
                }
            }
        }
        return min(100, max(0, score + delta))
    }
}
