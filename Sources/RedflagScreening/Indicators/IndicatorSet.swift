import Foundation
import RedflagPrimitives

/// Curated known indicators (names, domains, e-mails, wallets, address blocks), each with its source and date.
/// Findings from these are `indicator.*`, as opposed to `sanctions.*` from the official lists.
public struct IndicatorSet: Sendable {
    /// An address block and the entry (index within its list) it belongs to.
    public struct Network: Sendable, Hashable {
        public var network: IPNetwork
        public var entry: Int
    }

    /// One list per indicator file.
    public var lists: [SanctionsList]
    /// `networks[i]` belongs to `lists[i]`.
    public var networks: [[Network]]

    public init(lists: [SanctionsList] = [], networks: [[Network]] = []) {
        self.lists = lists
        self.networks = networks.count == lists.count ? networks : lists.map { _ in [] }
    }

    /// The empty set.
    public static let none = IndicatorSet()

    /// This set followed by `other`'s lists.
    public func merging(_ other: IndicatorSet) -> IndicatorSet {
        IndicatorSet(lists: lists + other.lists, networks: networks + other.networks)
    }

    /// The DPRK IT-worker indicators shipped with Redflag (`Resources/dprk-indicators.yaml`).
    public static func embeddedDefault() throws(ScreeningError) -> IndicatorSet {
        guard let folder = Bundle.module.url(forResource: "Resources", withExtension: nil) else {
            throw .missingFile(path: "RedflagScreening/Resources", reason: "resource folder missing from the bundle")
        }
        return try load(file: folder.appendingPathComponent("dprk-indicators.yaml"))
    }

    /// Every `*.yaml` / `*.yml` file in `directory`, in name order (none if the folder does not exist).
    public static func load(directory: URL) throws(ScreeningError) -> IndicatorSet {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
        var set = IndicatorSet()
        for name in names.sorted() where name.hasSuffix(".yaml") || name.hasSuffix(".yml") {
            set = set.merging(try load(file: directory.appendingPathComponent(name)))
        }
        return set
    }
}
