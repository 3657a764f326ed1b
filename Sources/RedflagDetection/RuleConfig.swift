import Foundation
import Yams

/// Overrides of rule weights and thresholds, read from a YAML rules file:
///
/// ```yaml
/// rules:
///   network.country_mismatch:
///     weight: 2.5        # replaces the default weight
///     min_share: 0.7     # any other key overrides a threshold of that name
///   bids.client_targeting:
///     enabled: false
/// ```
public struct RuleConfig: Sendable {
    public var overrides: [String: RuleOverride]

    public init(overrides: [String: RuleOverride] = [:]) { self.overrides = overrides }

    /// The settings of `metadata`'s rule after overrides.
    public func settings(for metadata: RuleMetadata) -> RuleSettings {
        var settings = RuleSettings(weight: metadata.strength.defaultWeight, parameters: metadata.parameters)
        guard let override = overrides[metadata.id] else { return settings }
        if let enabled = override.enabled { settings.enabled = enabled }
        if let weight = override.weight { settings.weight = weight }
        settings.parameters.merge(override.parameters) { $1 }
        return settings
    }

    /// Parses YAML text, checking every rule id and parameter name against `catalogue`.
    public init(yaml: String, file: String = "rules.yaml", catalogue: [any Rule]) throws(RuleConfigError) {
        let root: Any?
        do { root = try Yams.load(yaml: yaml) } catch {
            throw RuleConfigError(file: file, path: "", reason: "not valid YAML: \(error)")
        }
        guard let top = root as? [String: Any] else {
            if root == nil { self.init(); return }
            throw RuleConfigError(file: file, path: "", reason: "expected a mapping with a `rules` key")
        }
        for key in top.keys where key != "rules" {
            throw RuleConfigError(file: file, path: key, reason: "unknown key (only `rules` is read)")
        }
        guard let rules = top["rules"] as? [String: Any] else {
            throw RuleConfigError(file: file, path: "rules", reason: "expected a mapping of rule ids")
        }
        let known = Dictionary(catalogue.map { ($0.metadata.id, $0.metadata) }, uniquingKeysWith: { a, _ in a })
        var overrides: [String: RuleOverride] = [:]
        for (id, value) in rules {
            guard let metadata = known[id] else {
                throw RuleConfigError(file: file, path: "rules.\(id)", reason: "no such rule (see `redflag rules`)")
            }
            guard let fields = value as? [String: Any] else {
                throw RuleConfigError(file: file, path: "rules.\(id)", reason: "expected a mapping")
            }
            var override = RuleOverride()
            for (name, raw) in fields {
                let path = "rules.\(id).\(name)"
                switch name {
                case "enabled":
                    guard let flag = raw as? Bool else { throw RuleConfigError(file: file, path: path, reason: "expected true or false") }
                    override.enabled = flag
                case "weight":
                    guard let number = Self.number(raw), number >= 0 else {
                        throw RuleConfigError(file: file, path: path, reason: "expected a number ≥ 0")
                    }
                    override.weight = number
                default:
                    guard metadata.parameters[name] != nil else {
                        let names = metadata.parameters.keys.sorted().joined(separator: ", ")
                        throw RuleConfigError(file: file, path: path, reason: "unknown threshold (this rule has: \(names.isEmpty ? "none" : names))")
                    }
                    guard let number = Self.number(raw) else { throw RuleConfigError(file: file, path: path, reason: "expected a number") }
                    override.parameters[name] = number
                }
            }
            overrides[id] = override
        }
        self.init(overrides: overrides)
    }

    /// Reads and parses a rules file.
    public init(contentsOf path: String, catalogue: [any Rule]) throws(RuleConfigError) {
        guard let data = FileManager.default.contents(atPath: path), let text = String(data: data, encoding: .utf8) else {
            throw RuleConfigError(file: path, path: "", reason: "cannot read the file")
        }
        try self.init(yaml: text, file: path, catalogue: catalogue)
    }

    private static func number(_ raw: Any) -> Double? {
        if let value = raw as? Double { return value }
        if let value = raw as? Int { return Double(value) }
        return nil
    }
}

/// One rule's overrides.
public struct RuleOverride: Sendable {
    public var enabled: Bool?
    public var weight: Double?
    public var parameters: [String: Double] = [:]
    public init() {}
}

/// A rules file that cannot be used, with the path of the offending key.
public struct RuleConfigError: Error, Sendable, CustomStringConvertible {
    public var file: String
    public var path: String
    public var reason: String
    public var description: String { path.isEmpty ? "\(file): \(reason)" : "\(file): \(path): \(reason)" }
}
