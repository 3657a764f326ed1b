import ArgumentParser
import Foundation
import RedflagEnrichment

/// `redflag data build-ipdb`: builds the bundled IP database from Debian's tor-geoipdb and libloc-database.
public struct BuildIPDatabaseCommand: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "build-ipdb",
        abstract: "Build data/generated/redflag-ip.mmdb from tor-geoipdb and libloc (location dump).")

    @Option(help: "tor-geoipdb IPv4 file.")
    public var torGeoip = "/usr/share/tor/geoip"

    @Option(help: "tor-geoipdb IPv6 file.")
    public var torGeoip6 = "/usr/share/tor/geoip6"

    @Option(help: "Output of `location dump`; when omitted, `location dump` is run.")
    public var liblocDump: String?

    @Option(help: "Where to write the database.")
    public var output = BundledIPDatabase.relativePath

    public init() {}

    public func run() throws {
        var builder = BundledIPDatabaseBuilder()
        if let liblocDump {
            try builder.addLiblocDump(contentsOf: liblocDump)
        } else {
            builder.addLiblocDump(try Self.runLocationDump())
        }
        for path in [torGeoip, torGeoip6] where FileManager.default.fileExists(atPath: path) {
            try builder.addTorGeoIP(contentsOf: path)
        }
        let summary = try builder.write(to: output)
        print(
            "wrote \(output): \(summary.bytes) bytes, \(summary.liblocNetworks) libloc networks, "
                + "\(summary.asNames) AS names, \(summary.torRanges) tor-geoipdb ranges — \(summary.description)")
    }

    static func runLocationDump() throws -> String {
        let temporary = FileManager.default.temporaryDirectory.appendingPathComponent("redflag-location-dump-\(getpid()).txt")
        _ = FileManager.default.createFile(atPath: temporary.path, contents: nil)
        defer { try? FileManager.default.removeItem(at: temporary) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["location", "dump"]
        process.standardOutput = try FileHandle(forWritingTo: temporary)
        try process.run()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw ValidationError("`location dump` failed (install Debian's location and libloc-database)")
        }
        return try String(contentsOf: temporary, encoding: .utf8)
    }
}
