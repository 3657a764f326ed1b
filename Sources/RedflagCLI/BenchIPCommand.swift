import ArgumentParser
import Foundation
import RedflagEnrichment
import RedflagPrimitives

/// `redflag bench ip --db PATH --ips FILE`: country lookups per second on one core.
public struct BenchIPCommand: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "ip", abstract: "Time country lookups (country.iso_code) in a MaxMind DB on one core.")

    @Option(help: "The .mmdb file.")
    public var db: String

    @Option(help: "A file of IP addresses, one a line.")
    public var ips: String

    @Option(help: "Minimum seconds to run.")
    public var seconds: Double = 2

    public init() {}

    public func run() throws {
        let clock = ContinuousClock()
        let openStart = clock.now
        let reader = try MMDBReader(path: db)
        let openTime = clock.now - openStart
        let text = try String(contentsOfFile: ips, encoding: .utf8)
        let addresses = text.split(whereSeparator: \.isNewline).compactMap { IPAddress($0) }
        guard !addresses.isEmpty else { throw ValidationError("no addresses in \(ips)") }
        let path = ["country", "iso_code"]
        var lookups = 0
        var found = 0
        let start = clock.now
        var elapsed = Duration.zero
        repeat {
            for address in addresses {
                if let (offset, _) = try? reader.lookupRecordOffset(address),
                    let code = try? reader.string(at: offset, path: path), !code.isEmpty
                {
                    found += 1
                }
            }
            lookups += addresses.count
            elapsed = clock.now - start
        } while elapsed < .seconds(seconds)
        let perSecond = Double(lookups) / (Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18)
        FileHandle.standardError.write(
            Data("opened in \(openTime), \(addresses.count) addresses, \(found) of \(lookups) with a country\n".utf8))
        print("\(Int(perSecond)) lookups/s")
    }
}
