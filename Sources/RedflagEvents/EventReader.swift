/// Reads events from NDJSON files or standard input, plain or gzip (detected by its magic
/// number, whatever the file is called), and hands each accepted event or rejected line on.
///
/// Blank lines are skipped. A bad line never stops the read: it goes to `rejected` and the
/// next line is decoded.
public struct EventReader: Sendable {
    public var decoder = EventDecoder()

    public init() {}

    /// Streams `path` (`-` for standard input) through `accept` and `reject`.
    public func read(
        path: String,
        accept: (consuming Event) -> Void,
        reject: (DecodeError) -> Void,
        progress: ((_ bytesOrLines: Int) -> Void)? = nil
    ) throws(InputError) {
        let file = try FileByteSource(path: path)
        let magic = UnsafeMutableRawBufferPointer.allocate(byteCount: 2, alignment: 1)
        defer { magic.deallocate() }
        var sniffed = 0
        while sniffed < 2 {
            let count = try file.read(into: UnsafeMutableRawBufferPointer(rebasing: magic[sniffed...]))
            if count == 0 { break }
            sniffed += count
        }
        let prefix = Array(magic.prefix(sniffed))
        let displayName = path == "-" ? "<stdin>" : path
        if prefix == [0x1F, 0x8B] {
            try readLines(from: try GzipByteSource(file, prefix: prefix), name: displayName, accept: accept, reject: reject, progress: progress)
        } else {
            try readLines(from: PrefixedByteSource(prefix: prefix, rest: file), name: displayName, accept: accept, reject: reject, progress: progress)
        }
    }

    private func readLines<Source: ByteSource>(
        from source: Source, name: String, accept: (consuming Event) -> Void, reject: (DecodeError) -> Void,
        progress: ((Int) -> Void)?
    ) throws(InputError) {
        var reader = LineReader(source)
        var members: [ScannedObject.Member] = []
        members.reserveCapacity(16)
        do throws(LineReaderError<Never>) {
            try reader.forEachLine { (line: UnsafeBufferPointer<UInt8>, number: Int) throws(Never) in
                if number & 0x3FFF == 0 { progress?(number) }
                guard line.contains(where: { $0 != 0x20 && $0 != 0x09 }) else { return }
                do throws(DecodeError) {
                    accept(try decoder.decode(line, at: SourceLocation(file: name, line: number), storage: &members))
                } catch {
                    reject(error)
                }
            }
        } catch {
            switch error {
            case .input(let inputError): throw inputError
            }
        }
    }
}

/// Replays a few already-read bytes before the rest of a source.
struct PrefixedByteSource<Rest: ByteSource>: ByteSource {
    var prefix: [UInt8]
    var rest: Rest
    var name: String { rest.name }

    mutating func read(into buffer: UnsafeMutableRawBufferPointer) throws(InputError) -> Int {
        if !prefix.isEmpty {
            let count = min(prefix.count, buffer.count)
            for index in 0..<count { buffer[index] = prefix[index] }
            prefix.removeFirst(count)
            return count
        }
        return try rest.read(into: buffer)
    }
}
