import Foundation
import RedflagPrimitives

/// libphonenumber's numbering plans for every region, read from `Resources/phone-metadata.tsv`
/// (generated from PyPI `phonenumbers` by `scripts/gen-phone-table.py`).
public struct PhoneMetadataTable: Sendable {
    /// Regions in file order: alphabetical, then the non-geographic `001` entries.
    public let regions: [PhoneRegionMetadata]
    private let byRegion: [String: Int]
    private let byCallingCode: [Int: [Int]]

    /// Reads a table in the generated layout; `file` names the source in errors.
    public init(text: String, file: String) throws(PhoneMetadataError) {
        var builder = PhoneTableBuilder(file: file)
        var lineNumber = 0
        for line in text.split(atASCII: "\n", omittingEmptySubsequences: false) {
            lineNumber += 1
            guard !line.isEmpty, !line.hasPrefix("#") else { continue }
            try builder.add(line: line, number: lineNumber)
        }
        let regions = try builder.finish()
        var byRegion: [String: Int] = [:]
        var byCallingCode: [Int: [Int]] = [:]
        for (index, region) in regions.enumerated() {
            if region.regionCode != PhoneMetadataTable.nonGeographicRegion { byRegion[region.regionCode] = index }
            byCallingCode[region.callingCode, default: []].append(index)
        }
        for (code, indexes) in byCallingCode {
            byCallingCode[code] = indexes.filter { regions[$0].isMainCountryForCode }
                + indexes.filter { !regions[$0].isMainCountryForCode }
        }
        self.regions = regions
        self.byRegion = byRegion
        self.byCallingCode = byCallingCode
    }

    /// The region code libphonenumber uses for non-geographic calling codes.
    public static let nonGeographicRegion = "001"

    /// The table shipped in the RedflagEnrichment bundle, read once per process.
    public static func bundled() throws(PhoneMetadataError) -> PhoneMetadataTable {
        try bundledResult.get()
    }

    private static let bundledResult: Result<PhoneMetadataTable, PhoneMetadataError> = {
        guard let url = Bundle.module.url(forResource: "phone-metadata", withExtension: "tsv", subdirectory: "Resources"),
            let data = FileManager.default.contents(atPath: url.path)
        else {
            return .failure(PhoneMetadataError(file: "phone-metadata.tsv", line: 0, reason: "missing from the bundle"))
        }
        return Result { () throws(PhoneMetadataError) in
            try PhoneMetadataTable(text: String(decoding: data, as: UTF8.self), file: url.path)
        }
    }()

    /// The plan of a libphonenumber region code (`US`, `AC`).
    public func metadata(forRegion code: String) -> PhoneRegionMetadata? {
        byRegion[code].map { regions[$0] }
    }

    /// The plan of a country.
    public func metadata(for country: CountryCode) -> PhoneRegionMetadata? { metadata(forRegion: country.code) }

    /// Every region sharing `callingCode`, the main country first (US, then the other NANPA regions).
    public func regions(forCallingCode callingCode: Int) -> [PhoneRegionMetadata] {
        (byCallingCode[callingCode] ?? []).map { regions[$0] }
    }

    /// All calling codes in the table.
    public var callingCodes: Set<Int> { Set(byCallingCode.keys) }
}

/// A malformed line in the phone metadata table.
public struct PhoneMetadataError: Error, Sendable, Hashable, CustomStringConvertible {
    public var file: String
    public var line: Int
    public var reason: String
    public var description: String { "\(file):\(line): \(reason)" }
}

/// Collects `R` and `D` lines into regions.
private struct PhoneTableBuilder {
    let file: String
    var regions: [PhoneRegionMetadata] = []
    var header: [Substring]?
    var headerLine = 0
    var general: PhoneRegionMetadata.NumberRange?
    var ranges: [PhoneLineType: PhoneRegionMetadata.NumberRange] = [:]

    init(file: String) { self.file = file }

    mutating func add(line: Substring, number: Int) throws(PhoneMetadataError) {
        let fields = line.split(atASCII: "\t", omittingEmptySubsequences: false)
        switch fields.first {
        case "R":
            guard fields.count == 10 else { throw error(number, "region row needs 10 fields, has \(fields.count)") }
            try flush()
            header = fields
            headerLine = number
        case "D":
            guard fields.count == 4, header != nil else { throw error(number, "range row needs 4 fields after a region row") }
            let lengths = Set(fields[2].split(atASCII: ",").compactMap { Int($0) })
            let range = PhoneRegionMetadata.NumberRange(lengths: lengths, pattern: try compile(fields[3], number, .whole))
            if fields[1] == "general" {
                general = range
            } else if let type = PhoneLineType(rawValue: String(fields[1])) {
                ranges[type] = range
            } else {
                throw error(number, "unknown line type \(fields[1])")
            }
        default:
            throw error(number, "unknown row kind \(fields.first ?? "")")
        }
    }

    mutating func finish() throws(PhoneMetadataError) -> [PhoneRegionMetadata] {
        try flush()
        return regions
    }

    private mutating func flush() throws(PhoneMetadataError) {
        guard let fields = header else { return }
        guard let general, let callingCode = Int(fields[2]) else { throw error(headerLine, "region without calling code or general range") }
        let optional = { (field: Substring) -> String? in field.isEmpty ? nil : String(field) }
        regions.append(PhoneRegionMetadata(
            regionCode: String(fields[1]), callingCode: callingCode, isMainCountryForCode: fields[3] == "1",
            nationalPrefix: optional(fields[4]), sameMobileAndFixedLinePattern: fields[9] == "1",
            nationalPrefixForParsing: try optional(fields[5]).map { (p) throws(PhoneMetadataError) in try compileRewrite(p, headerLine) },
            nationalPrefixTransformRule: optional(fields[6]),
            leadingDigits: try optional(fields[7]).map { (p) throws(PhoneMetadataError) in try compile(Substring(p), headerLine, .prefix) },
            internationalPrefix: try optional(fields[8]).map { (p) throws(PhoneMetadataError) in try compileRewrite(p, headerLine) },
            general: general, ranges: ranges))
        header = nil
        self.general = nil
        ranges = [:]
    }

    private func compile(
        _ pattern: Substring, _ line: Int, _ anchoring: AnchoredPattern.Anchoring
    ) throws(PhoneMetadataError) -> AnchoredPattern {
        try compiled(String(pattern), line) { try AnchoredPattern($0, anchoring: anchoring) }
    }

    private func compileRewrite(_ pattern: String, _ line: Int) throws(PhoneMetadataError) -> PrefixRewrite {
        try compiled(pattern, line, PrefixRewrite.init)
    }

    /// `make(pattern)`, with ICU's rejection turned into an error naming the table's line.
    private func compiled<T>(_ pattern: String, _ line: Int, _ make: (String) throws -> T) throws(PhoneMetadataError) -> T {
        do {
            return try make(pattern)
        } catch {
            throw self.error(line, "bad pattern \(pattern)")
        }
    }

    private func error(_ line: Int, _ reason: String) -> PhoneMetadataError {
        PhoneMetadataError(file: file, line: line, reason: reason)
    }
}
