import RedflagPrimitives
import Testing

struct ASCIISplitTests {
    static let texts = ["", "a", "\t", "a\tb", "\ta\t\tb\t", "é\tß\t日本\t", "a b\tc", "x\t\ty", "👩‍👩‍👧\t👍🏽"]

    @Test(arguments: texts)
    func splitsLikeTheCharacterSplit(text: String) {
        for omitting in [true, false] {
            let expected = text.split(separator: "\t", omittingEmptySubsequences: omitting).map(String.init)
            #expect(text.split(atASCII: "\t", omittingEmptySubsequences: omitting).map(String.init) == expected)
            let inner = ("<" + text + ">").dropFirst().dropLast()
            #expect(inner.split(atASCII: "\t", omittingEmptySubsequences: omitting).map(String.init) == expected)
        }
    }

    @Test func splitsCarriageReturnLineFeedAtTheLineFeed() {
        #expect("a\r\nb\n".split(atASCII: "\n", omittingEmptySubsequences: false) == ["a\r", "b", ""])
        #expect("a\r\nb\n".split(separator: "\n") == ["a\r\nb"])  // one Character, "\r\n", never matches "\n"
    }
}
