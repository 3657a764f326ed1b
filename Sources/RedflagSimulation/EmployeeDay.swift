import RedflagPrimitives

extension DayContext {
    /// A day of an employee on a company-managed laptop: SSO sign-in, tracked work, device telemetry, payroll.
    func workday(_ state: inout SimulatedAccount, _ writer: inout EventWriter) {
        let weekend = localWeekday >= 5
        if localWeekday == 4, (day + plan.index) % 14 < 7, state.rng.chance(0.98) {
            payoutEvent(&state, at: dayStart + 14 * 3600, amount: plan.rate * 80, &writer)
        }
        guard state.rng.chance(weekend ? (plan.isDPRK ? 0.5 : 0.1) : plan.activeProbability), let device = state.corpDevice else { return }
        let marathon = plan.has(.marathon)
        let sessions = marathon ? 3 : 2
        var minute = plan.workStartHour * 60 + state.rng.int(-30...30)
        let total = Int(Double(plan.dailyMinutes) * state.rng.double(0.8...1.1))
        var lastIP = state.homeIP
        for s in 0..<sessions {
            let time = at(localMinute: minute, offset: stay?.place.offsetMinutes)
            let ip = address(&state)
            lastIP = ip
            if s == 0 || state.rng.chance(0.5) { login(&state, at: time, ip: ip, device: device, &writer) }
            let length = max(30, total / sessions + state.rng.int(-20...20))
            let pieces = max(1, Int((Double(length) / 100 * scale).rounded()))
            var t = time + 60
            for _ in 0..<pieces {
                var f = FieldList()
                let piece = max(10, length / pieces)
                f.add("minutes", piece)
                f.add("ip", ip.description)
                f.add("source", state.rng.pick(["sso", "vpn", "commit", "sso"]))
                emit("work", at: t, offset: timeOffset(&state, share: 0.05), f, &writer)
                t += Int64(piece) * 60
            }
            minute += length + (marathon ? state.rng.int(5...20) : state.rng.int(30...75))
        }
        if state.rng.chance(0.6 * scale) { endpoint(&state, device: device, ip: lastIP, &writer) }
    }

    private func endpoint(_ state: inout SimulatedAccount, device: String, ip: IPAddress, _ writer: inout EventWriter) {
        var software = ["Slack", "Zoom", "Google Chrome", "Microsoft Outlook", "Visual Studio Code", "CrowdStrike Falcon"]
        if state.rng.chance(0.4) { software.append("Docker Desktop") }
        var usb: [JSONValue] = []
        var displays = [state.rng.pick(["Built-in Retina Display", "Color LCD"])]
        if state.rng.chance(0.6) { displays.append(state.rng.pick(["DELL U2720Q", "LG HDR 4K", "DELL P2419H", "HP E24 G5", "LG ULTRAFINE"])) }
        if state.rng.chance(0.5) {
            usb.append(.object([("vendor", .string("046d")), ("product", .string("c52b")), ("name", .string("Logitech USB Receiver")), ("class", .string("hid"))]))
        }
        if plan.persona == .remoteSupport { software += state.rng.chance(0.5) ? ["TeamViewer"] : ["TeamViewer", "TeamViewer_Service"] }
        if plan.isDPRK {
            if plan.has(.remoteTool) {
                software += [state.rng.pick(["AnyDesk", "TeamViewer", "RustDesk", "Chrome Remote Desktop", "Splashtop Streamer"])]
                if team?.care == .sloppy { software.append("AnyDesk") }
            }
            if plan.has(.kvm), state.rng.chance(0.7) {
                let tinyPilot = (plan.index % 2) == 0
                usb.append(.object([("vendor", .string("1d6b")), ("product", .string("0104")),
                                    ("name", .string(tinyPilot ? "TinyPilot" : "PiKVM Composite Device")), ("class", .string("hid"))]))
                displays = [tinyPilot ? "TinyPilot" : "PiKVM"]
            }
        }
        var f = FieldList()
        f.add("device", device)
        f.add("serial", state.serial)
        f.add("ip", ip.description)
        f.add("software", strings: Array(Set(software)).sorted())
        f.add("usb", JSONValue.array(usb))
        f.add("displays", strings: displays)
        emit("endpoint", at: dayStart + Int64(state.rng.below(86_400)), offset: timeOffset(&state, share: 0.05), f, &writer)
    }
}
