import RedflagPrimitives

/// Reads each event type's fields from the JSON object, one function per type.
extension Payload {
    static func decode(kind: EventKind, from reader: inout FieldReader) throws(FieldError) -> Payload {
        switch kind {
        case .account: return .account(try decodeAccount(&reader))
        case .login:
            guard let ip = try reader.ip("ip") else { throw reader.missing("ip") }
            return .login(
                Login(ip: ip, device: try reader.string("device"), userAgent: try reader.string("user_agent"),
                    success: try reader.bool("success") ?? true))
        case .work:
            guard let minutes = try reader.number("minutes") else { throw reader.missing("minutes") }
            guard minutes > 0 else { throw FieldError(field: "minutes", reason: "must be greater than 0") }
            return .work(
                WorkSegment(minutes: minutes, contract: try reader.string("contract"), ip: try reader.ip("ip"),
                    source: try reader.string("source")))
        case .bid:
            var bid = Bid()
            bid.job = try reader.string("job")
            bid.client = try reader.string("client")
            bid.clientCountry = try reader.country("client_country")
            bid.rate = try reader.number("rate", in: 0...1_000_000)
            bid.text = try reader.string("text")
            return .bid(bid)
        case .contract:
            var contract = ContractUpdate(contract: try reader.requiredString("contract"))
            contract.client = try reader.string("client")
            contract.clientCountry = try reader.country("client_country")
            contract.status = try reader.string("status")
            contract.rate = try reader.number("rate", in: 0...1_000_000)
            return .contract(contract)
        case .review:
            var review = Review()
            review.from = try reader.string("from")
            review.rating = try reader.number("rating", in: 1...5)
            review.contract = try reader.string("contract")
            return .review(review)
        case .payout: return .payout(try decodePayout(&reader))
        case .shipment:
            guard let address = try reader.object("address", decodeAddress) else { throw reader.missing("address") }
            var shipment = Shipment(address: address)
            shipment.recipient = try reader.string("recipient")
            shipment.item = try reader.string("item")
            shipment.serial = try reader.string("serial")
            return .shipment(shipment)
        case .endpoint: return .endpoint(try decodeEndpoint(&reader))
        case .message:
            var message = Message()
            message.counterparty = try reader.string("counterparty")
            message.direction = try reader.string("direction")
            message.text = try reader.string("text")
            return .message(message)
        case .interview:
            var interview = Interview()
            interview.video = try reader.bool("video")
            interview.camera = try reader.bool("camera")
            interview.flags = try reader.strings("flags") ?? []
            return .interview(interview)
        case .document:
            var document = DocumentCheck()
            document.kind = try reader.string("kind")
            document.country = try reader.country("country")
            document.name = try reader.string("name")
            document.numberHash = try reader.string("number_hash")
            document.photoHash = try reader.string("photo_hash")
            document.result = try reader.string("result")
            document.reason = try reader.string("reason")
            return .document(document)
        case .reference:
            var reference = ReferenceCheck()
            reference.kind = try reader.string("kind")
            reference.institution = try reader.string("institution")
            reference.domain = try reader.string("domain")
            reference.result = try reader.string("result")
            return .reference(reference)
        }
    }

    private static func decodeAccount(_ reader: inout FieldReader) throws(FieldError) -> AccountUpdate {
        var update = AccountUpdate()
        update.kind = try reader.string("kind")
        update.name = try reader.string("name")
        update.country = try reader.country("country")
        update.city = try reader.string("city")
        update.region = try reader.string("region")
        update.timezone = try reader.string("timezone")
        update.email = try reader.string("email")
        update.phone = try reader.string("phone")
        update.created = try reader.timestamp("created")
        update.hourlyRate = try reader.number("hourly_rate", in: 0...1_000_000)
        update.hoursWorked = try reader.number("hours_worked", in: 0...10_000_000)
        update.jobSuccess = try reader.number("job_success", in: 0...1)
        update.earnings = try reader.number("earnings", in: 0...1e12)
        update.education = try reader.objects("education") { (entry: inout FieldReader) throws(FieldError) in
            EducationClaim(
                institution: try entry.requiredString("institution"), country: try entry.country("country"),
                degree: try entry.string("degree"), from: try entry.string("from"), to: try entry.string("to"))
        }
        update.employment = try reader.objects("employment") { (entry: inout FieldReader) throws(FieldError) in
            EmploymentClaim(
                company: try entry.requiredString("company"), domain: try entry.string("domain"),
                country: try entry.country("country"), title: try entry.string("title"),
                from: try entry.string("from"), to: try entry.string("to"))
        }
        update.website = try reader.string("website")
        update.github = try reader.string("github")
        update.photoHash = try reader.string("photo_hash")
        update.agency = try reader.string("agency")
        update.status = try reader.string("status")
        return update
    }

    private static func decodePayout(_ reader: inout FieldReader) throws(FieldError) -> Payout {
        var payout = Payout()
        payout.method = try reader.string("method")
        payout.destination = try reader.string("destination")
        payout.holder = try reader.string("holder")
        payout.country = try reader.country("country")
        payout.wallet = try reader.string("wallet")
        payout.amount = try reader.number("amount")
        payout.currency = try reader.string("currency") ?? "USD"
        return payout
    }

    private static func decodeAddress(_ reader: inout FieldReader) throws(FieldError) -> PostalAddress {
        guard let country = try reader.country("country") else { throw reader.missing("country") }
        return PostalAddress(
            line1: try reader.requiredString("line1"), line2: try reader.string("line2"),
            city: try reader.requiredString("city"), region: try reader.string("region"),
            postal: try reader.string("postal"), country: country)
    }

    private static func decodeEndpoint(_ reader: inout FieldReader) throws(FieldError) -> EndpointReport {
        var report = EndpointReport()
        report.device = try reader.string("device")
        report.serial = try reader.string("serial")
        report.ip = try reader.ip("ip")
        report.software = try reader.strings("software") ?? []
        report.usb = try reader.objects("usb") { (entry: inout FieldReader) throws(FieldError) in
            USBDevice(
                vendor: try entry.string("vendor"), product: try entry.string("product"),
                name: try entry.string("name"), deviceClass: try entry.string("class"))
        } ?? []
        report.displays = try reader.strings("displays") ?? []
        return report
    }
}
