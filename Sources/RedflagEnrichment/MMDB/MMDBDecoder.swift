/// Builds ``MMDBValue``s from a section, with a nesting limit and a budget on the number of
/// values so that pointer cycles and pointer "bombs" end in an error instead of a hang.
struct MMDBDecoder {
    let section: MMDBSection
    /// Total values one `decode` call may produce.
    var budget: Int = 1 << 20

    mutating func decode(_ offset: Int) throws(MMDBError) -> MMDBValue {
        try value(offset, depth: 0)
    }

    private mutating func value(_ offset: Int, depth: Int) throws(MMDBError) -> MMDBValue {
        guard depth <= MMDBSection.maximumDepth else {
            throw section.fail(offset, "nesting deeper than \(MMDBSection.maximumDepth)")
        }
        budget -= 1
        guard budget >= 0 else { throw section.fail(offset, "more values than the decode budget (pointer cycle?)") }
        let (c, _) = try section.resolved(offset)
        switch c.type {
        case 2:
            return .string(try string(c))
        case 3:
            guard c.size == 8 else { throw section.fail(offset, "double of \(c.size) bytes") }
            return .double(Double(bitPattern: try section.unsigned(c.payload, 8)))
        case 4:
            try section.checkPayload(c.payload, c.size, "bytes")
            return .bytes(Array(UnsafeRawBufferPointer(start: section.base + c.payload, count: c.size)))
        case 5:
            guard c.size <= 2 else { throw section.fail(offset, "uint16 of \(c.size) bytes") }
            return .uint16(UInt16(try section.unsigned(c.payload, c.size)))
        case 6:
            guard c.size <= 4 else { throw section.fail(offset, "uint32 of \(c.size) bytes") }
            return .uint32(UInt32(try section.unsigned(c.payload, c.size)))
        case 7:
            try section.checkPayload(c.payload, c.size * 2, "map")
            var entries: [String: MMDBValue] = [:]
            entries.reserveCapacity(c.size)
            var cursor = c.payload
            for _ in 0..<c.size {
                let (key, _) = try section.resolved(cursor)
                guard key.type == 2 else { throw section.fail(cursor, "map key of type \(key.type), not a string") }
                let name = try string(key)
                cursor = try section.skip(cursor)
                entries[name] = try value(cursor, depth: depth + 1)
                cursor = try section.skip(cursor, depth: depth + 1)
            }
            return .map(entries)
        case 8:
            guard c.size <= 4 else { throw section.fail(offset, "int32 of \(c.size) bytes") }
            return .int32(Int32(truncatingIfNeeded: UInt32(try section.unsigned(c.payload, c.size))))
        case 9:
            guard c.size <= 8 else { throw section.fail(offset, "uint64 of \(c.size) bytes") }
            return .uint64(try section.unsigned(c.payload, c.size))
        case 10:
            guard c.size <= 16 else { throw section.fail(offset, "uint128 of \(c.size) bytes") }
            let lowLength = min(c.size, 8)
            let high = try section.unsigned(c.payload, c.size - lowLength)
            let low = try section.unsigned(c.payload + c.size - lowLength, lowLength)
            return .uint128(high: high, low: low)
        case 11:
            try section.checkPayload(c.payload, c.size, "array")
            var elements: [MMDBValue] = []
            elements.reserveCapacity(c.size)
            var cursor = c.payload
            for _ in 0..<c.size {
                elements.append(try value(cursor, depth: depth + 1))
                cursor = try section.skip(cursor, depth: depth + 1)
            }
            return .array(elements)
        case 14:
            guard c.size <= 1 else { throw section.fail(offset, "boolean with value \(c.size)") }
            return .bool(c.size == 1)
        case 15:
            guard c.size == 4 else { throw section.fail(offset, "float of \(c.size) bytes") }
            return .float(Float(bitPattern: UInt32(try section.unsigned(c.payload, 4))))
        case 12:
            throw section.fail(offset, "data cache container (deprecated type 12) is not supported")
        case 13:
            throw section.fail(offset, "end marker (deprecated type 13) where a value was expected")
        default:
            throw section.fail(offset, "unknown data type \(c.type)")
        }
    }

    private func string(_ c: MMDBSection.Control) throws(MMDBError) -> String {
        try section.checkPayload(c.payload, c.size, "string")
        let bytes = UnsafeRawBufferPointer(start: section.base + c.payload, count: c.size)
        guard let text = String(validating: bytes, as: UTF8.self) else {
            throw section.fail(c.payload, "string is not valid UTF-8")
        }
        return text
    }
}
