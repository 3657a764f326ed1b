import Foundation
import RedflagEnrichment
import RedflagEvents
import RedflagPrimitives

/// Memoises IP facts for the duration of a scan: most sessions reuse a handful of addresses.
struct IPFactsCache {
    private var facts: [IPAddress: IPFacts] = [:]
    mutating func facts(for address: IPAddress, from intelligence: any IPIntelligence) -> IPFacts {
        if let known = facts[address] { return known }
        let fresh = intelligence.facts(for: address)
        if facts.count < 1_000_000 { facts[address] = fresh }
        return fresh
    }
}

extension AccountState {
    /// Folds one event into the state. Duplicates must be filtered before.
    mutating func fold(_ event: Event, context: DetectionContext, cache: inout IPFactsCache) {
        eventCount += 1
        firstSeen = min(firstSeen ?? event.time, event.time)
        lastSeen = max(lastSeen ?? event.time, event.time)
        let evidence = Evidence(event)
        switch event.payload {
        case .account(let update): foldProfile(update, event, contacts: context.contacts)
        case .login(let login):
            activity.mark(event.time)
            var facts: [Fact] = []
            if let device = login.device {
                noteDevice(device, evidence.with("device", device))
                facts.append(Fact("device", device))
            }
            if !login.success { facts.append(Fact("success", "false")) }
            sight(login.ip, evidence, context: context, cache: &cache, extra: facts)
        case .work(let work):
            activity.work(from: event.time, minutes: work.minutes)
            if let ip = work.ip { sight(ip, evidence.with("minutes", format(work.minutes)), context: context, cache: &cache) }
        case .bid(let bid): foldBid(bid, evidence)
        case .contract(let contract):
            if contract.status == "active", let client = contract.client {
                contractClients[client] = min(contractClients[client] ?? event.time, event.time)
            }
        case .review(let review):
            if let from = review.from, let rating = review.rating, reviewsReceived.count < 1_000 {
                reviewsReceived.append(ReviewRecord(evidence: evidence.with("from", from).with("rating", format(rating)), from: from, rating: rating))
            }
        case .payout(let payout): foldPayout(payout, evidence)
        case .shipment(let shipment): foldShipment(shipment, evidence)
        case .endpoint(let report): foldEndpoint(report, evidence, context: context, cache: &cache)
        case .message(let message): foldMessage(message, evidence)
        case .interview(let interview):
            var item = evidence
            if let video = interview.video { item = item.with("video", String(video)) }
            if let camera = interview.camera { item = item.with("camera", String(camera)) }
            if !interview.flags.isEmpty { item = item.with("flags", interview.flags.joined(separator: ",")) }
            hiring.interviews.append(InterviewRecord(evidence: item, video: interview.video, camera: interview.camera, flags: interview.flags))
        case .document(let document):
            var item = evidence
            if let result = document.result { item = item.with("result", result) }
            if let reason = document.reason { item = item.with("reason", reason) }
            hiring.documents.append(
                DocumentRecord(evidence: item, result: document.result, reason: document.reason,
                    numberHash: document.numberHash, photoHash: document.photoHash, name: document.name))
            if let number = document.numberHash { note(Identifier(.documentNumber, number), evidence.with("document_number", number)) }
            if let photo = document.photoHash { note(Identifier(.documentPhoto, photo), evidence.with("document_photo", photo)) }
        case .reference(let reference):
            var item = evidence
            if let institution = reference.institution { item = item.with("institution", institution) }
            if let domain = reference.domain { item = item.with("domain", domain) }
            if let result = reference.result { item = item.with("result", result) }
            hiring.references.append(ReferenceRecord(evidence: item, result: reference.result, institution: reference.institution, domain: reference.domain))
        }
    }

    private mutating func sight(
        _ ip: IPAddress, _ evidence: Evidence, context: DetectionContext, cache: inout IPFactsCache, extra: [Fact] = []
    ) {
        let facts = cache.facts(for: ip, from: context.ipIntelligence)
        var item = evidence.with("ip", ip.description)
        item.facts.append(contentsOf: extra)
        if let country = facts.country { item = item.with("country", country.code) }
        if let asn = facts.asn { item = item.with("asn", "AS\(asn)") }
        if !facts.kinds.isEmpty { item = item.with("network", facts.kinds.labels.joined(separator: ",")) }
        let sighting = Sighting(evidence: item, ip: ip, country: facts.country, asn: facts.asn, kinds: facts.kinds, location: facts.location)
        let highRisk = !sighting.isAnonymized && facts.country.map(context.highRiskOrigins.contains) == true
        network.record(sighting, isDPRK: context.isDPRK(ip, facts: facts), isHighRiskOrigin: highRisk)
        if !facts.kinds.contains(.mobileCarrier) && !facts.kinds.contains(.office) {
            note(Identifier(.ip, ip.description), item)
        }
    }

    private mutating func foldProfile(_ update: AccountUpdate, _ event: Event, contacts: any ContactClassifier) {
        let time = event.time, id = event.id
        profile.kind.offer(update.kind, at: time, id: id)
        profile.name.offer(update.name, at: time, id: id)
        profile.country.offer(update.country, at: time, id: id)
        if let country = update.country { profile.countryClaims[time] = country }
        profile.city.offer(update.city, at: time, id: id)
        profile.timezone.offer(update.timezone, at: time, id: id)
        profile.email.offer(update.email, at: time, id: id)
        profile.phone.offer(update.phone, at: time, id: id)
        profile.created.offer(update.created, at: time, id: id)
        profile.hourlyRate.offer(update.hourlyRate, at: time, id: id)
        profile.hoursWorked.offer(update.hoursWorked, at: time, id: id)
        profile.jobSuccess.offer(update.jobSuccess, at: time, id: id)
        profile.earnings.offer(update.earnings, at: time, id: id)
        profile.employment.offer(update.employment?.map { EmploymentClaimSummary(company: $0.company, domain: $0.domain) }, at: time, id: id)
        profile.photoHash.offer(update.photoHash, at: time, id: id)
        profile.agency.offer(update.agency, at: time, id: id)
        profile.status.offer(update.status, at: time, id: id)
        let evidence = Evidence(event)
        if let email = update.email { note(Identifier(.email, contacts.canonicalEmail(email)), evidence.with("email", email)) }
        if let phone = update.phone {
            note(Identifier(.phone, contacts.canonicalPhone(phone, defaultCountry: update.country)), evidence.with("phone", phone))
        }
        if let photo = update.photoHash { note(Identifier(.profilePhoto, photo), evidence.with("photo_hash", photo)) }
    }

    private mutating func foldBid(_ bid: Bid, _ evidence: Evidence) {
        activity.mark(evidence.time)
        bids.total += 1
        bids.perDay[evidence.time.day, default: 0] += 1
        if let country = bid.clientCountry { bids.clientCountries[country, default: 0] += 1 }
        var item = evidence
        if let job = bid.job { item = item.with("job", job) }
        if let country = bid.clientCountry { item = item.with("client_country", country.code) }
        keepEarliest(&bids.samples, item)
        if let text = bid.text, bids.fingerprints.count < 16, let fingerprint = TextFingerprint.signature(text) {
            let quoted = item.with("text", String(text.prefix(120)))
            if let existing = bids.fingerprints[fingerprint], existing < quoted { return }
            bids.fingerprints[fingerprint] = quoted
        }
    }

    private mutating func foldPayout(_ payout: Payout, _ evidence: Evidence) {
        var item = evidence
        if let method = payout.method { item = item.with("method", method) }
        if let destination = payout.destination { item = item.with("destination", destination) }
        if let holder = payout.holder { item = item.with("holder", holder) }
        if let country = payout.country { item = item.with("country", country.code) }
        if let wallet = payout.wallet { item = item.with("wallet", wallet) }
        if payouts.count < 2_000 {
            payouts.append(PayoutRecord(evidence: item, method: payout.method, destination: payout.destination, holder: payout.holder,
                country: payout.country, wallet: payout.wallet, amount: payout.amount))
        }
        if let destination = payout.destination { note(Identifier(.payoutDestination, destination), item) }
        if let wallet = payout.wallet { note(Identifier(.wallet, wallet.lowercased()), item) }
        if let holder = payout.holder { note(Identifier(.payoutHolder, Normalize.personName(holder)), item) }
    }

    private mutating func foldShipment(_ shipment: Shipment, _ evidence: Evidence) {
        let address = shipment.address
        let normalized = Normalize.address(line1: address.line1, line2: address.line2, city: address.city, postal: address.postal, country: address.country.code)
        var item = evidence.with("address", [address.line1, address.line2, address.city, address.region, address.postal, address.country.code].compactMap { $0 }.joined(separator: ", "))
        if let recipient = shipment.recipient { item = item.with("recipient", recipient) }
        if let serial = shipment.serial { item = item.with("serial", serial) }
        shipments.append(ShipmentRecord(evidence: item, normalizedAddress: normalized, line1: address.line1, city: address.city,
            country: address.country, recipient: shipment.recipient, serial: shipment.serial))
        note(Identifier(.shippingAddress, normalized), item)
        if let serial = shipment.serial { note(Identifier(.endpointSerial, serial), item) }
    }

    private mutating func foldEndpoint(_ report: EndpointReport, _ evidence: Evidence, context: DetectionContext, cache: inout IPFactsCache) {
        if let device = report.device { noteDevice(device, evidence.with("device", device)) }
        if let serial = report.serial { note(Identifier(.endpointSerial, serial), evidence.with("serial", serial)) }
        for program in report.software {
            if let tool = EndpointSignatures.remoteAccessTool(program), endpoints.remoteTools[tool].map({ evidence < $0 }) ?? true {
                endpoints.remoteTools[tool] = evidence.with("software", program)
            }
        }
        let kvmHits = report.usb.compactMap(EndpointSignatures.kvmDevice) + report.displays.compactMap(EndpointSignatures.kvmDisplay)
        if !kvmHits.isEmpty { keepEarliest(&endpoints.kvmEvidence, evidence.with("hardware", kvmHits.joined(separator: "; "))) }
        if let ip = report.ip {
            let facts = cache.facts(for: ip, from: context.ipIntelligence)
            var item = evidence.with("ip", ip.description)
            if let country = facts.country { item = item.with("country", country.code) }
            if !facts.kinds.isEmpty { item = item.with("network", facts.kinds.labels.joined(separator: ",")) }
            let sighting = Sighting(evidence: item, ip: ip, country: facts.country, asn: facts.asn, kinds: facts.kinds, location: facts.location)
            keepEarliest(&endpoints.checkIns, sighting)
            if sighting.isAnonymized { endpoints.anonymizedCheckIns += 1 } else if let country = facts.country { endpoints.checkInCountries[country, default: 0] += 1 }
            if context.isDPRK(ip, facts: facts) { keepEarliest(&network.dprkSightings, sighting) }
        }
    }

    private mutating func foldMessage(_ message: Message, _ evidence: Evidence) {
        activity.mark(evidence.time)
        let counterparty = message.counterparty ?? ""
        messages.firstContact[counterparty] = min(messages.firstContact[counterparty] ?? evidence.time, evidence.time)
        guard message.direction != "received", let text = message.text, let channel = OffPlatformSignals.channel(in: text) else { return }
        messages.offPlatformCount += 1
        var item = evidence.with("channel", channel).with("text", String(text.prefix(160)))
        if let party = message.counterparty { item = item.with("counterparty", party) }
        keepEarliest(&messages.offPlatform, OffPlatformMessage(evidence: item, counterparty: message.counterparty, channel: channel))
    }
}

func format(_ number: Double) -> String {
    number == number.rounded() ? String(Int(number)) : String(format: "%.2f", number)
}
