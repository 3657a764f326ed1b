import RedflagPrimitives

extension DayContext {
    /// Applicant → interview → document and reference checks → hire → laptop shipped → daily work on a managed device.
    func playHiring(_ state: inout SimulatedAccount, _ writer: inout EventWriter) {
        guard let apply = plan.applyDay else { return }
        let hireDay = apply + 9
        if apply < 0 {
            if day == 0 {
                state.hired = true
                state.corpDevice = "corp-" + state.rng.hex(6)
                state.serial = serialNumber(&state.rng)
                snapshot(&state, kind: "employee", at: dayStart + Int64(state.rng.below(3600)), &writer)
            }
        } else {
            let time = dayStart + Int64(state.rng.int(13...21) * 3600)
            switch day - apply {
            case 0: snapshot(&state, kind: "applicant", at: time, &writer)
            case 2: interview(&state, at: time, first: true, &writer)
            case 4: document(&state, at: time, &writer)
            case 5: if plan.persona == .declinedVideo { interview(&state, at: time, first: false, &writer) }
            case 6: references(&state, at: time, &writer)
            case 9: hire(&state, at: time, &writer)
            case 11: if state.hired { shipment(&state, at: time, &writer) }
            default: break
            }
        }
        guard state.hired, day >= hireDay + 3 || apply < 0 else { return }
        workday(&state, &writer)
    }

    private func interview(_ state: inout SimulatedAccount, at time: Int64, first: Bool, _ writer: inout EventWriter) {
        var video = true, camera = true
        var flags: [String] = []
        if plan.persona == .declinedVideo && first { video = false; camera = false }
        if plan.isDPRK {
            if plan.has(.noVideo) { video = false; camera = false }
            if plan.has(.cameraOff) { camera = false }
            if plan.has(.faceMismatch) && video { flags.append("face_mismatch") }
            if plan.has(.scripted) { flags.append("scripted_answers") }
            if video, state.rng.chance(0.4) { flags.append("lagging_video") }
        } else {
            if state.rng.chance(0.06) { flags.append("lagging_video") }
            if state.rng.chance(0.03) { camera = false }
        }
        var f = FieldList()
        f.add("video", video)
        f.add("camera", video ? camera : false)
        f.add("flags", strings: flags)
        emit("interview", at: time, f, &writer)
    }

    private func document(_ state: inout SimulatedAccount, at time: Int64, _ writer: inout EventWriter) {
        let country = state.identity.country
        var f = FieldList()
        f.add("kind", country == "US" ? (state.rng.chance(0.7) ? "driver_license" : "passport") : "passport")
        f.add("country", country)
        f.add("name", state.identity.name)
        let shared = plan.isDPRK && plan.has(.sharedDocument)
        f.add("number_hash", shared ? team!.documentNumberHash : "dl:sha256:" + state.rng.hex(10))
        f.add("photo_hash", plan.isDPRK && plan.has(.sharedPhoto) ? team!.documentPhotoHash : plan.photoHash)
        if plan.isDPRK && plan.has(.suspiciousDocument) {
            f.add("result", state.rng.chance(0.7) ? "suspicious" : "failed")
            f.add("reason", state.rng.pick(["photo tampering score 0.81", "font mismatch in document number", "template matches known forgery",
                                            "portrait replaced", "MRZ checksum invalid"]))
        } else {
            let roll = state.rng.unit()
            f.add("result", roll < 0.94 ? "verified" : roll < 0.98 ? "failed" : "suspicious")
            if roll >= 0.94 { f.add("reason", state.rng.pick(["glare on photo", "document expired", "image too blurry"])) }
        }
        emit("document", at: time, f, &writer)
    }

    private func references(_ state: inout SimulatedAccount, at time: Int64, _ writer: inout EventWriter) {
        for (i, job) in plan.employment.enumerated() {
            var f = FieldList()
            f.add("kind", "employment")
            f.add("institution", job.company)
            f.add("domain", job.domain)
            let result: String
            if plan.isDPRK && (plan.has(.seizedEmployer) || plan.has(.unconfirmedReference)) {
                result = state.rng.pick(["unconfirmed", "no_response", "not_found"])
            } else {
                let roll = state.rng.unit()
                result = roll < 0.8 ? "confirmed" : roll < 0.95 ? "no_response" : "unconfirmed"
            }
            f.add("result", result)
            emit("reference", at: time + Int64(i * 3600), f, &writer)
        }
        if let school = plan.education.first {
            var f = FieldList()
            f.add("kind", "education")
            f.add("institution", school.institution)
            f.add("result", plan.isDPRK && plan.has(.unconfirmedReference) ? "not_found" : state.rng.chance(0.9) ? "confirmed" : "no_response")
            emit("reference", at: time + 7200, f, &writer)
        }
    }

    private func hire(_ state: inout SimulatedAccount, at time: Int64, _ writer: inout EventWriter) {
        let chance = plan.isDPRK ? (plan.has(.suspiciousDocument) ? 0.65 : 0.9) : 0.75
        guard state.rng.chance(chance) else { state.rejected = true; return }
        state.hired = true
        state.corpDevice = "corp-" + state.rng.hex(6)
        state.serial = serialNumber(&state.rng)
        var f = FieldList()
        f.add("kind", "employee")
        emit("account", at: time, f, &writer)
    }

    private func shipment(_ state: inout SimulatedAccount, at time: Int64, _ writer: inout EventWriter) {
        var address: [(String, JSONValue)]
        var recipient = state.identity.name
        if plan.isDPRK, let team {
            let farm = cast.farms[team.farm]
            let variant = farm.addressVariant(&state.rng)
            address = [("line1", .string(variant.line1))]
            if let line2 = variant.line2 { address.append(("line2", .string(line2))) }
            address += [("city", .string(farm.city)), ("region", .string(farm.region)), ("postal", .string(farm.postal)), ("country", .string("US"))]
            if team.care == .sloppy, state.rng.chance(0.4) { recipient = "\(farm.facilitator) for \(state.identity.name)" }
        } else {
            let place = state.identity.place
            let streets = ["Main", "Church", "High", "Park", "Mill", "Lake", "River", "Station", "Victoria", "King"]
            address = [("line1", .string("\(state.rng.int(1...2400)) \(state.rng.pick(streets)) \(state.rng.pick(["Street", "Road", "Avenue", "Lane"]))"))]
            if state.rng.chance(0.4) { address.append(("line2", .string("Apt \(state.rng.int(1...40))"))) }
            address += [("city", .string(place.city))]
            if let region = place.region { address.append(("region", .string(region))) }
            address += [("postal", .string(String(state.rng.int(10_000...99_950)))), ("country", .string(state.identity.country))]
        }
        var f = FieldList()
        f.add("address", JSONValue.object(address))
        f.add("recipient", recipient)
        f.add("item", "laptop")
        f.add("serial", state.serial)
        emit("shipment", at: time, f, &writer)
    }

    private func serialNumber(_ rng: inout SeededGenerator) -> String {
        let alphabet = Array("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789")
        return "C02" + String((0..<9).map { _ in alphabet[rng.below(alphabet.count)] })
    }
}
