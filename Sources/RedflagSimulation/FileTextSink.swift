import Foundation

/// A buffered file writer usable as a `TextOutputStream`; errors are kept and thrown by ``close()``.
struct FileTextSink: TextOutputStream {
    private let handle: FileHandle
    private let path: String
    private var buffer: [UInt8] = []
    private var failure: String?

    /// Creates (or truncates) the file at `url`.
    init(_ url: URL) throws(SimulationError) {
        path = url.path
        guard FileManager.default.createFile(atPath: path, contents: nil),
              let handle = FileHandle(forWritingAtPath: path) else {
            throw .write(path: url.path, reason: "cannot create file")
        }
        self.handle = handle
        buffer.reserveCapacity(1 << 20)
    }

    mutating func write(_ string: String) {
        buffer.append(contentsOf: string.utf8)
        if buffer.count >= 1 << 20 { flush() }
    }

    private mutating func flush() {
        guard !buffer.isEmpty, failure == nil else { buffer.removeAll(keepingCapacity: true); return }
        do { try handle.write(contentsOf: buffer) } catch { failure = String(describing: error) }
        buffer.removeAll(keepingCapacity: true)
    }

    /// Flushes and closes; throws the first write error seen.
    mutating func close() throws(SimulationError) {
        flush()
        try? handle.close()
        if let failure { throw .write(path: path, reason: failure) }
    }
}
