import Foundation
import Testing
@testable import RedflagEnrichment
import RedflagPrimitives

/// Locates /work/shared/data (env `REDFLAG_SHARED_DATA`, default `../shared/data` from the package root).
enum SharedData {
    static var directory: URL? {
        let fileManager = FileManager.default
        let url: URL
        if let env = ProcessInfo.processInfo.environment["REDFLAG_SHARED_DATA"], !env.isEmpty {
            url = URL(fileURLWithPath: env)
        } else {
            let here = URL(fileURLWithPath: #filePath).resolvingSymlinksInPath()
            url = here.deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
                .appendingPathComponent("../shared/data").standardized
        }
        if fileManager.fileExists(atPath: url.appendingPathComponent("mmdb").path) { return url }
        if ProcessInfo.processInfo.environment["CI"] == "true" {
            Issue.record("shared test data missing at \(url.path) (CI=true)")
        } else {
            print("notice: shared test data not found at \(url.path); skipping")
        }
        return nil
    }

    static var mmdb: URL? { directory?.appendingPathComponent("mmdb") }

    static func files(in directory: URL, extension ext: String) -> [URL] {
        let enumerator = FileManager.default.enumerator(at: directory, includingPropertiesForKeys: nil)
        var result: [URL] = []
        while let url = enumerator?.nextObject() as? URL {
            if url.pathExtension == ext { result.append(url) }
        }
        return result.sorted { $0.path < $1.path }
    }
}

/// Compares a decoded value with what JSONSerialization produced for the same record.
func mmdbMatchesJSON(_ value: MMDBValue, _ json: Any) -> Bool {
    switch value {
    case let .string(text): return (json as? String) == text
    case let .bool(flag):
        if let bool = json as? Bool { return bool == flag }
        return jsonNumber(json).map { ($0 != 0) == flag } ?? false
    case let .map(entries):
        guard let object = json as? [String: Any], object.count == entries.count else { return false }
        return entries.allSatisfy { key, entry in object[key].map { mmdbMatchesJSON(entry, $0) } ?? false }
    case let .array(elements):
        guard let list = json as? [Any], list.count == elements.count else { return false }
        return zip(elements, list).allSatisfy { mmdbMatchesJSON($0, $1) }
    case let .uint64(n):
        if let exact = json as? UInt64 { return exact == n }
        if let exact = json as? Int { return exact >= 0 && UInt64(exact) == n }
        return (json as? NSNumber)?.uint64Value == n
    case .bytes, .uint128:
        return false
    default:
        guard let number = jsonNumber(json), let double = value.doubleValue else { return false }
        if case .float = value { return Float(number) == Float(double) }
        return number == double
    }
}

func jsonNumber(_ json: Any) -> Double? {
    if json is String { return nil }
    if let int = json as? Int { return Double(int) }
    if let double = json as? Double { return double }
    if let number = json as? NSNumber { return number.doubleValue }
    return nil
}
