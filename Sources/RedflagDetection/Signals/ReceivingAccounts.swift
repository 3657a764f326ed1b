import RedflagPrimitives

/// The countries where Wise and Payoneer keep the local bank details they give their customers to be
/// paid into, wherever the customers live. A freelancer in Pakistan paid through Payoneer's US
/// receiving account, or through Wise's Belgian euro details, is paid at home: the payout's country is
/// the provider's, not the person's.
///
/// Wise: local account details in USD (US), EUR (BE; DE for older accounts), GBP, CAD, AUD, NZD, SGD,
/// HUF, RON and TRY (Wise help pages "How your Wise account details work"; Wise Business's announcement of global
/// account details).
/// Payoneer: receiving accounts in the US, the UK, the euro area, Japan and Mexico, domestic wires in
/// Singapore, and AUD and CAD accounts (Payoneer "Receiving accounts — FAQ" and "Global Payment
/// Service"). Hong Kong and the Emirates, where front companies bank, are left out.
enum ReceivingAccounts {
    static let countries: [String: Set<CountryCode>] = [
        "wise": codes("US", "BE", "DE", "GB", "CA", "AU", "NZ", "SG", "HU", "RO", "TR"),
        "payoneer": codes("US", "GB", "DE", "IE", "BE", "JP", "MX", "SG", "AU", "CA"),
    ]

    /// Whether a payout by `method` into `country` may be a provider's receiving account.
    static func isProviderAccount(method: String?, country: CountryCode) -> Bool {
        guard let method else { return false }
        return countries[method.lowercased()]?.contains(country) == true
    }

    private static func codes(_ values: String...) -> Set<CountryCode> { Set(values.compactMap(CountryCode.init)) }
}
