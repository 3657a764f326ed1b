/// Phrases that move a conversation or a payment off the platform, which the advisories describe
/// as an early habit of DPRK IT workers (2022 advisory; FBI PSA Jan 2025) and which platforms
/// forbid.
public enum OffPlatformSignals {
    static let channels: [(String, String)] = [
        ("telegram", "Telegram"), ("t.me/", "Telegram"), ("whatsapp", "WhatsApp"), ("wa.me/", "WhatsApp"),
        ("skype", "Skype"), ("discord", "Discord"), ("signal app", "Signal"), ("wechat", "WeChat"),
        ("pay outside", "payment off platform"), ("outside the platform", "payment off platform"),
        ("outside of upwork", "payment off platform"), ("direct payment", "payment off platform"),
        ("pay me directly", "payment off platform"), ("avoid the fee", "payment off platform"),
        ("avoid fees", "payment off platform"), ("paypal.me", "payment off platform"),
        ("usdt", "payment off platform"), ("crypto directly", "payment off platform"),
    ]

    /// The off-platform channel a message proposes, or nil.
    public static func channel(in text: String) -> String? {
        let lowered = text.lowercased()
        if lowered.contains("on the platform") && !lowered.contains("outside") { return nil }
        return channels.first { lowered.contains($0.0) }?.1
    }
}
