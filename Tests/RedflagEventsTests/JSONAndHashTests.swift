import Testing

@testable import RedflagEvents

@Suite struct JSONAndHashTests {
    @Test func parsesEscapesUnicodeAndNumbers() throws {
        let value = try JSONParser.parse(#"{"s":"a\"b\\c\nd\u00e9\ud83d\ude00","n":-12.5e2,"i":42,"t":true,"z":null,"a":[]}"#)
        #expect(value["s"] == .string("a\"b\\c\nd\u{e9}😀"))
        #expect(value["n"] == .number(-1250))
        #expect(value["i"] == .number(42))
        #expect(value["t"] == .bool(true))
        #expect(value["z"] == .null)
        #expect(value["a"] == .array([]))
    }

    @Test(arguments: [#"{"a":1,}"#, #"{"a":01}"#, #"{"a":"\x"}"#, #"{"a":tru}"#, #"{"a":1} x"#, #"{"a":"\ud800"}"#, "{\"a\":\"\u{01}\"}", #"{"a":1.}"#])
    func rejectsInvalidJSON(_ text: String) {
        #expect(throws: JSONSyntaxError.self) { try JSONParser.parse(text) }
    }

    @Test func rejectsDeepNesting() {
        let deep = String(repeating: "[", count: 100) + String(repeating: "]", count: 100)
        #expect(throws: JSONSyntaxError.self) { try JSONParser.parse(deep) }
    }

    @Test func canonicalFormSortsKeysAndDropsSpace() throws {
        let value = try JSONParser.parse(#"{ "b": [1, 2.5], "a": {"y": null, "x": "q\"" } }"#)
        #expect(String(decoding: CanonicalJSON.bytes(of: value), as: UTF8.self) == #"{"a":{"x":"q\"","y":null},"b":[1,2.5]}"#)
    }

    @Test func sha256MatchesKnownVectors() {
        #expect(SHA256.hex(of: []) == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        #expect(SHA256.hex(of: Array("abc".utf8)) == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        let long = Array("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq".utf8)
        #expect(SHA256.hex(of: long) == "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
    }
}
