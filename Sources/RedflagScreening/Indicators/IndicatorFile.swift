import Foundation
import RedflagPrimitives
import Yams

/// The YAML layout of an indicator file (the embedded DPRK set and any user file).
///
/// ```yaml
/// list: My indicators        # the list name shown in findings
/// date: 2026-11              # when the file was curated
/// entries:
///   - id: X-1                # unique within the file
///     kind: individual       # individual | entity | identifier
///     name: KIM, Sang Man    # required; for identifier entries a description
///     aliases: [..]          # optional names
///     countries: [KP]        # ISO codes (nationality or seat)
///     birth_dates: [..]      # as written
///     emails: [..]
///     wallets: [..]          # "XBT 1abc…" or a bare address
///     domains: [..]
///     networks: [175.45.176.0/22]
///     documents: [..]
///     programs: [..]
///     source: "…"            # required: who published it
///     date: 2023-05          # required: when
/// ```
struct IndicatorFile: Decodable {
    var list: String
    var date: String?
    var entries: [Entry]

    struct Entry: Decodable {
        var id: String
        var kind: String?
        var name: String
        var aliases: [String]?
        var countries: [String]?
        var birth_dates: [String]?
        var emails: [String]?
        var wallets: [String]?
        var domains: [String]?
        var networks: [String]?
        var documents: [String]?
        var programs: [String]?
        var note: String?
        var source: String?
        var date: String?
    }
}

extension IndicatorSet {
    /// Parses one indicator file's YAML text.
    public static func parse(yaml: String, file: String) throws(ScreeningError) -> IndicatorSet {
        let decoded: IndicatorFile
        do {
            decoded = try YAMLDecoder().decode(IndicatorFile.self, from: yaml)
        } catch {
            throw .indicators(file: file, reason: "not a valid indicator file: \(error)")
        }
        var entries: [SanctionsEntry] = []
        var networks: [Network] = []
        var seen = Set<String>()
        for (i, e) in decoded.entries.enumerated() {
            let label = "entry \(i + 1) (\(e.id))"
            guard !e.id.isEmpty, seen.insert(e.id).inserted else { throw .indicators(file: file, reason: "\(label): missing or duplicate id") }
            guard let source = e.source, !source.isEmpty, let date = e.date, !date.isEmpty else {
                throw .indicators(file: file, reason: "\(label): every entry needs a source and a date")
            }
            guard let kind = SanctionsEntry.Kind(rawValue: e.kind ?? "entity"), [.individual, .entity, .identifier].contains(kind) else {
                throw .indicators(file: file, reason: "\(label): kind must be individual, entity or identifier")
            }
            var countries: [CountryCode] = []
            for c in e.countries ?? [] {
                guard let code = CountryCode(c.uppercased()) else { throw .indicators(file: file, reason: "\(label): unknown country \(c)") }
                countries.append(code)
            }
            let wallets = (e.wallets ?? []).map { text -> SanctionsEntry.Wallet in
                let parts = text.split(separator: " ", maxSplits: 1)
                return parts.count == 2 ? .init(currency: String(parts[0]), address: String(parts[1])) : .init(currency: "", address: text)
            }
            var domains: [String] = []
            for d in e.domains ?? [] {
                guard let domain = Identifiers.domain(fromURL: d) else { throw .indicators(file: file, reason: "\(label): bad domain \(d)") }
                domains.append(domain)
            }
            let index = entries.count
            for n in e.networks ?? [] {
                guard let net = IPNetwork(n) else { throw .indicators(file: file, reason: "\(label): bad network \(n)") }
                networks.append(Network(network: net, entry: index))
            }
            entries.append(SanctionsEntry(
                id: e.id, name: e.name, kind: kind, programs: e.programs ?? [], aliases: e.aliases ?? [],
                birthDates: e.birth_dates ?? [], nationalities: countries, wallets: wallets,
                emails: (e.emails ?? []).compactMap(Identifiers.email), domains: domains,
                documentNumbers: e.documents ?? [], remarks: e.note, source: source, date: date
            ))
        }
        let list = SanctionsList(name: decoded.list, date: decoded.date, isIndicator: true, entries: entries)
        return IndicatorSet(lists: [list], networks: [networks])
    }

    /// Reads one indicator file.
    public static func load(file: URL) throws(ScreeningError) -> IndicatorSet {
        let text: String
        do { text = try String(contentsOf: file, encoding: .utf8) } catch {
            throw .missingFile(path: file.path, reason: "unreadable or not UTF-8: \(error)")
        }
        return try parse(yaml: text, file: file.path)
    }
}
