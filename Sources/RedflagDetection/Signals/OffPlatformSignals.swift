/// Phrases that move a conversation or a payment off the platform, which the advisories describe
/// as an early habit of DPRK IT workers (2022 advisory; FBI PSA Jan 2025) and which platforms
/// forbid.
public enum OffPlatformSignals {
    /// The channel of a request to be paid outside the platform.
    public static let payment = "payment off platform"
    static let channels: [(phrase: String, channel: String)] = [
        ("telegram", "Telegram"), ("t.me/", "Telegram"), ("whatsapp", "WhatsApp"), ("wa.me/", "WhatsApp"),
        ("skype", "Skype"), ("discord", "Discord"), ("signal app", "Signal"), ("wechat", "WeChat"),
        ("pay outside", payment), ("outside the platform", "a channel outside the platform"),
        ("outside of upwork", "a channel outside the platform"), ("direct payment", payment),
        ("pay me directly", payment), ("avoid the fee", payment),
        ("avoid fees", payment), ("paypal.me", payment),
        ("usdt", payment), ("crypto directly", payment),
    ]
    /// The channel phrases, then "on the platform" and "outside", looked for in one pass.
    private static let phrases = CaselessPhraseSet(channels.map(\.phrase) + ["on the platform", "outside"])
    private static let channelBits: UInt64 = (1 << UInt64(channels.count)) - 1
    private static let onPlatformBit: UInt64 = 1 << UInt64(channels.count)
    private static let outsideBit: UInt64 = 1 << UInt64(channels.count + 1)

    /// The off-platform channel a message proposes, or nil: the first channel of the list whose
    /// phrase occurs, unless the message speaks of staying on the platform without "outside".
    /// Matching is ASCII case-insensitive over the UTF-8 bytes, without building new strings.
    public static func channel(in text: String) -> String? {
        var copy = text
        let found = copy.withUTF8 { phrases.occurrences(in: $0) }
        if found & onPlatformBit != 0 && found & outsideBit == 0 { return nil }
        let channelsFound = found & channelBits
        return channelsFound == 0 ? nil : channels[channelsFound.trailingZeroBitCount].channel
    }
}
