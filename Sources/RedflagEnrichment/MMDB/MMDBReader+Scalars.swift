import RedflagPrimitives

/// Scalar reads that decode the common well-formed cases in place and hand everything else to the
/// full decoder, so each returns exactly what `value(at:)` and the matching accessor would, and
/// throws the same errors on corrupt data.
extension MMDBReader {
    /// `value(at: offset).stringValue`.
    func stringValue(at offset: Int) throws(MMDBError) -> String? {
        let section = data
        let (c, _) = try section.resolved(offset)
        if c.type == 2 {
            try section.checkPayload(c.payload, c.size, "string")
            let bytes = UnsafeBufferPointer(start: (section.base + c.payload).assumingMemoryBound(to: UInt8.self), count: c.size)
            // ASCII is valid UTF-8, so decoding it cannot repair anything; other text is validated.
            let text = bytes.allSatisfy { $0 < 0x80 }
                ? String(decoding: bytes, as: UTF8.self) : String(validating: bytes, as: UTF8.self)
            if let text { return withExtendedLifetime(storage) { text } }
        }
        return try value(at: offset).stringValue
    }

    /// `value(at: offset).doubleValue`.
    func doubleValue(at offset: Int) throws(MMDBError) -> Double? {
        let section = data
        let (c, _) = try section.resolved(offset)
        if c.type == 3, c.size == 8 {
            let bits = try section.unsigned(c.payload, 8)
            return withExtendedLifetime(storage) { Double(bitPattern: bits) }
        }
        return try value(at: offset).doubleValue
    }

    /// `value(at: offset).unsignedValue`.
    func unsignedValue(at offset: Int) throws(MMDBError) -> UInt64? {
        let section = data
        let (c, _) = try section.resolved(offset)
        if c.type == 6, c.size <= 4 {
            let number = try section.unsigned(c.payload, c.size)
            return withExtendedLifetime(storage) { number }
        }
        return try value(at: offset).unsignedValue
    }

    /// `value(at: offset).boolValue`.
    func boolValue(at offset: Int) throws(MMDBError) -> Bool? {
        let (c, _) = try data.resolved(offset)
        if c.type == 14, c.size <= 1 { return withExtendedLifetime(storage) { c.size == 1 } }
        return try value(at: offset).boolValue
    }

    /// `valueOffset(at: offset, path: [key])` for a key known at compile time.
    func valueOffset(at offset: Int, key: StaticString) throws(MMDBError) -> Int? {
        let target = try data.find(UnsafeRawBufferPointer(start: key.utf8Start, count: key.utf8CodeUnitCount), inMapAt: offset)
        return withExtendedLifetime(storage) { target }
    }

    /// A country code stored as a string at `offset`, or as `iso_code` in the map there: the same as
    /// `string(at:path: [])`, then `string(at:path: ["iso_code"])`, each passed to `CountryCode.init`.
    ///
    /// A string that is not valid UTF-8 cannot be two upper-case ASCII letters, so reading the code
    /// from the raw bytes gives nil exactly where the validated string would.
    func countryCode(at offset: Int) throws(MMDBError) -> CountryCode? {
        let section = data
        let (c, _) = try section.resolved(offset)
        if c.type == 2 { return try code(c) }
        guard c.type == 7, let target = try valueOffset(at: offset, key: "iso_code") else { return nil }
        let (inner, _) = try section.resolved(target)
        return inner.type == 2 ? try code(inner) : nil

        func code(_ c: MMDBSection.Control) throws(MMDBError) -> CountryCode? {
            try section.checkPayload(c.payload, c.size, "string")
            guard c.size == 2 else { return nil }
            let code = CountryCode(utf8: UnsafeRawBufferPointer(start: section.base + c.payload, count: 2))
            return withExtendedLifetime(storage) { code }
        }
    }
}
