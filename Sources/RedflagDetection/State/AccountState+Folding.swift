import Foundation
import RedflagEnrichment
import RedflagEvents
import RedflagPrimitives

extension AccountState {
    /// Folds one event into the state. Duplicates must be filtered before.
    ///
    /// A failed sign-in is not a session (see ``noteFailedSignIn(_:_:context:cache:)``).
    mutating func fold(_ event: Event, context: DetectionContext, cache: inout FoldCache) {
        if case .login(let login) = event.payload, !login.success {
            noteFailedSignIn(login, event, context: context, cache: &cache)
            return
        }
        firstSeen = min(firstSeen ?? event.time, event.time)
        lastSeen = max(lastSeen ?? event.time, event.time)
        switch event.payload {
        case .account(let update): foldProfile(update, event, contacts: context.contacts)
        case .login(let login):
            activity.mark(event.time)
            let (address, file) = (cache.number(of: login.ip, context: context), cache.number(ofFileIn: event.source))
            var session = NetworkState.Session(event, address: address, file: file)
            session.device = login.device
            record(session, cache: cache)
            if let device = login.device { noteDevice(device, event) }
        case .work(let work):
            activity.work(from: event.time, minutes: work.minutes)
            if let ip = work.ip {
                let (address, file) = (cache.number(of: ip, context: context), cache.number(ofFileIn: event.source))
                var session = NetworkState.Session(event, address: address, file: file)
                session.minutes = work.minutes
                record(session, cache: cache)
            }
        case .bid(let bid): foldBid(bid, event)
        case .contract(let contract):
            if contract.status == "active", let client = contract.client {
                contractClients[client] = min(contractClients[client] ?? event.time, event.time)
            }
        case .review(let review):
            if let from = review.from, let rating = review.rating, reviewsReceived.count < 1_000 {
                reviewsReceived.append(ReviewRecord(evidence: Evidence(event, [Fact("from", from), Fact("rating", format(rating))]), from: from, rating: rating))
            }
        case .payout(let payout): foldPayout(payout, Evidence(event), cache: &cache)
        case .shipment(let shipment): foldShipment(shipment, Evidence(event))
        case .endpoint(let report): foldEndpoint(report, event, context: context, cache: &cache)
        case .message(let message): foldMessage(message, event)
        case .interview(let interview):
            var item = Evidence(event)
            if let video = interview.video { item = item.with("video", String(video)) }
            if let camera = interview.camera { item = item.with("camera", String(camera)) }
            if !interview.flags.isEmpty { item = item.with("flags", interview.flags.joined(separator: ",")) }
            hiring.interviews.append(InterviewRecord(evidence: item, video: interview.video, camera: interview.camera, flags: interview.flags))
        case .document(let document):
            var item = Evidence(event)
            if let result = document.result { item = item.with("result", result) }
            if let reason = document.reason { item = item.with("reason", reason) }
            hiring.documents.append(
                DocumentRecord(evidence: item, result: document.result, reason: document.reason,
                    numberHash: document.numberHash, photoHash: document.photoHash, name: document.name))
            if let number = document.numberHash { note(Identifier(.documentNumber, number), Evidence(event, [Fact("document_number", number)])) }
            if let photo = document.photoHash { note(Identifier(.documentPhoto, photo), Evidence(event, [Fact("document_photo", photo)])) }
        case .reference(let reference):
            var item = Evidence(event)
            if let institution = reference.institution { item = item.with("institution", institution) }
            if let domain = reference.domain { item = item.with("domain", domain) }
            if let result = reference.result { item = item.with("result", result) }
            hiring.references.append(ReferenceRecord(evidence: item, result: reference.result, institution: reference.institution, domain: reference.domain))
        }
    }

    /// A failed sign-in shows someone trying the account, not its owner at work: credential stuffing
    /// tries thousands of accounts from proxies worldwide with one tool, and counted as sessions it
    /// would give its victims hopping, anonymizer and shared-device findings. Only an attempt from
    /// North Korean address space is kept (for `network.dprk_space`): whoever made it, it is seen.
    private mutating func noteFailedSignIn(_ login: Login, _ event: Event, context: DetectionContext, cache: inout FoldCache) {
        let facts = cache.facts(for: login.ip, context: context)
        guard facts.isDPRK else { return }
        var sighting = Sighting(event, ip: login.ip, facts)
        sighting.device = login.device
        sighting.failed = true
        keepEarliest(&network.dprkSightings, sighting)
    }

    private mutating func record(_ session: NetworkState.Session, cache: FoldCache) {
        network.record(session, cache.addresses[Int(session.address)].facts) { cache.sighting(of: session, account: id) }
    }

    private mutating func foldProfile(_ update: AccountUpdate, _ event: Event, contacts: any ContactClassifier) {
        let time = event.time, id = event.id
        profile.isKnown = true
        profile.kind.offer(update.kind, at: time, id: id)
        profile.name.offer(update.name, at: time, id: id)
        profile.country.offer(update.country, at: time, id: id)
        if let country = update.country { profile.countryClaims[time] = country }
        profile.city.offer(update.city, at: time, id: id)
        profile.region.offer(update.region, at: time, id: id)
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

    private mutating func foldBid(_ bid: Bid, _ event: Event) {
        activity.mark(event.time)
        bids.total += 1
        bids.perDay[event.time.day, default: 0] += 1
        if let country = bid.clientCountry { bids.clientCountries[country, default: 0] += 1 }
        let evidence = { () -> Evidence in
            var item = Evidence(event)
            if let job = bid.job { item = item.with("job", job) }
            if let country = bid.clientCountry { item = item.with("client_country", country.code) }
            return item
        }
        if bids.samples.count < Evidence.limit || bids.samples.contains(where: { $0.isPreceded(byTime: event.time, eventID: event.id) }) {
            keepEarliest(&bids.samples, evidence())
        }
        guard let text = bid.text, bids.fingerprints.count < 16, bids.textHashes.count < 256,
            bids.textHashes.insert(TextFingerprint.hash(text)).inserted,
            let fingerprint = TextFingerprint.signature(text)
        else { return }
        let quoted = evidence().with("text", String(text.prefix(120)))
        if let existing = bids.fingerprints[fingerprint], existing < quoted { return }
        bids.fingerprints[fingerprint] = quoted
    }

    private mutating func foldPayout(_ payout: Payout, _ evidence: Evidence, cache: inout FoldCache) {
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
        if let holder = payout.holder { note(Identifier(.payoutHolder, cache.personName(holder)), item) }
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

    private mutating func foldEndpoint(_ report: EndpointReport, _ event: Event, context: DetectionContext, cache: inout FoldCache) {
        let evidence = Evidence(event)
        if let device = report.device { noteDevice(device, event) }
        if let serial = report.serial { note(Identifier(.endpointSerial, serial), evidence.with("serial", serial)) }
        for program in report.software {
            if let tool = cache.remoteAccessTool(program), endpoints.remoteTools[tool].map({ evidence < $0 }) ?? true {
                endpoints.remoteTools[tool] = evidence.with("software", program)
            }
        }
        let kvmHits = report.usb.compactMap(EndpointSignatures.kvmDevice) + report.displays.compactMap(EndpointSignatures.kvmDisplay)
        if !kvmHits.isEmpty { keepEarliest(&endpoints.kvmEvidence, evidence.with("hardware", kvmHits.joined(separator: "; "))) }
        if let ip = report.ip {
            let facts = cache.facts(for: ip, context: context)
            var sighting = Sighting(event, ip: ip, facts)
            sighting.device = report.device
            keepEarliest(&endpoints.checkIns, sighting)
            if sighting.isAnonymized {
                endpoints.anonymizedCheckIns += 1
            } else if sighting.isPreciselyLocated, let country = sighting.country {
                endpoints.checkInCountries[country, default: 0] += 1
            }
            if facts.isDPRK { keepEarliest(&network.dprkSightings, sighting) }
        }
    }

    private mutating func foldMessage(_ message: Message, _ event: Event) {
        activity.mark(event.time)
        let counterparty = message.counterparty ?? ""
        messages.firstContact[counterparty] = min(messages.firstContact[counterparty] ?? event.time, event.time)
        guard message.direction != "received", let text = message.text, let channel = OffPlatformSignals.channel(in: text) else { return }
        var item = Evidence(event).with("channel", channel).with("text", String(text.prefix(160)))
        if let party = message.counterparty { item = item.with("counterparty", party) }
        let pushed = OffPlatformMessage(evidence: item, counterparty: message.counterparty, channel: channel)
        if channel == OffPlatformSignals.payment {
            keepEarliest(&messages.paymentsOffPlatform, pushed)
        } else {
            keepEarliest(&messages.offPlatform, pushed)
        }
    }
}

func format(_ number: Double) -> String {
    number == number.rounded() ? String(Int(number)) : String(format: "%.2f", number)
}
