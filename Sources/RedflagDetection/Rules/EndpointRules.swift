import RedflagPrimitives

/// Remote-control software on a managed device.
struct RemoteAccessRule: Rule {
    let metadata = RuleMetadata(
        id: "endpoint.remote_access", title: "Remote-control software",
        description: "Remote-control tools (AnyDesk, TeamViewer, Chrome Remote Desktop, Splashtop, RustDesk, …) on a company-managed device: the laptop is operated from elsewhere.",
        sources: [Advisory.fbiPSA2024, Advisory.fbiPSA2025, Advisory.mandiant2024], family: .endpoint, strength: .moderate)

    func evaluate(_ account: AccountState, in population: Population, settings: RuleSettings) -> Finding? {
        let tools = account.endpoints.remoteTools
        guard !tools.isEmpty else { return nil }
        return finding(settings, intensity: tools.count > 1 ? 1.3 : 1, "remote-control software on a managed device: \(listing(tools.keys.sorted()))", Array(tools.values))
    }
}

/// IP-KVM hardware attached to a managed device.
struct IPKVMRule: Rule {
    let metadata = RuleMetadata(
        id: "endpoint.ip_kvm", title: "IP-KVM attached",
        description: "IP-KVM hardware (PiKVM, TinyPilot, JetKVM, GL.iNet KVM, or a composite HID + mass-storage USB gadget) on a managed device: the laptop farm's way to let remote workers type on it.",
        sources: [Advisory.fbiPSA2025, Advisory.mandiant2024], family: .endpoint, strength: .strong)

    func evaluate(_ account: AccountState, in population: Population, settings: RuleSettings) -> Finding? {
        let evidence = account.endpoints.kvmEvidence
        guard !evidence.isEmpty else { return nil }
        let hardware = Set(evidence.compactMap { $0.facts.first { $0.key == "hardware" }?.value }).sorted()
        return finding(settings, "IP-KVM hardware on a managed device: \(listing(hardware))", evidence)
    }
}

/// A managed device checking in far from where it was shipped.
struct EndpointLocationRule: Rule {
    let metadata = RuleMetadata(
        id: "endpoint.location", title: "Device is not where it was shipped",
        description: "A managed device checks in from another country than the one it was shipped to (or claimed), or mostly through VPN/hosting networks. Check-ins from addresses whose location is not the user's (carrier gateways, satellite, disputed blocks, corporate security gateways) count neither way. In the location family: a device abroad and sessions abroad are one fact, the person is not where the profile says.",
        sources: [Advisory.fbiPSA2024, Advisory.fbiPSA2025], family: .location, strength: .moderate, parameters: ["min_share": 0.3])

    func evaluate(_ account: AccountState, in population: Population, settings: RuleSettings) -> Finding? {
        let endpoints = account.endpoints
        guard let expected = account.shipments.sorted().last?.country ?? account.claimedCountry else { return nil }
        let located = endpoints.checkInCountries.values.reduce(0, +)
        let total = located + endpoints.anonymizedCheckIns
        guard total > 0 else { return nil }
        let foreign = endpoints.checkInCountries.filter { $0.key != expected }
        let foreignCount = foreign.values.reduce(0, +)
        let share = Double(foreignCount + endpoints.anonymizedCheckIns) / Double(total)
        guard share >= settings["min_share"] else { return nil }
        let evidence = endpoints.checkIns.filter { $0.isAnonymized || ($0.isPreciselyLocated && $0.country != expected) }.map(\.evidence)
        var parts: [String] = []
        if foreignCount > 0 { parts.append("\(foreignCount) from \(listing(foreign.keys.map(\.code).sorted()))") }
        if endpoints.anonymizedCheckIns > 0 { parts.append("\(endpoints.anonymizedCheckIns) through VPN or hosting") }
        return finding(settings, "\(parts.joined(separator: " and ")) of \(total) device check-ins; shipped to \(expected.code)", evidence)
    }
}
