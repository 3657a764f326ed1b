/// Phrases that move a conversation or a payment off the platform, which the advisories describe
/// as an early habit of DPRK IT workers (2022 advisory; FBI PSA Jan 2025) and which platforms
/// forbid.
public enum OffPlatformSignals {
    static let channels: [(phrase: [UInt8], channel: String)] = [
        ("telegram", "Telegram"), ("t.me/", "Telegram"), ("whatsapp", "WhatsApp"), ("wa.me/", "WhatsApp"),
        ("skype", "Skype"), ("discord", "Discord"), ("signal app", "Signal"), ("wechat", "WeChat"),
        ("pay outside", "payment off platform"), ("outside the platform", "payment off platform"),
        ("outside of upwork", "payment off platform"), ("direct payment", "payment off platform"),
        ("pay me directly", "payment off platform"), ("avoid the fee", "payment off platform"),
        ("avoid fees", "payment off platform"), ("paypal.me", "payment off platform"),
        ("usdt", "payment off platform"), ("crypto directly", "payment off platform"),
    ].map { (Array($0.0.utf8), $0.1) }
    static let onPlatform = Array("on the platform".utf8)
    static let outside = Array("outside".utf8)

    /// The off-platform channel a message proposes, or nil. Matching is ASCII case-insensitive
    /// over the UTF-8 bytes, so a message is read once per phrase without building new strings.
    public static func channel(in text: String) -> String? {
        var copy = text
        return copy.withUTF8 { bytes -> String? in
            if contains(bytes, onPlatform) && !contains(bytes, outside) { return nil }
            return channels.first { contains(bytes, $0.phrase) }?.channel
        }
    }

    private static func contains(_ text: UnsafeBufferPointer<UInt8>, _ phrase: [UInt8]) -> Bool {
        phrase.withUnsafeBufferPointer { CaselessSearch.contains(text, $0) }
    }
}
