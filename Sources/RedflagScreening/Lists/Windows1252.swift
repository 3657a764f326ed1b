/// Decodes Windows-1252 (cp1252), the encoding of OFAC's CSV files.
enum Windows1252 {
    private static let high: [UInt32] = [
        0x20AC, 0, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017D, 0,
        0, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0, 0x017E, 0x0178,
    ]

    /// The text of `bytes`. Fails on NUL bytes (UTF-16 or binary input) and on the five byte values
    /// cp1252 leaves undefined. A trailing DOS end-of-file mark (0x1A) is dropped.
    static func decode(_ bytes: [UInt8], file: String) throws(ScreeningError) -> String {
        var end = bytes.count
        while end > 0 && bytes[end - 1] == 0x1A { end -= 1 }
        var scalars = String.UnicodeScalarView()
        scalars.reserveCapacity(end)
        for offset in 0..<end {
            let byte = bytes[offset]
            if byte < 0x80 {
                if byte == 0 { throw .encoding(file: file, offset: offset, expected: "Windows-1252 (found a NUL byte)") }
                scalars.append(Unicode.Scalar(byte))
            } else if byte < 0xA0 {
                let value = high[Int(byte - 0x80)]
                guard value != 0, let scalar = Unicode.Scalar(value) else {
                    throw .encoding(file: file, offset: offset, expected: "Windows-1252 (undefined byte 0x\(String(byte, radix: 16)))")
                }
                scalars.append(scalar)
            } else {
                scalars.append(Unicode.Scalar(byte))
            }
        }
        return String(scalars)
    }
}
