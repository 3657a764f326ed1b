import RedflagPrimitives

/// Where an account's profile says it lives, normalised for comparison with other accounts' claims.
public struct ClaimedPlace: Sendable, Hashable {
    /// City and country: people who live together claim the same one.
    public var town: String
    /// Region (state, province) and country, or the town where the profile gives no region: `Brooklyn, NY`
    /// and `New York, NY` are one area, so claims that differ only in how a metro area is named agree here.
    public var area: String
    /// The claimed country.
    public var country: CountryCode

    public init(city: String, region: String?, country: CountryCode) {
        self.country = country
        town = "\(Normalize.text(city)), \(country.code)"
        area = region.map { "\(Normalize.text($0)), \(country.code)" } ?? town
    }
}
