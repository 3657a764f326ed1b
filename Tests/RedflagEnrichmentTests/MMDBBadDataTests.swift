import Foundation
import Testing
@testable import RedflagEnrichment
import RedflagPrimitives

/// Corrupt databases must end in an ``MMDBError``: when opening, or when walking and decoding every record.
@Suite struct MMDBBadDataTests {
    static let files: [String] = {
        guard let mmdb = SharedData.mmdb else { return [] }
        let root = mmdb.appendingPathComponent("bad-data")
        return SharedData.files(in: root, extension: "mmdb").map { String($0.path.dropFirst(root.path.count + 1)) }
    }()

    /// Opens, walks the tree, decodes every record and looks up a few addresses; returns the first error.
    static func firstError(_ path: String) -> MMDBError? {
        do throws(MMDBError) {
            let reader = try MMDBReader(path: path)
            try reader.verify()
            for text in ["1.1.1.1", "::", "2001:db8::1", "255.255.255.255"] {
                if let (offset, _) = try reader.lookupRecordOffset(IPAddress(text)!) { _ = try reader.value(at: offset) }
            }
            return nil
        } catch {
            return error
        }
    }

    @Test(arguments: files)
    func rejected(_ name: String) throws {
        guard let mmdb = SharedData.mmdb else { return }
        let path = mmdb.appendingPathComponent("bad-data/\(name)").path
        if name.hasSuffix("uint64-max-epoch.mmdb") {
            // Valid structure with build_epoch = UInt64.max (see bad-data/README.md): must open and keep the value.
            let reader = try MMDBReader(path: path)
            #expect(reader.metadata.buildEpoch == .max)
            return
        }
        let error = Self.firstError(path)
        #expect(error != nil, "\(name) was accepted")
        if let error { #expect(!error.description.isEmpty) }
    }
}
