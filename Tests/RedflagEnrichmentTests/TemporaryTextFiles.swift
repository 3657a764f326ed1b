import Foundation

/// Writes `files` (name → UTF-8 text) into a new temporary folder, calls `body` with each file's URL by
/// name, and removes the folder afterwards.
func withTextFiles<R>(_ files: [String: String], _ body: ([String: URL]) throws -> R) throws -> R {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("redflag-test-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    var urls: [String: URL] = [:]
    for (name, text) in files {
        urls[name] = folder.appendingPathComponent(name)
        try text.write(to: urls[name]!, atomically: true, encoding: .utf8)
    }
    return try body(urls)
}
