import RedflagPrimitives
import Testing

@testable import RedflagDetection

/// The one-pass phrase search must find exactly what searching phrase by phrase finds.
struct CaselessPhraseSetTests {
    static let phrases = OffPlatformSignals.channels.map(\.phrase) + ["on the platform", "outside", "a", "aa", "ab"]

    @Test func findsExactlyWhatSearchingEachPhraseFinds() {
        let set = CaselessPhraseSet(Self.phrases)
        var random = SplitMix64(seed: 7)
        // Texts built from pieces of the phrases (with their case changed and cut short), filler and
        // non-ASCII bytes, so that phrases overlap, repeat, start at the first byte and end at the last.
        let pieces = Self.phrases + ["TELEGRAM", "Wa.Me/", "pay", "outsid", "é", " ", "x", "t.m", "skyp", "Discord"]
        for _ in 0..<3_000 {
            var text = ""
            for _ in 0..<Int(random.next() % 8) { text += pieces[Int(random.next() % UInt64(pieces.count))] }
            var copy = text
            let found = copy.withUTF8 { set.occurrences(in: $0) }
            for (index, phrase) in Self.phrases.enumerated() {
                var (textCopy, phraseCopy) = (text, phrase)
                let expected = textCopy.withUTF8 { text in phraseCopy.withUTF8 { CaselessSearch.contains(text, $0) } }
                #expect((found >> UInt64(index)) & 1 == (expected ? 1 : 0), "\(phrase) in \(text)")
            }
        }
    }

    @Test func offPlatformChannelIsTheFirstListedPhraseFound() {
        #expect(OffPlatformSignals.channel(in: "ping me on DISCORD or telegram") == "Telegram")
        #expect(OffPlatformSignals.channel(in: "let's keep it on the platform, I use Skype only for calls") == nil)
        #expect(OffPlatformSignals.channel(in: "on the platform fees are high, pay outside via USDT") == "payment off platform")
        #expect(OffPlatformSignals.channel(in: "thanks, I will start today") == nil)
        #expect(OffPlatformSignals.channel(in: "wa.me/15550100") == "WhatsApp")
    }
}
