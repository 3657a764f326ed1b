/// Every built-in rule, in the order `redflag rules` lists them. Adding a rule means writing it
/// in its family's file and adding it here.
public enum RuleCatalogue {
    public static let all: [any Rule] = [
        CountryMismatchRule(), CountryHoppingRule(), AnonymizerRule(), LeakRule(), DPRKSpaceRule(), SharedIPRule(),
        SharedDeviceRule(),
        MarathonRule(), AlwaysOnRule(), OffHoursRule(),
        BidBurstRule(), BidThrottledRule(), BidTemplateRule(), ClientTargetingRule(),
        HolderMismatchRule(), SharedPayoutRule(), PayoutChurnRule(), CryptoPayoutRule(), ForeignPayoutRule(),
        SharedShippingAddressRule(), ShippingMismatchRule(),
        RemoteAccessRule(), IPKVMRule(), EndpointLocationRule(),
        InterviewNoVideoRule(), InterviewFlagsRule(),
        IdentityDocumentRule(), IdentityReferencesRule(), IdentityContactRule(),
        TakeoverRule(), OffPlatformRule(), ReviewFarmingRule(),
    ]
}
