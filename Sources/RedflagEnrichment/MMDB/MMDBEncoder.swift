/// Serialises ``MMDBValue``s in the MaxMind DB data format. With de-duplication on, a value written
/// before (anywhere, even nested) is replaced by a pointer to it when that is shorter.
struct MMDBEncoder {
    var bytes: [UInt8] = []
    private var cache: [MMDBValue: Int]?

    init(deduplicate: Bool) {
        cache = deduplicate ? [:] : nil
    }

    /// Writes `value` (or finds an identical one already written) and returns its offset.
    mutating func write(_ value: MMDBValue) throws(MMDBError) -> Int {
        if let offset = cache?[value] { return offset }
        return try writeInline(value)
    }

    private mutating func writeInline(_ value: MMDBValue) throws(MMDBError) -> Int {
        let offset = bytes.count
        switch value {
        case let .string(text):
            let utf8 = Array(text.utf8)
            try control(2, utf8.count)
            bytes += utf8
        case let .double(number):
            try control(3, 8)
            integer(number.bitPattern.bigEndianBytes(8))
        case let .bytes(raw):
            try control(4, raw.count)
            bytes += raw
        case let .uint16(number): try unsigned(5, UInt64(number))
        case let .uint32(number): try unsigned(6, UInt64(number))
        case let .map(entries):
            try control(7, entries.count)
            for key in entries.keys.sorted() {
                try emit(.string(key))
                try emit(entries[key]!)
            }
        case let .int32(number):
            if number < 0 {
                try control(8, 4)
                integer(UInt64(UInt32(bitPattern: number)).bigEndianBytes(4))
            } else {
                try unsigned(8, UInt64(number))
            }
        case let .uint64(number): try unsigned(9, number)
        case let .uint128(high, low):
            if high == 0 {
                try unsigned(10, low)
            } else {
                let highBytes = high.minimalBytes
                try control(10, highBytes.count + 8)
                integer(highBytes)
                integer(low.bigEndianBytes(8))
            }
        case let .array(elements):
            try control(11, elements.count)
            for element in elements { try emit(element) }
        case let .bool(flag): try control(14, flag ? 1 : 0)
        case let .float(number):
            try control(15, 4)
            integer(UInt64(number.bitPattern).bigEndianBytes(4))
        }
        if cache != nil, cache![value] == nil { cache![value] = offset }
        return offset
    }

    /// Writes a child value: a pointer if an identical value exists and the pointer is shorter.
    private mutating func emit(_ value: MMDBValue) throws(MMDBError) {
        if let target = cache?[value], Self.worthPointing(value) {
            pointer(target)
        } else {
            _ = try writeInline(value)
        }
    }

    private static func worthPointing(_ value: MMDBValue) -> Bool {
        switch value {
        case .bool, .uint16: false
        case let .string(text): text.utf8.count > 3
        case let .uint32(n): n > 0xFFFF
        default: true
        }
    }

    private mutating func pointer(_ target: Int) {
        switch target {
        case ..<2048:
            bytes += [0x20 | UInt8(target >> 8 & 7), UInt8(target & 0xFF)]
        case ..<526_336:
            let q = target - 2048
            bytes += [0x28 | UInt8(q >> 16 & 7), UInt8(q >> 8 & 0xFF), UInt8(q & 0xFF)]
        case ..<134_744_064:
            let q = target - 526_336
            bytes += [0x30 | UInt8(q >> 24 & 7), UInt8(q >> 16 & 0xFF), UInt8(q >> 8 & 0xFF), UInt8(q & 0xFF)]
        default:
            bytes.append(0x38)
            integer(UInt64(target).bigEndianBytes(4))
        }
    }

    private mutating func unsigned(_ type: Int, _ number: UInt64) throws(MMDBError) {
        let payload = number.minimalBytes
        try control(type, payload.count)
        integer(payload)
    }

    private mutating func integer(_ payload: [UInt8]) { bytes += payload }

    private mutating func control(_ type: Int, _ size: Int) throws(MMDBError) {
        guard size < 16_843_036 else { throw .cannotWrite(reason: "value of \(size) bytes is too large") }
        let sizeBits: UInt8
        var sizeBytes: [UInt8] = []
        switch size {
        case ..<29: sizeBits = UInt8(size)
        case ..<285: sizeBits = 29; sizeBytes = [UInt8(size - 29)]
        case ..<65_821: sizeBits = 30; sizeBytes = UInt64(size - 285).bigEndianBytes(2)
        default: sizeBits = 31; sizeBytes = UInt64(size - 65_821).bigEndianBytes(3)
        }
        if type <= 7 {
            bytes.append(UInt8(type) << 5 | sizeBits)
        } else {
            bytes += [sizeBits, UInt8(type - 7)]
        }
        bytes += sizeBytes
    }
}

extension UInt64 {
    func bigEndianBytes(_ count: Int) -> [UInt8] {
        (0..<count).map { UInt8(truncatingIfNeeded: self >> UInt64(8 * (count - 1 - $0))) }
    }

    var minimalBytes: [UInt8] {
        let length = (64 - leadingZeroBitCount + 7) / 8
        return bigEndianBytes(length)
    }
}
