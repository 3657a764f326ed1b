import Foundation
import RedflagPrimitives

/// Builds Redflag's bundled IP database from Debian's `libloc-database` (via `location dump`) and
/// `tor-geoipdb` (`/usr/share/tor/geoip`, `geoip6`), both IPFire Location data under CC BY-SA 4.0.
///
/// Record schema: `{"country":{"iso_code":"US"}, "autonomous_system_number":14061,
/// "autonomous_system_organization":"DIGITALOCEAN-ASN", "redflag":{"anonymous_proxy":true,
/// "satellite":true, "anycast":true}}` (absent fields omitted). libloc networks go in shortest prefix
/// first, so the most specific wins; tor-geoipdb's newer country then overrides libloc's where it has one,
/// and where the two differ the record also gets `redflag.location_disputed` (a block transferred or
/// leased abroad since 2022, or geolocated differently: its country is not evidence of where anyone is).
public struct BundledIPDatabaseBuilder: Sendable {
    /// One `net:` block of a libloc dump.
    public struct LiblocNetwork: Sendable, Hashable {
        public var network: IPNetwork
        public var country: String?
        public var asn: UInt32?
        public var anonymousProxy = false
        public var satellite = false
        public var anycast = false
    }

    /// What went into a build.
    public struct Summary: Sendable, Hashable {
        public var liblocNetworks: Int
        public var asNames: Int
        public var torRanges: Int
        public var bytes: Int
        public var description: String
    }

    public private(set) var liblocNetworks: [LiblocNetwork] = []
    public private(set) var asNames: [UInt32: String] = [:]
    /// Inclusive range → country code.
    public private(set) var torRanges: [(start: IPAddress, end: IPAddress, country: String)] = []
    /// `Generated:` dates found in the inputs' headers.
    public private(set) var liblocDate: String?
    public private(set) var torDate: String?

    public init() {}

    /// Adds the text printed by `location dump` (or a few blocks of it, for tests).
    public mutating func addLiblocDump(_ text: String) {
        var current: LiblocNetwork?
        var autNum: UInt32?
        var networks = liblocNetworks
        var names = asNames
        var date = liblocDate
        liblocNetworks = []
        IPTextScanner.forEachLine(text) { line in
            guard let first = line.first else {
                if let network = current { networks.append(network) }
                current = nil
                autNum = nil
                return
            }
            if first == UInt8(ascii: "#") {
                if date == nil { date = Self.headerDate(line) }
                return
            }
            guard let colon = line.index(of: UInt8(ascii: ":")) else { return }
            let key = line.field(0, colon)
            let value = line.field(colon + 1, line.count)
            if key.equals("net") {
                if let network = current { networks.append(network) }
                current = value.network.map { LiblocNetwork(network: $0) }
            } else if key.equals("country") {
                current?.country = value.string
            } else if key.equals("aut-num") {
                if value.first == UInt8(ascii: "A") {
                    autNum = IPTextScanner.Line(start: value.start + 2, count: max(0, value.count - 2)).unsigned.flatMap { UInt32(exactly: $0) }
                } else {
                    current?.asn = value.unsigned.flatMap { UInt32(exactly: $0) }
                }
            } else if key.equals("name") {
                if let autNum, current == nil { names[autNum] = value.string }
            } else if key.equals("is-anonymous-proxy") {
                current?.anonymousProxy = true
            } else if key.equals("is-satellite-provider") {
                current?.satellite = true
            } else if key.equals("is-anycast") {
                current?.anycast = true
            }
        }
        if let network = current { networks.append(network) }
        liblocNetworks = networks
        asNames = names
        liblocDate = date
    }

    /// Adds tor-geoipdb's `geoip` (`startInt,endInt,CC`) or `geoip6` (`start,end,CC`) text.
    public mutating func addTorGeoIP(_ text: String) {
        var ranges = torRanges
        var date = torDate
        torRanges = []
        IPTextScanner.forEachLine(text) { line in
            if line.first == UInt8(ascii: "#") {
                if date == nil { date = Self.headerDate(line) }
                return
            }
            guard let comma1 = line.index(of: UInt8(ascii: ",")),
                let comma2 = line.index(of: UInt8(ascii: ","), from: comma1 + 1)
            else { return }
            let first = line.field(0, comma1), last = line.field(comma1 + 1, comma2)
            let country = line.field(comma2 + 1, line.count)
            guard country.count == 2, country.first != UInt8(ascii: "?") else { return }
            let start: IPAddress?, end: IPAddress?
            if first.index(of: UInt8(ascii: ":")) != nil {
                (start, end) = (first.address, last.address)
            } else {
                start = first.unsigned.flatMap { UInt32(exactly: $0) }.map { IPAddress(v4: $0) }
                end = last.unsigned.flatMap { UInt32(exactly: $0) }.map { IPAddress(v4: $0) }
            }
            guard let start, let end, start.family == end.family else { return }
            ranges.append((start, end, country.string))
        }
        torRanges = ranges
        torDate = date
    }

    /// Reads a file and adds it with ``addLiblocDump(_:)``.
    public mutating func addLiblocDump(contentsOf path: String) throws {
        addLiblocDump(try String(contentsOfFile: path, encoding: .utf8))
    }

    /// Reads a file and adds it with ``addTorGeoIP(_:)``.
    public mutating func addTorGeoIP(contentsOf path: String) throws {
        addTorGeoIP(try String(contentsOfFile: path, encoding: .utf8))
    }

    /// The metadata description: sources, their data dates, licence.
    public var descriptionText: String {
        "Redflag IP database from IPFire Location data (CC BY-SA 4.0): tor-geoipdb generated "
            + "\(torDate ?? "unknown"), libloc-database generated \(liblocDate ?? "unknown")"
    }

    /// A writer holding every network with its record.
    public func makeWriter(buildEpoch: UInt64 = UInt64(Date().timeIntervalSince1970)) throws(MMDBError) -> MMDBWriter {
        var writer = MMDBWriter(
            ipVersion: 6, databaseType: "Redflag-IP", description: ["en": descriptionText], languages: ["en"],
            buildEpoch: buildEpoch)
        var byLength = [[Int]](repeating: [], count: 129)
        for (index, entry) in liblocNetworks.enumerated() { byLength[entry.network.prefixLength128].append(index) }
        var records: [RecordKey: MMDBWriter.RecordID] = [:]
        for indices in byLength {
            for index in indices {
                let entry = liblocNetworks[index]
                let key = RecordKey(entry)
                if key.isEmpty {
                    try writer.merge(entry.network) { _ in nil }
                    continue
                }
                let id: MMDBWriter.RecordID
                if let known = records[key] {
                    id = known
                } else {
                    id = writer.add(record(key))
                    records[key] = id
                }
                try writer.insert(entry.network, record: id)
            }
        }
        var byCountry: [String: [IPNetwork]] = [:]
        for range in torRanges {
            byCountry[range.country, default: []] += IPRangeSplitter.networks(from: range.start, to: range.end)
        }
        for (code, networks) in byCountry.sorted(by: { $0.key < $1.key }) {
            let country: MMDBValue = ["iso_code": .string(code)]
            try writer.merge(networks) { existing in
                guard case var .map(fields) = existing ?? .map([:]) else { return existing }
                if case let .map(older)? = fields["country"], let previous = older["iso_code"], previous != .string(code) {
                    guard case var .map(flags) = fields["redflag"] ?? .map([:]) else { return existing }
                    flags["location_disputed"] = true
                    fields["redflag"] = .map(flags)
                }
                fields["country"] = country
                return .map(fields)
            }
        }
        return writer
    }

    /// Builds and writes the database; returns what went in.
    @discardableResult
    public func write(to path: String) throws -> Summary {
        let bytes = try makeWriter().serialize()
        let url = URL(fileURLWithPath: path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(bytes).write(to: url, options: .atomic)
        return Summary(
            liblocNetworks: liblocNetworks.count, asNames: asNames.count, torRanges: torRanges.count,
            bytes: bytes.count, description: descriptionText)
    }

    /// The fields of a libloc network that end up in its record.
    private struct RecordKey: Hashable {
        var country: String?
        var asn: UInt32?
        var anonymousProxy: Bool
        var satellite: Bool
        var anycast: Bool

        init(_ entry: LiblocNetwork) {
            country = entry.country?.utf8.count == 2 ? entry.country : nil
            asn = entry.asn == 0 ? nil : entry.asn
            anonymousProxy = entry.anonymousProxy
            satellite = entry.satellite
            anycast = entry.anycast
        }

        var isEmpty: Bool { country == nil && asn == nil && !anonymousProxy && !satellite && !anycast }
    }

    private func record(_ key: RecordKey) -> MMDBValue {
        var fields: [String: MMDBValue] = [:]
        if let country = key.country { fields["country"] = ["iso_code": .string(country)] }
        if let asn = key.asn {
            fields["autonomous_system_number"] = .uint32(asn)
            if let name = asNames[asn] { fields["autonomous_system_organization"] = .string(name) }
        }
        var flags: [String: MMDBValue] = [:]
        if key.anonymousProxy { flags["anonymous_proxy"] = true }
        if key.satellite { flags["satellite"] = true }
        if key.anycast { flags["anycast"] = true }
        if !flags.isEmpty { fields["redflag"] = .map(flags) }
        return .map(fields)
    }

    static func headerDate(_ line: IPTextScanner.Line) -> String? {
        let text = line.string
        guard let range = text.range(of: "Generated:") else { return nil }
        return text[range.upperBound...].trimmingCharacters(in: .whitespaces)
    }
}
