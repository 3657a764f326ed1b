/// Looks for lower-case ASCII phrases in UTF-8 text whatever the text's ASCII case, byte by byte
/// and without making new strings: how message and endpoint signals read free text.
enum CaselessSearch {
    /// Whether `phrase` (lower-case ASCII) occurs in `text`, ignoring ASCII case.
    static func contains(_ text: UnsafeBufferPointer<UInt8>, _ phrase: UnsafeBufferPointer<UInt8>) -> Bool {
        guard phrase.count <= text.count, let first = phrase.first else { return phrase.isEmpty }
        var start = 0
        let last = text.count - phrase.count
        while start <= last {
            if lowered(text[start]) == first {
                var offset = 1
                while offset < phrase.count && lowered(text[start + offset]) == phrase[offset] { offset += 1 }
                if offset == phrase.count { return true }
            }
            start += 1
        }
        return false
    }

    @inline(__always) static func lowered(_ byte: UInt8) -> UInt8 {
        byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
    }
}
