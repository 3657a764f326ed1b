import RedflagEnrichment
import RedflagPrimitives
import RedflagScreening

/// The outside knowledge detection uses: IP facts, contact-point classification, country
/// geography and sanctions screening. Built once per scan and shared read-only.
public struct DetectionContext: Sendable {
    public var ipIntelligence: any IPIntelligence
    /// Sanctions lists and DPRK indicators; nil screens nothing.
    public var screener: Screener?
    /// Countries whose unanonymized addresses on an account that claims to live elsewhere are a
    /// leak (`network.leak`): the origins the advisories and designations name — China and Russia
    /// (2022 advisory), Laos (Treasury's May 2023 designation of Chinyong, whose IT workers are in
    /// Russia and Laos), North Korea.
    public var highRiskOrigins: Set<CountryCode>
    /// North Korean address space, flagged by `network.dprk_space` whatever the database says.
    public var dprkNetworks: [IPNetwork]
    public var geography: any CountryGeography
    public var contacts: any ContactClassifier

    public init(
        ipIntelligence: any IPIntelligence,
        screener: Screener? = nil,
        geography: any CountryGeography = NoGeography(),
        contacts: any ContactClassifier = NoContactClassifier(),
        highRiskOrigins: Set<CountryCode> = Set(["CN", "RU", "KP", "LA"].compactMap(CountryCode.init)),
        dprkNetworks: [IPNetwork] = ["175.45.176.0/22", "210.52.109.0/24", "77.94.35.0/24"].compactMap(IPNetwork.init)
    ) {
        self.ipIntelligence = ipIntelligence
        self.screener = screener
        self.geography = geography
        self.contacts = contacts
        self.highRiskOrigins = highRiskOrigins
        self.dprkNetworks = dprkNetworks
    }

    func isDPRK(_ address: IPAddress, country: CountryCode?) -> Bool {
        country?.code == "KP" || dprkNetworks.contains { $0.contains(address) }
    }
}
