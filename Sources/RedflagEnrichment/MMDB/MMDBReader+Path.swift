/// Path lookups that walk maps in place: no dictionaries, no arrays, no copies of keys.
extension MMDBReader {
    /// The data-section offset of the value at `path` (map keys) from the value at `offset`;
    /// nil if a key is missing or an intermediate value is not a map.
    public func valueOffset(at offset: Int, path: [String]) throws(MMDBError) -> Int? {
        let section = data
        var cursor = offset
        for key in path {
            var key = key
            let step: Result<Int?, MMDBError> = key.withUTF8 { buffer in
                do throws(MMDBError) {
                    return .success(try section.find(UnsafeRawBufferPointer(buffer), inMapAt: cursor))
                } catch {
                    return .failure(error)
                }
            }
            guard let next = try step.get() else { return nil }
            cursor = next
        }
        return withExtendedLifetime(storage) { cursor }
    }

    /// The string at `path` from the record at `offset` (`["country", "iso_code"]`); nil if absent
    /// or not a string. Short strings such as country codes are returned without allocating.
    public func string(at offset: Int, path: [String]) throws(MMDBError) -> String? {
        guard let target = try valueOffset(at: offset, path: path) else { return nil }
        return try withExtendedLifetime(storage) { () throws(MMDBError) -> String? in
            let section = data
            let (c, _) = try section.resolved(target)
            guard c.type == 2 else { return nil }
            try section.checkPayload(c.payload, c.size, "string")
            return String(validating: UnsafeRawBufferPointer(start: section.base + c.payload, count: c.size), as: UTF8.self)
        }
    }

    /// The decoded value at `path` from the record at `offset`; nil if absent.
    public func value(at offset: Int, path: [String]) throws(MMDBError) -> MMDBValue? {
        guard let target = try valueOffset(at: offset, path: path) else { return nil }
        return try value(at: target)
    }

    /// Calls `body` with each key (as raw UTF-8) and value offset of the map at `offset`.
    /// Does nothing if the value is not a map.
    public func forEachEntry(
        inMapAt offset: Int, _ body: (UnsafeRawBufferPointer, Int) throws(MMDBError) -> Void
    ) throws(MMDBError) {
        try withExtendedLifetime(storage) { () throws(MMDBError) in
            try data.forEachEntry(inMapAt: offset, body)
        }
    }
}
