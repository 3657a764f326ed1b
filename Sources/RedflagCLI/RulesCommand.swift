import ArgumentParser
import Foundation
import RedflagDetection

/// `redflag rules`: the rule catalogue with defaults, or with a rules file applied.
public struct RulesCommand: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "rules", abstract: "Print the rule catalogue: ids, titles, sources, weights and thresholds.")

    @Option(help: "Apply this YAML rules file and show the effective settings.")
    var rules: String?

    @Flag(help: "Print a YAML rules file with every default, ready to edit.")
    var yaml = false

    public init() {}

    public func run() throws {
        var config = RuleConfig()
        if let rules {
            do { config = try RuleConfig(contentsOf: rules, catalogue: RuleCatalogue.all) } catch { throw ValidationError(error.description) }
        }
        var lines: [String] = yaml ? ["# Redflag rules file: delete what you do not change.", "rules:"] : []
        for rule in RuleCatalogue.all {
            let metadata = rule.metadata
            let settings = config.settings(for: metadata)
            if yaml {
                lines.append("  \(metadata.id):  # \(metadata.title)")
                lines.append("    enabled: \(settings.enabled)")
                lines.append("    weight: \(settings.weight)")
                for (name, value) in settings.parameters.sorted(by: { $0.key < $1.key }) { lines.append("    \(name): \(value)") }
                continue
            }
            lines.append("\(metadata.id) — \(metadata.title)\(settings.enabled ? "" : " (disabled)")")
            lines.append("  \(metadata.description)")
            lines.append("  family: \(metadata.family.rawValue), strength: \(metadata.strength.rawValue), weight: \(settings.weight)"
                + (metadata.appliesToClients ? "" : "; not evaluated on client accounts"))
            if !settings.parameters.isEmpty {
                lines.append("  thresholds: " + settings.parameters.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: ", "))
            }
            lines.append("  sources: " + metadata.sources.joined(separator: "; "))
            lines.append("")
        }
        print(lines.joined(separator: "\n"))
    }
}
