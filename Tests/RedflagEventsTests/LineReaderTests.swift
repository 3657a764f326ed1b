import Testing

@testable import RedflagEvents

/// Bytes handed out a few at a time, so that lines straddle reads and the buffer must grow.
private struct TrickleSource: ByteSource {
    let name = "trickle"
    var bytes: [UInt8]
    var chunk: Int
    var offset = 0

    mutating func read(into buffer: UnsafeMutableRawBufferPointer) throws(InputError) -> Int {
        let count = min(chunk, buffer.count, bytes.count - offset)
        for index in 0..<count { buffer[index] = bytes[offset + index] }
        offset += count
        return count
    }
}

struct LineReaderTests {
    static let text = "first\r\n\nthird line, longer than the buffer\r\n\r\nfifth\n   \nlast without newline"
    static let expected = ["first", "", "third line, longer than the buffer", "", "fifth", "   ", "last without newline"]

    @Test(arguments: [1, 3, 8, 64])
    func splitsLinesAcrossReadsAndBuffers(chunk: Int) throws {
        var reader = LineReader(TrickleSource(bytes: Array(Self.text.utf8), chunk: chunk), bufferSize: 8)
        var lines: [(String, Int)] = []
        try reader.forEachLine { (line, number) throws(Never) in lines.append((String(decoding: line, as: UTF8.self), number)) }
        #expect(lines.map(\.0) == Self.expected)
        #expect(lines.map(\.1) == Array(1...Self.expected.count))
    }

    @Test func endsWithoutAnEmptyLastLine() throws {
        var reader = LineReader(TrickleSource(bytes: Array("a\nb\n".utf8), chunk: 2), bufferSize: 4)
        var lines: [String] = []
        try reader.forEachLine { (line, _) throws(Never) in lines.append(String(decoding: line, as: UTF8.self)) }
        #expect(lines == ["a", "b"])
    }
}
