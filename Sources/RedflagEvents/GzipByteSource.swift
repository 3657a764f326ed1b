import CZlib

/// Inflates a gzip stream (one or several concatenated members) read from another source.
public final class GzipByteSource<Compressed: ByteSource>: ByteSource {
    public var name: String { compressed.name }
    private var compressed: Compressed
    private var stream = z_stream()
    private var input: UnsafeMutableRawBufferPointer
    private var finished = false
    private var pending: Int = 0

    /// Wraps `compressed`; `prefix` holds bytes already read from it (the sniffed magic number).
    public init(_ compressed: Compressed, prefix: [UInt8] = []) throws(InputError) {
        self.compressed = compressed
        input = UnsafeMutableRawBufferPointer.allocate(byteCount: 1 << 16, alignment: 1)
        pending = prefix.count
        for (index, byte) in prefix.enumerated() { input[index] = byte }
        let status = inflateInit2_(&stream, 15 + 32, ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size))
        guard status == Z_OK else { throw InputError(path: compressed.name, reason: "zlib could not start (\(status))") }
        stream.next_in = input.baseAddress!.assumingMemoryBound(to: Bytef.self)
        stream.avail_in = UInt32(pending)
    }

    deinit {
        inflateEnd(&stream)
        input.deallocate()
    }

    public func read(into buffer: UnsafeMutableRawBufferPointer) throws(InputError) -> Int {
        guard !finished else { return 0 }
        stream.next_out = buffer.baseAddress!.assumingMemoryBound(to: Bytef.self)
        stream.avail_out = UInt32(buffer.count)
        while stream.avail_out == UInt32(buffer.count) {
            if stream.avail_in == 0 {
                let count = try compressed.read(into: input)
                if count == 0 {
                    finished = true
                    throw InputError(path: name, reason: "truncated gzip stream")
                }
                stream.next_in = input.baseAddress!.assumingMemoryBound(to: Bytef.self)
                stream.avail_in = UInt32(count)
            }
            let status = inflate(&stream, Z_NO_FLUSH)
            if status == Z_STREAM_END {
                let produced = buffer.count - Int(stream.avail_out)
                if try !startNextMember() { finished = true }
                if produced > 0 || finished { return produced }
                continue
            }
            guard status == Z_OK || status == Z_BUF_ERROR else {
                finished = true
                let message = stream.msg.map { String(cString: $0) } ?? "error \(status)"
                throw InputError(path: name, reason: "corrupt gzip data: \(message)")
            }
        }
        return buffer.count - Int(stream.avail_out)
    }

    /// After a member ends, continues with the next concatenated member if any bytes follow.
    private func startNextMember() throws(InputError) -> Bool {
        if stream.avail_in == 0 {
            let count = try compressed.read(into: input)
            guard count > 0 else { return false }
            stream.next_in = input.baseAddress!.assumingMemoryBound(to: Bytef.self)
            stream.avail_in = UInt32(count)
        }
        return inflateReset(&stream) == Z_OK
    }
}
