import RedflagDetection
import RedflagPrimitives

/// One identifier two accounts share, with the first use of it on each side.
public struct SharedIdentifier: Sendable, Hashable {
    public var identifier: Identifier
    public var weight: Double
    /// How many accounts in the whole population share this value.
    public var sharers: Int
    public var first: Evidence
    public var second: Evidence
    /// For addresses: both accounts used it within the same hour.
    public var concurrent: Bool
    /// For addresses: a VPN, proxy, Tor or hosting address, which strangers share.
    public var anonymizer = false
}

/// Two accounts and everything they share.
public struct AccountLink: Sendable, Hashable {
    public var first: String
    public var second: String
    public var weight: Double
    public var shared: [SharedIdentifier]
    public var isStrong: Bool
}

/// Accounts operated by the same people, as far as strong links show, with the cluster's own
/// findings and score.
public struct Cluster: Sendable {
    public var id: String
    public var members: [String]
    /// Strong links inside the cluster.
    public var links: [AccountLink]
    public var findings: [Finding]
    public var evidence: Double
    public var score: Int
    public var level: RiskLevel
}

/// The result of linking: clusters, weaker links, and the assessments with cluster shares applied.
public struct LinkAnalysis: Sendable {
    public var clusters: [Cluster]
    /// Links below the strong threshold: "possibly related".
    public var possibleLinks: [AccountLink]
    public var assessments: [AccountAssessment]
    /// Account → cluster id, for accounts in a cluster of two or more.
    public var clusterOf: [String: String]

    public init(clusters: [Cluster], possibleLinks: [AccountLink], assessments: [AccountAssessment], clusterOf: [String: String]) {
        self.clusters = clusters
        self.possibleLinks = possibleLinks
        self.assessments = assessments
        self.clusterOf = clusterOf
    }

    /// No links at all: every account stands alone.
    public static func unlinked(_ result: DetectionResult) -> LinkAnalysis {
        LinkAnalysis(clusters: [], possibleLinks: [], assessments: result.assessments, clusterOf: [:])
    }
}
