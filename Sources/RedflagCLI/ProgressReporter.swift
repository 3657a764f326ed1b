import Foundation

/// A one-line progress bar on standard error (events, events/s, elapsed), drawn only when
/// standard error is a terminal.
final class ProgressReporter {
    private let started = Date()
    private var lastDraw = Date.distantPast

    /// Nil when standard error is not a terminal: scripts and CI see no progress noise.
    static func forStandardError() -> ProgressReporter? {
        isatty(2) == 1 ? ProgressReporter() : nil
    }

    func update(events: Int, file: String, line: Int) {
        let now = Date()
        guard now.timeIntervalSince(lastDraw) >= 0.2 else { return }
        lastDraw = now
        let elapsed = now.timeIntervalSince(started)
        let rate = elapsed > 0 ? Int(Double(events) / elapsed) : 0
        let text = String(format: "\r\u{1B}[K%@ line %d — %d events, %d events/s, %.1f s", (file as NSString).lastPathComponent, line, events, rate, elapsed)
        FileHandle.standardError.write(Data(text.utf8))
    }

    func finish() {
        FileHandle.standardError.write(Data("\r\u{1B}[K".utf8))
    }
}
