/// Raw views of the index, the query and the scratch tables for one search's per-candidate loop, so that
/// reading a name's tokens or a cached similarity costs no reference counting or bounds check. Each view
/// is valid only inside the `with…` call that made it.
extension NameIndex {
    /// The index's postings, token lists and texts.
    struct Views {
        /// Per listed token `v`, from `recordStarts[v]`: records of (name, header, token ids…).
        let records: UnsafePointer<Int32>
        let recordStarts: UnsafePointer<Int32>
        let nameTokens: FlatView<Int32>
        let joined: FlatView<UInt8>
        /// The joined names in the whole-string scan's order (``WholeNameScan/Candidate/position``).
        let scanTexts: FlatView<UInt8>
        let vocabulary: FlatView<UInt8>

        /// Reads one record entry of every 16 (64 bytes) in the postings of each listed token in `matches`:
        /// loads that do not wait for each other, ahead of the posting walk. Returns the entries' union.
        func touchPostings(of matches: [[(Int32, Double)]]) -> Int32 {
            Self.touchRecords(records, starts: recordStarts, of: matches)
        }

        /// ``touchPostings(of:)`` over `records[starts[v]..<starts[v + 1]]` for each token `v` in `matches`.
        static func touchRecords(_ records: UnsafePointer<Int32>, starts: UnsafePointer<Int32>,
                                 of matches: [[(Int32, Double)]]) -> Int32 {
            var sink: Int32 = 0
            for list in matches {
                for (v, _) in list {
                    var p = Int(starts[Int(v)])
                    let end = Int(starts[Int(v) + 1])
                    while p < end { sink |= records[p]; p &+= 16 }
                }
            }
            return sink
        }
    }

    /// Calls `body` with views of the index (which has at least one listed token).
    func withViews<R>(_ body: (Views) -> R) -> R {
        records.withUnsafeBufferPointer { records in
            recordStarts.withUnsafeBufferPointer { recordStarts in
                nameTokens.withView { nameTokens in
                    joined.withView { joined in
                        whole.texts.withView { scanTexts in
                            vocabulary.withView { vocabulary in
                                body(Views(records: records.baseAddress!, recordStarts: recordStarts.baseAddress!,
                                           nameTokens: nameTokens, joined: joined, scanTexts: scanTexts, vocabulary: vocabulary))
                            }
                        }
                    }
                }
            }
        }
    }
}

extension NameIndex.QueryTokens {
    /// The query tokens' bytes, comparison info and ``PatternJaro`` masks.
    struct Views {
        let info: UnsafePointer<TokenInfo>
        let bytes: UnsafePointer<UInt8>
        /// 256 masks per token.
        let masks: UnsafePointer<UInt64>
    }

    /// Calls `body` with views of the (non-empty) query.
    func withViews<R>(_ body: (Views) -> R) -> R {
        info.withUnsafeBufferPointer { info in
            bytes.withUnsafeBufferPointer { bytes in
                masks.withUnsafeBufferPointer { masks in
                    body(Views(info: info.baseAddress!, bytes: bytes.baseAddress!, masks: masks.baseAddress!))
                }
            }
        }
    }
}

extension NameIndex {
    /// The query's tokens joined by spaces, for whole-string scores against listed names.
    struct WholeQuery {
        let joined: [UInt8]
        /// ``PatternJaro`` masks, when the whole-string score applies and `joined` has at most 64 bytes.
        let masks: [UInt64]

        init(_ joined: [UInt8], applies: Bool) {
            self.joined = joined
            masks = applies && joined.count <= 64 ? PatternJaro.positions(of: joined) : []
        }

        /// Scores texts against the (non-empty) joined query.
        struct Scorer {
            let pattern: UnsafeBufferPointer<UInt8>
            let masks: UnsafePointer<UInt64>?

            /// ``JaroWinkler/unconditional(_:_:)`` of the query and `text`, or 0 once fewer than
            /// `minimumMatches` Jaro matches remain possible.
            func score(_ text: UnsafeBufferPointer<UInt8>, minimumMatches: Int = 0) -> Double {
                guard let masks else { return JaroWinkler.unconditional(pattern, text) }
                return PatternJaro.unconditional(positions: masks, pattern: pattern.baseAddress!, length: pattern.count,
                                                 text, minimumMatches: minimumMatches)
            }
        }

        func withScorer<R>(_ body: (Scorer) -> R) -> R {
            joined.withUnsafeBufferPointer { pattern in
                // An empty array may still have a base address: no masks means the classic comparison.
                masks.withUnsafeBufferPointer { masks in
                    body(Scorer(pattern: pattern, masks: masks.isEmpty ? nil : masks.baseAddress))
                }
            }
        }
    }
}

extension NameIndex.Scratch {
    /// The tables a search's per-candidate loop reads and writes.
    struct Tables {
        let exact: UnsafeMutablePointer<Double>
        let known: UnsafeMutablePointer<UInt64>
        let codes: UnsafeMutablePointer<UInt8>
        /// Per query token, where its row starts in `codes`.
        let rowOffsets: UnsafePointer<Int>
        let flags: UnsafeMutablePointer<UInt8>
        let wholeBound: UnsafePointer<Double>
        let bestIDs: UnsafeMutablePointer<Int32>
        let bests: UnsafeMutablePointer<Double>
    }

    /// Calls `body` with views of the tables (sized by ``begin(floor:tokens:width:words:)``), the list of
    /// touched names, which `body` extends when it first flags a name, and the search's hits. The tables leave the scratch for the
    /// call, so `body` may use them while the scratch itself is not accessed.
    mutating func withTables<R>(_ body: (Tables, inout [Int32], inout NameIndex.FoundHits) -> R) -> R {
        var exact: [Double] = [], known: [UInt64] = [], codes: [UInt8] = [], flags: [UInt8] = []
        var wholeBound: [Double] = [], bestIDs: [Int32] = [], bests: [Double] = [], touched: [Int32] = []
        var hits = NameIndex.FoundHits()
        var rowOffsets: [Int] = []
        func exchange() {
            swap(&exact, &self.exact)
            swap(&known, &self.known)
            swap(&codes, &self.codes)
            swap(&flags, &self.flags)
            swap(&wholeBound, &self.wholeBound)
            swap(&bestIDs, &self.bestIDs)
            swap(&bests, &self.bests)
            swap(&touched, &self.touchedNames)
            swap(&hits, &self.hits)
            swap(&rowOffsets, &self.rowOffsets)
        }
        exchange()
        defer { exchange() }
        if codes.isEmpty { codes.append(0) }
        if rowOffsets.isEmpty { rowOffsets.append(0) }
        return exact.withUnsafeMutableBufferPointer { exact in
            known.withUnsafeMutableBufferPointer { known in
                codes.withUnsafeMutableBufferPointer { codes in
                    rowOffsets.withUnsafeBufferPointer { rowOffsets in
                        flags.withUnsafeMutableBufferPointer { flags in
                            wholeBound.withUnsafeBufferPointer { wholeBound in
                                bestIDs.withUnsafeMutableBufferPointer { bestIDs in
                                    bests.withUnsafeMutableBufferPointer { bests in
                                        body(Tables(exact: exact.baseAddress!, known: known.baseAddress!,
                                                    codes: codes.baseAddress!, rowOffsets: rowOffsets.baseAddress!,
                                                    flags: flags.baseAddress!, wholeBound: wholeBound.baseAddress!,
                                                    bestIDs: bestIDs.baseAddress!, bests: bests.baseAddress!),
                                             &touched, &hits)
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
    }
}
