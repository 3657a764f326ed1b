/// Reads the vendor's reason for a failed document check: whether it names only a problem with
/// the capture or the paperwork (glare, blur, an expired document) and no sign of forgery.
///
/// Honest applicants fail checks for a photo taken in bad light or a passport that ran out; a
/// forged or borrowed document fails for tampering, a mismatch or a known template. A reason with
/// any word of the second kind — or none of the first — counts as a sign of forgery.
enum DocumentReason {
    static let capturePhrases = CaselessPhraseSet([
        "glare", "blur", "expired", "expiry", "unreadable", "illegible", "low quality", "poor quality", "image quality",
        "low resolution", "too dark", "dark image", "lighting", "out of focus", "cropped", "cut off", "reflection",
        "timed out", "timeout", "unsupported", "not supported", "too small", "resubmit", "retake", "back side",
    ])
    static let forgeryPhrases = CaselessPhraseSet([
        "tamper", "forg", "mismatch", "replac", "alter", "edited", "fake", "counterfeit", "template", "checksum", "mrz",
        "font", "synthetic", "deepfake", "manipulat", "screen", "stolen", "lost", "revoked", "watchlist", "duplicate",
        "fraud", "inconsistent", "photocop", "printed", "suspect",
    ])

    /// Whether `reason` names a capture or paperwork problem and nothing that suggests forgery.
    static func isCaptureProblem(_ reason: String?) -> Bool {
        guard var reason else { return false }
        return reason.withUTF8 { text in
            capturePhrases.occurrences(in: text) != 0 && forgeryPhrases.occurrences(in: text) == 0
        }
    }
}
