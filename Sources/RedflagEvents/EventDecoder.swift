import RedflagPrimitives

/// Turns one NDJSON line into an ``Event``, or a ``DecodeError`` naming the line and field.
///
/// The decoder is a value with no state between lines; it is cheap to copy into tasks.
public struct EventDecoder: Sendable {
    public init() {}

    /// Decodes one line's bytes. Blank lines are the caller's to skip.
    public func decode(_ line: UnsafeBufferPointer<UInt8>, at location: SourceLocation) throws(DecodeError) -> Event {
        var storage: [ScannedObject.Member] = []
        return try decode(line, at: location, storage: &storage)
    }

    /// ``decode(_:at:)`` collecting the line's members in `storage`, which a reader reuses from line to line.
    func decode(_ line: UnsafeBufferPointer<UInt8>, at location: SourceLocation, storage: inout [ScannedObject.Member]) throws(DecodeError) -> Event {
        let scanned: ScannedObject.Either
        do {
            scanned = try ScannedObject.scan(line, storage: &storage)
        } catch {
            throw DecodeError(location: location, field: "json", reason: "\(error.reason) at column \(error.column)")
        }
        switch scanned {
        case .other(let value): return try decode(value, at: location)
        case .object(let object):
            var reader = FieldReader(object)
            return try decode(&reader, at: location) {
                // Only events without an id need the whole tree (their id hashes its canonical form); the line is valid JSON.
                try! JSONParser.parse(line)
            }
        }
    }

    /// Decodes one line of text.
    public func decode(_ line: String, at location: SourceLocation) throws(DecodeError) -> Event {
        var copy = line
        let result: Result<Event, DecodeError> = copy.withUTF8 { buffer in
            do throws(DecodeError) { return .success(try decode(buffer, at: location)) } catch { return .failure(error) }
        }
        return try result.get()
    }

    /// Decodes an already-parsed JSON object (the HTTP ingest path uses this).
    public func decode(_ value: JSONValue, at location: SourceLocation) throws(DecodeError) -> Event {
        guard case .object(let members) = value else {
            throw DecodeError(location: location, field: "json", reason: "expected a JSON object, got \(value.typeName)")
        }
        var reader = FieldReader(members)
        return try decode(&reader, at: location) { value }
    }

    private func decode(_ reader: inout FieldReader, at location: SourceLocation, tree: () -> JSONValue) throws(DecodeError) -> Event {
        do throws(FieldError) {
            let kind = try reader.required("type", EventKind.init(utf8:)) { "unknown event type \"\($0)\"" }
            guard let time = try reader.timestamp("time") else { throw reader.missing("time") }
            let account = try reader.requiredString("account")
            guard account.utf8.count <= 200 || account.count <= 200 else {
                throw FieldError(field: "account", reason: "longer than 200 characters")
            }
            let explicitID = try reader.compactString("id")
            let payload = try Payload.decode(kind: kind, from: &reader)
            let id = explicitID ?? CompactString("sha256:" + SHA256.hex(of: CanonicalJSON.bytes(of: tree())))
            return Event(id: id, time: time, account: account, payload: payload, extra: reader.unusedMembers, source: location)
        } catch {
            throw DecodeError(location: location, field: error.field, reason: error.reason)
        }
    }
}
