import RedflagDetection
import RedflagLinking

/// The JSON shapes shared by the NDJSON and JSON outputs (and later the API).
extension JSONWriter {
    mutating func evidence(_ item: Evidence) {
        object { json in
            json.field("time", item.time.description)
            json.field("event", item.eventID)
            if let account = item.account { json.field("account", account) }
            if let source = item.source { json.field("source", source.description) }
            for fact in item.facts { json.field(fact.key, fact.value) }
        }
    }

    mutating func finding(_ finding: Finding) {
        object { json in
            json.field("rule", finding.rule)
            json.key("weight"); json.number(finding.weight)
            json.field("summary", finding.summary)
            json.key("evidence")
            json.array { json in for item in finding.evidence { json.evidence(item) } }
        }
    }

    /// One account in the spec's output shape: `account`, `score`, `level`, `cluster`, `findings`.
    mutating func assessment(_ assessment: AccountAssessment) {
        object { json in
            json.field("account", assessment.account)
            json.key("score"); json.int(assessment.score)
            json.field("level", assessment.level.rawValue)
            json.field("cluster", assessment.cluster)
            json.key("findings")
            json.array { json in for finding in assessment.findings { json.finding(finding) } }
        }
    }

    mutating func link(_ link: AccountLink) {
        object { json in
            json.field("a", link.first)
            json.field("b", link.second)
            json.key("weight"); json.number(link.weight)
            json.key("shared")
            json.array { json in
                for shared in link.shared {
                    json.object { json in
                        json.field("kind", shared.identifier.kind.rawValue)
                        json.field("value", shared.identifier.value)
                        json.key("weight"); json.number(shared.weight)
                        json.key("accounts_sharing"); json.int(shared.sharers)
                        if shared.identifier.kind == .ip { json.key("same_hour"); json.bool(shared.concurrent) }
                        json.key("evidence")
                        json.array { json in json.evidence(shared.first); json.evidence(shared.second) }
                    }
                }
            }
        }
    }

    mutating func cluster(_ cluster: Cluster) {
        object { json in
            json.field("cluster", cluster.id)
            json.key("score"); json.int(cluster.score)
            json.field("level", cluster.level.rawValue)
            json.key("members"); json.array { json in for member in cluster.members { json.string(member) } }
            json.key("findings"); json.array { json in for finding in cluster.findings { json.finding(finding) } }
            json.key("links"); json.array { json in for link in cluster.links { json.link(link) } }
        }
    }
}
