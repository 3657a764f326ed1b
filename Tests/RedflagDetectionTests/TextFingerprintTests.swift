import Testing

@testable import RedflagDetection

struct TextFingerprintTests {
    static let template = """
        Hello, I have read your job description carefully and I am confident that I can deliver a clean, \
        well tested solution on time. I have more than seven years of experience with React, Node and AWS, \
        and I have built similar dashboards for clients in finance and logistics. Let us discuss the details.
        """

    @Test func similarityIsTheShareOfEqualPositions() {
        let a = MinHashSignature(values: Array(0..<32))
        var b = a
        for index in stride(from: 0, to: 32, by: 4) { b.values[index] += 100 }
        #expect(a.similarity(to: a) == 1)
        #expect(a.similarity(to: b) == 0.75)
        #expect(a.similarity(to: MinHashSignature(values: (0..<32).map { $0 + 1 })) == 0)
    }

    @Test func nearCopiesOfATemplateAreSimilarAndOtherTextIsNot() throws {
        let original = try #require(TextFingerprint.signature(Self.template))
        let edited = try #require(TextFingerprint.signature(Self.template.replacingOccurrences(of: "seven", with: "eight")))
        let other = try #require(TextFingerprint.signature(String(Self.template.split(separator: " ").reversed().joined(separator: " "))))
        #expect(original.similarity(to: edited) >= TextFingerprint.templateSimilarity)
        #expect(original.similarity(to: other) < 0.3)
        #expect(TextFingerprint.signature("Hi, I can start this week.") == nil)
    }
}
