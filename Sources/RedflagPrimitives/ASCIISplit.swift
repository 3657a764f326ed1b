extension StringProtocol where SubSequence == Substring {
    /// The parts of the text between occurrences of an ASCII `separator`, found by scanning UTF-8 bytes
    /// rather than characters (so `"\r\n"` splits at `"\n"`). Bundled tables are read this way: a
    /// character-by-character `split` was most of the cost of loading them.
    public func split(atASCII separator: Unicode.Scalar, omittingEmptySubsequences: Bool = true) -> [Substring] {
        precondition(separator.isASCII, "split(atASCII:) takes an ASCII separator")
        let byte = UInt8(separator.value)
        var cuts: [Int] = []
        let scanned: Void? = utf8.withContiguousStorageIfAvailable { bytes in
            for offset in bytes.indices where bytes[offset] == byte { cuts.append(offset) }
        }
        if scanned == nil {
            for (offset, value) in utf8.enumerated() where value == byte { cuts.append(offset) }
        }
        var parts: [Substring] = []
        parts.reserveCapacity(cuts.count + 1)
        var (start, startOffset) = (startIndex, 0)
        for cut in cuts + [utf8.count] {
            let end = utf8.index(start, offsetBy: cut - startOffset)
            if !omittingEmptySubsequences || end > start { parts.append(self[start..<end]) }
            if cut < utf8.count { (start, startOffset) = (utf8.index(after: end), cut + 1) }
        }
        return parts
    }
}
