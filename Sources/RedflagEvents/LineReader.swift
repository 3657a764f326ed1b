#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Splits a byte source into lines without copying them, handing each to a closure with its
/// 1-based number. `\r\n` endings are accepted; the buffer grows only for a line longer than it.
public struct LineReader<Source: ByteSource> {
    private var source: Source
    private var buffer: UnsafeMutableRawBufferPointer

    public init(_ source: Source, bufferSize: Int = 1 << 20) {
        self.source = source
        buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: bufferSize, alignment: 1)
    }

    /// Calls `body` for every line, then frees the buffer. Errors from `body` stop the read.
    public mutating func forEachLine<E: Error>(
        _ body: (UnsafeBufferPointer<UInt8>, Int) throws(E) -> Void
    ) throws(LineReaderError<E>) {
        defer { buffer.deallocate() }
        var filled = 0
        var lineNumber = 0
        var atEnd = false
        while !atEnd {
            if filled == buffer.count {
                let larger = UnsafeMutableRawBufferPointer.allocate(byteCount: buffer.count * 2, alignment: 1)
                larger.copyMemory(from: UnsafeRawBufferPointer(buffer))
                buffer.deallocate()
                buffer = larger
            }
            let count: Int
            do {
                count = try source.read(into: UnsafeMutableRawBufferPointer(rebasing: buffer[filled...]))
            } catch {
                throw .input(error)
            }
            if count == 0 { atEnd = true }
            filled += count
            let bytes = UnsafeBufferPointer(start: buffer.baseAddress!.assumingMemoryBound(to: UInt8.self), count: filled)
            var start = 0
            while start < filled, let newline = memchr(bytes.baseAddress! + start, 0x0A, filled - start) {
                let index = UnsafeRawPointer(bytes.baseAddress!).distance(to: newline)
                lineNumber += 1
                var end = index
                if end > start, bytes[end - 1] == 0x0D { end -= 1 }
                do throws(E) { try body(UnsafeBufferPointer(rebasing: bytes[start..<end]), lineNumber) } catch { throw .body(error) }
                start = index + 1
            }
            if atEnd, start < filled {
                lineNumber += 1
                var end = filled
                if bytes[end - 1] == 0x0D { end -= 1 }
                do { try body(UnsafeBufferPointer(rebasing: bytes[start..<end]), lineNumber) } catch { throw .body(error) }
                start = filled
            }
            if start > 0 {
                let remaining = filled - start
                if remaining > 0 {
                    buffer.baseAddress!.copyMemory(from: buffer.baseAddress! + start, byteCount: remaining)
                }
                filled = remaining
            }
        }
    }
}

/// A failure while reading lines: the input itself, or the per-line closure.
public enum LineReaderError<BodyError: Error>: Error {
    case input(InputError)
    case body(BodyError)
}
