/// Each query token's row of ``PairCodes``, made once per distinct token of a batch: a remembered token
/// keeps its row in ``NameIndex/Scratch/codes``, so a search that meets it again neither searches nor fills.
extension NameIndex {
    /// What the batch remembers of one query token: the listed tokens at the floor with their similarity,
    /// and which row of codes is its.
    struct RememberedToken {
        var found: [(Int32, Double)]
        var slot: Int
    }

    /// Query token `i`'s listed tokens at the floor; its row of codes is at `scratch.rowOffsets[i]` after the call.
    /// Codes that the search later tightens to exact similarities stay valid for the token (same floor).
    func tokenCodes(_ i: Int, _ query: QueryTokens, _ scratch: inout Scratch) -> [(Int32, Double)] {
        let token = query.tokens[i]
        let stride = query.words * 64
        var key = token
        key.append(UInt8(query.minimumLength))
        if scratch.remembersTokens, let remembered = scratch.memo[key] {
            scratch.rowOffsets[i] = remembered.slot * stride
            // A remembered row has usually left the nearer caches: its lines are loaded here, independently of
            // each other, rather than one at a time as the posting walk reaches them.
            scratch.touchSink |= scratch.touchRow(at: remembered.slot * stride, bytes: stride)
            return remembered.found
        }
        let matches = tokenMatches(token, query, &scratch)
        // A remembered token takes the next free row; otherwise rows after the remembered ones serve this search.
        let slot: Int
        if scratch.remembersTokens {
            slot = scratch.codeSlots
            scratch.codeSlots += 1
        } else {
            slot = scratch.codeSlots + i
        }
        scratch.reserveCodeRows(slot + 1, stride: stride, search: query.count)
        scratch.codes.withUnsafeMutableBufferPointer { codes in
            PairCodes.fill(codes.baseAddress! + slot * stride, matches: matches, words: query.words,
                           levelBounds: query.levelBounds, shortSkipped: query.minimumLength > 0,
                           shortTokenLimit: shortTokenLimit)
        }
        scratch.rowOffsets[i] = slot * stride
        if scratch.remembersTokens { scratch.memo[key] = RememberedToken(found: matches.found, slot: slot) }
        return matches.found
    }
}

extension NameIndex.Scratch {
    /// Makes room for `rows` rows of codes, growing by doubling up to what a full memory and one search need.
    mutating func reserveCodeRows(_ rows: Int, stride: Int, search tokens: Int) {
        let needed = rows * stride
        guard codes.count < needed else { return }
        let most = (Self.memoLimit + tokens) * stride
        codes += [UInt8](repeating: 0, count: max(needed, min(codes.count * 2, most)) - codes.count)
    }
}

extension NameIndex.Scratch {
    /// Reads one byte of every 64-byte stretch of `codes[offset..<offset + bytes]` (and its last byte): loads
    /// that do not wait for each other, so the row's cache lines arrive together. Returns the bytes' union.
    func touchRow(at offset: Int, bytes: Int) -> UInt8 {
        codes.withUnsafeBufferPointer { codes in
            var sink: UInt8 = 0
            var o = offset
            let end = offset + bytes
            while o < end { sink |= codes[o]; o &+= 64 }
            return sink | codes[end - 1]
        }
    }
}
