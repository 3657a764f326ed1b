/// A bounds-checked window on the data section (or the metadata): decodes control bytes,
/// follows pointers and walks maps without building values.
///
/// Every read checks `offset + length <= count`, so no input can read outside the window.
struct MMDBSection {
    let base: UnsafeRawPointer
    let count: Int
    let context: StaticString

    /// Nesting limit for maps and arrays, as in libmaxminddb.
    static let maximumDepth = 512

    /// A decoded control byte: the type, the payload size (or the pointer target) and where the payload starts.
    struct Control {
        var type: Int
        var size: Int
        var payload: Int
    }

    @inline(__always)
    func byte(_ offset: Int) throws(MMDBError) -> UInt8 {
        guard offset >= 0, offset < count else { throw fail(offset, "read past the end of the section") }
        return base.load(fromByteOffset: offset, as: UInt8.self)
    }

    func fail(_ offset: Int, _ reason: String) -> MMDBError {
        .corruptData(offset: offset, context: "\(context)", reason: reason)
    }

    @inline(__always)
    func unsigned(_ offset: Int, _ length: Int) throws(MMDBError) -> UInt64 {
        guard length <= 8 else { throw fail(offset, "integer of \(length) bytes") }
        guard offset >= 0, length <= count - offset else { throw fail(offset, "integer runs past the end") }
        var value: UInt64 = 0
        for i in 0..<length { value = value << 8 | UInt64(base.load(fromByteOffset: offset + i, as: UInt8.self)) }
        return value
    }

    /// Reads the control byte(s) at `offset`. A pointer comes back as type 1 with `size` = target offset.
    @inline(__always)
    func control(_ offset: Int) throws(MMDBError) -> Control {
        let first = try byte(offset)
        var type = Int(first >> 5)
        var next = offset + 1
        if type == 1 {
            let sizeBits = Int(first >> 3) & 3
            let length = sizeBits + 1
            let raw = Int(try unsigned(next, length))
            let high = Int(first & 7)
            let target: Int
            switch sizeBits {
            case 0: target = high << 8 | raw
            case 1: target = (high << 16 | raw) + 2048
            case 2: target = (high << 24 | raw) + 526_336
            default: target = raw
            }
            return Control(type: 1, size: target, payload: next + length)
        }
        if type == 0 {
            type = Int(try byte(next)) + 7
            next += 1
            guard type > 7 else { throw fail(offset, "extended type \(type) is not an extended type") }
        }
        var size = Int(first & 0x1f)
        if size >= 29 {
            let extra = size - 28
            let raw = Int(try unsigned(next, extra))
            next += extra
            switch extra {
            case 1: size = 29 + raw
            case 2: size = 285 + raw
            default: size = 65_821 + raw
            }
        }
        return Control(type: type, size: size, payload: next)
    }

    /// Resolves a pointer: the control of the value it points at (which must not be a pointer) and
    /// the offset just after the pointer itself.
    @inline(__always)
    func resolved(_ offset: Int) throws(MMDBError) -> (control: Control, next: Int) {
        let first = try control(offset)
        guard first.type == 1 else { return (first, -1) }
        guard first.size < count else { throw fail(offset, "pointer to \(first.size) beyond the section of \(count) bytes") }
        let target = try control(first.size)
        guard target.type != 1 else { throw fail(first.size, "pointer to a pointer") }
        return (target, first.payload)
    }

    /// Checks that a payload of `length` bytes starting at `offset` lies inside the section.
    @inline(__always)
    func checkPayload(_ offset: Int, _ length: Int, _ what: StaticString) throws(MMDBError) {
        guard length >= 0, offset <= count, length <= count - offset else {
            throw fail(offset, "\(what) of \(length) bytes runs past the end")
        }
    }

    /// The offset just after the value at `offset` (a pointer counts as its own bytes).
    func skip(_ offset: Int, depth: Int = 0) throws(MMDBError) -> Int {
        guard depth <= Self.maximumDepth else { throw fail(offset, "nesting deeper than \(Self.maximumDepth)") }
        let c = try control(offset)
        switch c.type {
        case 1: return c.payload
        case 7:
            var cursor = c.payload
            try checkPayload(cursor, c.size * 2, "map")
            for _ in 0..<c.size {
                cursor = try skip(cursor, depth: depth + 1)
                cursor = try skip(cursor, depth: depth + 1)
            }
            return cursor
        case 11:
            var cursor = c.payload
            try checkPayload(cursor, c.size, "array")
            for _ in 0..<c.size { cursor = try skip(cursor, depth: depth + 1) }
            return cursor
        case 14: return c.payload
        case 2, 3, 4, 5, 6, 8, 9, 10, 15:
            try checkPayload(c.payload, c.size, "payload")
            return c.payload + c.size
        default:
            throw fail(offset, "unsupported data type \(c.type)")
        }
    }

    /// Compares the string at `offset` (after a pointer) with `key` without decoding it.
    @inline(__always)
    func stringEquals(_ offset: Int, _ key: UnsafeRawBufferPointer) throws(MMDBError) -> Bool {
        let (c, _) = try resolved(offset)
        guard c.type == 2 else { throw fail(offset, "map key of type \(c.type), not a string") }
        try checkPayload(c.payload, c.size, "string")
        guard c.size == key.count else { return false }
        if c.size == 0 { return true }
        return memcmp(base + c.payload, key.baseAddress!, c.size) == 0
    }

    /// The offset of the value stored under `key` in the map at `offset`, nil if the key is absent
    /// or the value is not a map.
    func find(_ key: UnsafeRawBufferPointer, inMapAt offset: Int) throws(MMDBError) -> Int? {
        let (c, _) = try resolved(offset)
        guard c.type == 7 else { return nil }
        var cursor = c.payload
        try checkPayload(cursor, c.size * 2, "map")
        for _ in 0..<c.size {
            let matches = try stringEquals(cursor, key)
            cursor = try skip(cursor)
            if matches { return cursor }
            cursor = try skip(cursor)
        }
        return nil
    }

    /// Calls `body` with each key's bytes and its value's offset for the map at `offset`.
    func forEachEntry(
        inMapAt offset: Int, _ body: (UnsafeRawBufferPointer, Int) throws(MMDBError) -> Void
    ) throws(MMDBError) {
        let (c, _) = try resolved(offset)
        guard c.type == 7 else { return }
        var cursor = c.payload
        try checkPayload(cursor, c.size * 2, "map")
        for _ in 0..<c.size {
            let (key, _) = try resolved(cursor)
            guard key.type == 2 else { throw fail(cursor, "map key of type \(key.type), not a string") }
            try checkPayload(key.payload, key.size, "map key")
            cursor = try skip(cursor)
            try body(UnsafeRawBufferPointer(start: base + key.payload, count: key.size), cursor)
            cursor = try skip(cursor)
        }
    }
}

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
