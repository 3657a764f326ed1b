import Testing
@testable import RedflagEvents
import RedflagPrimitives

/// The word-at-a-time search for the end of a plain string against a byte-by-byte reading.
struct PlainStringScanTests {
    /// What ``ScannedObject/plainStringEnd(_:quote:)`` must return, read one byte at a time.
    private func referenceEnd(_ line: [UInt8], quote: Int) -> Int? {
        for index in (quote + 1)..<line.count {
            let byte = line[index]
            if byte == UInt8(ascii: "\"") { return index }
            if byte < 0x20 || byte >= 0x80 || byte == UInt8(ascii: "\\") { return nil }
        }
        return nil
    }

    @Test func wordAtATimeSearchEqualsTheByteByByteReading() {
        // Bytes around every boundary the word tests use, so that borrows between bytes are exercised.
        let alphabet: [UInt8] = [0x00, 0x01, 0x1F, 0x20, 0x21, 0x22, 0x23, 0x41, 0x5B, 0x5C, 0x5D, 0x7E, 0x7F, 0x80, 0xC3, 0xFF]
        var generator = SplitMix64(seed: 42)
        var checked = 0
        for _ in 0..<20_000 {
            let length = Int(generator.next() % 40) + 1
            var line = [UInt8(ascii: "\"")]
            for _ in 0..<length {
                // Mostly letters, as in real values, with a stop byte now and then.
                let roll = generator.next()
                line.append(roll % 4 == 0 ? alphabet[Int(roll >> 8) % alphabet.count] : UInt8(ascii: "a") + UInt8((roll >> 8) % 26))
            }
            let expected = referenceEnd(line, quote: 0)
            let found = line.withUnsafeBufferPointer { ScannedObject.plainStringEnd($0, quote: 0) }
            #expect(found == expected, "\(line)")
            checked += 1
        }
        #expect(checked == 20_000)
    }

    @Test func aStopByteAfterAnEarlierMatchDoesNotHideIt() {
        // A zero byte followed by 0x01 marks the 0x01 too; the quote before both must still win.
        let line: [UInt8] = [0x22, 0x61, 0x62, 0x22, 0x00, 0x01, 0x5C, 0x63, 0x64, 0x65, 0x66]
        #expect(line.withUnsafeBufferPointer { ScannedObject.plainStringEnd($0, quote: 0) } == 3)
        let escaped: [UInt8] = Array(#""abcdefgh\"ijk""#.utf8)
        #expect(escaped.withUnsafeBufferPointer { ScannedObject.plainStringEnd($0, quote: 0) } == nil)
        let long: [UInt8] = Array(#""abcdefghijklmnopqrstuvwxyz0123""#.utf8)
        #expect(long.withUnsafeBufferPointer { ScannedObject.plainStringEnd($0, quote: 0) } == long.count - 1)
    }
}

/// Numbers read by the parser's fast paths against Foundation-free `Double(String)`.
struct NumberReadingTests {
    @Test func decimalsEqualTheStandardLibrarysReading() throws {
        var generator = SplitMix64(seed: 7)
        var texts = ["0.1", "0.3", "-0.0", "0.000001", "123456789012.345", "99999999999999.9", "12345678901234.56",
                     "1.0000000000000002", "9007199254740993", "12345678901234567", "37.5", "-12.25"]
        for _ in 0..<5_000 {
            let integerDigits = Int(generator.next() % 12) + 1, fractionDigits = Int(generator.next() % 8) + 1
            var text = generator.next() % 2 == 0 ? "-" : ""
            text += String(generator.next() % 9 + 1)
            for _ in 1..<integerDigits { text += String(generator.next() % 10) }
            text += "."
            for _ in 0..<fractionDigits { text += String(generator.next() % 10) }
            texts.append(text)
        }
        for text in texts {
            guard case .number(let value) = try JSONParser.parse(text) else {
                Issue.record("\(text) did not parse as a number")
                continue
            }
            let expected = try #require(Double(text))
            #expect(value.bitPattern == expected.bitPattern, "\(text)")
        }
    }
}
