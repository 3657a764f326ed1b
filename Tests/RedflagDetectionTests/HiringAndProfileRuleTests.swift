import Testing

@testable import RedflagDetection

@Suite struct HiringAndProfileRuleTests {
    @Test func interviewsWithoutVideoAndWithFlags() {
        var s = Scenario()
        s.profile("a")
        s.add("interview", "a", Scenario.time(1, 15), ["video": true, "camera": true])
        #expect(s.finding("interview.no_video", on: "a") == nil)
        #expect(s.finding("interview.flags", on: "a") == nil)
        s.add("interview", "a", Scenario.time(2, 15), ["video": true, "camera": false, "flags": ["scripted_answers"]])
        let weak = s.finding("interview.flags", on: "a")?.weight ?? 0
        #expect(s.finding("interview.no_video", on: "a") != nil)
        s.add("interview", "a", Scenario.time(3, 15), ["video": true, "camera": true, "flags": ["face_mismatch"]])
        #expect((s.finding("interview.flags", on: "a")?.weight ?? 0) > weak)
    }

    @Test func connectionProblemsAloneAreAWeakFlag() throws {
        var lagging = Scenario()
        lagging.profile("a")
        lagging.add("interview", "a", Scenario.time(1, 15), ["video": true, "camera": true, "flags": ["lagging_video"]])
        var scripted = Scenario()
        scripted.profile("a")
        scripted.add("interview", "a", Scenario.time(1, 15), ["video": true, "camera": true, "flags": ["scripted_answers"]])
        let technical = try #require(lagging.finding("interview.flags", on: "a"))
        let behavioural = try #require(scripted.finding("interview.flags", on: "a"))
        #expect(technical.weight <= behavioural.weight * 0.6)
        lagging.add("interview", "a", Scenario.time(2, 15), ["video": true, "camera": true, "flags": ["scripted_answers"]])
        let both = try #require(lagging.finding("interview.flags", on: "a"))
        #expect(both.weight > behavioural.weight, "a connection problem still adds to a behavioural flag")
    }

    /// A noisy room, nerves or a late start describe the call, not who is on it.
    @Test func circumstancesOfACallAreWeakLikeConnectionProblems() throws {
        func weight(_ flags: [String]) throws -> Double {
            var s = Scenario()
            s.profile("a")
            s.add("interview", "a", Scenario.time(1, 15), ["video": true, "camera": true, "flags": flags])
            return try #require(s.finding("interview.flags", on: "a")).weight
        }
        let scripted = try weight(["scripted_answers"])
        for circumstance in ["background_noise", "nervous", "late_join", "camera_broken"] {
            #expect(try weight([circumstance]) <= scripted * 0.6, "\(circumstance)")
        }
        #expect(try weight(["off_camera_prompting"]) == scripted, "a flag not named as a circumstance counts in full")
    }

    @Test func documentsFailedOrShared() {
        var s = Scenario()
        s.profile("a")
        s.profile("b")
        s.add("document", "a", Scenario.time(1, 12), ["result": "verified", "number_hash": "n1"])
        #expect(s.finding("identity.document", on: "a") == nil)
        s.add("document", "b", Scenario.time(1, 12), ["result": "verified", "number_hash": "n1"])
        #expect(s.finding("identity.document", on: "a")?.summary.contains("also presented by") == true)
        var failed = Scenario()
        failed.profile("a")
        failed.add("document", "a", Scenario.time(1, 12), ["result": "suspicious", "reason": "tampering"])
        #expect(failed.finding("identity.document", on: "a") != nil)
    }

    @Test func documentsFailedForTheCaptureAreWeak() throws {
        func check(_ reason: String?) -> Scenario {
            var s = Scenario()
            s.profile("a")
            var fields: [String: Any] = ["result": "failed"]
            if let reason { fields["reason"] = reason }
            s.add("document", "a", Scenario.time(1, 12), fields)
            return s
        }
        let forged = try #require(check("Photo tampering score 0.81").finding("identity.document", on: "a"))
        let unexplained = try #require(check(nil).finding("identity.document", on: "a"))
        #expect(unexplained.weight == forged.weight, "no reason given: not presumed harmless")
        for reason in ["Glare on photo", "document expired", "image too blurry"] {
            let weak = try #require(check(reason).finding("identity.document", on: "a"), "\(reason)")
            #expect(weak.weight < forged.weight * 0.6, "\(reason)")
        }
        let mixed = try #require(check("image blurry; font mismatch in number").finding("identity.document", on: "a"))
        #expect(mixed.weight == forged.weight, "a sign of forgery beside a capture problem counts in full")
        var retaken = check("glare on photo")
        retaken.add("document", "a", Scenario.time(2, 12), ["result": "verified"])
        #expect(retaken.finding("identity.document", on: "a") == nil, "the retake passed")
        var forgedThenVerified = check("template matches known forgery")
        forgedThenVerified.add("document", "a", Scenario.time(2, 12), ["result": "verified"])
        #expect(forgedThenVerified.finding("identity.document", on: "a") != nil)
    }

    @Test func referencesThatDoNotCheckOut() {
        var s = Scenario()
        s.profile("a")
        s.add("reference", "a", Scenario.time(1, 12), ["kind": "education", "result": "confirmed"])
        s.add("reference", "a", Scenario.time(2, 12), ["kind": "employment", "result": "no_response"])
        #expect(s.finding("identity.references", on: "a") == nil, "one unanswered reference is normal")
        s.add("reference", "a", Scenario.time(3, 12), ["kind": "employment", "result": "not_found"])
        #expect(s.finding("identity.references", on: "a") != nil)
    }

    @Test func takeoverNeedsDormancyAndTwoNewThings() {
        var s = Scenario()
        s.profile("a")
        s.login("a", day: 0, hour: 10, ip: "73.1.1.1", device: "old")
        s.add("payout", "a", Scenario.time(1, 0), ["destination": "d-old"])
        s.login("a", day: 120, hour: 10, ip: "211.1.1.1", device: "new")
        #expect(s.finding("profile.takeover", on: "a")?.summary.contains("new device") == true)
        var shortNap = Scenario()
        shortNap.profile("a")
        shortNap.login("a", day: 0, hour: 10, ip: "73.1.1.1", device: "old")
        shortNap.login("a", day: 80, hour: 10, ip: "211.1.1.1", device: "new")
        #expect(shortNap.finding("profile.takeover", on: "a") == nil)
    }

    /// An owner who last signed in abroad (a trip, a VPN) and comes back home — a new laptop, a new
    /// bank — has two new things, not three: the claimed country is not a new one.
    @Test func comingBackInTheClaimedCountryIsNotANewCountry() throws {
        func wake(in ip: String) -> Finding? {
            var s = Scenario()
            s.profile("a", country: "US")
            s.login("a", day: 0, hour: 10, ip: "81.2.69.1", device: "old")
            s.add("payout", "a", Scenario.time(1, 0), ["destination": "d-old"])
            s.login("a", day: 120, hour: 10, ip: ip, device: "new")
            s.add("payout", "a", Scenario.time(121, 0), ["destination": "d-new"])
            return s.finding("profile.takeover", on: "a")
        }
        let home = try #require(wake(in: "73.1.1.1"))
        #expect(!home.summary.contains("new country"), "\(home.summary)")
        let abroad = try #require(wake(in: "211.1.1.1"))
        #expect(abroad.summary.contains("new country KR"))
        #expect(home.weight < abroad.weight)
    }

    @Test func earlyOffPlatformPushes() {
        var s = Scenario()
        s.profile("a")
        s.add("message", "a", Scenario.time(0, 10), ["counterparty": "c1", "direction": "sent", "text": "Hi, thanks for the invite"])
        s.add("message", "a", Scenario.time(1, 10), ["counterparty": "c1", "direction": "sent", "text": "Can we talk on Telegram? @dev"])
        #expect(s.finding("messages.off_platform", on: "a")?.summary.contains("Telegram") == true)
        var late = Scenario()
        late.profile("a")
        late.add("message", "a", Scenario.time(0, 10), ["counterparty": "c1", "direction": "sent", "text": "Hi"])
        late.add("message", "a", Scenario.time(10, 10), ["counterparty": "c1", "direction": "sent", "text": "my WhatsApp is +1 555"])
        late.add("message", "a", Scenario.time(0, 11), ["counterparty": "c2", "direction": "received", "text": "add me on Skype"])
        #expect(late.finding("messages.off_platform", on: "a") == nil)
    }

    /// Asking to be paid around the platform counts whenever it comes; moving a working conversation to a
    /// chat app, or speaking of the platform, only early.
    @Test func asksToBePaidOutsideThePlatformCountAtAnyTime() throws {
        var s = Scenario()
        s.profile("a")
        s.add("contract", "a", Scenario.time(0, 9), ["contract": "k1", "client": "c1", "status": "active"])
        s.add("message", "a", Scenario.time(0, 10), ["counterparty": "c1", "direction": "sent", "text": "Hi, thanks for the contract"])
        s.add("message", "a", Scenario.time(12, 10), ["counterparty": "c1", "direction": "sent", "text": "Is it possible to pay the rest in USDT?"])
        s.add("message", "a", Scenario.time(13, 10), ["counterparty": "c1", "direction": "sent", "text": "Let's keep talking on Telegram"])
        let finding = try #require(s.finding("messages.off_platform", on: "a"))
        #expect(finding.summary.hasPrefix("1 asking to be paid outside the platform"), "\(finding.summary)")
        #expect(finding.evidence.count == 1)
        var talk = Scenario()
        talk.profile("a")
        talk.add("message", "a", Scenario.time(0, 10), ["counterparty": "c1", "direction": "sent", "text": "Hi"])
        talk.add("message", "a", Scenario.time(12, 10), ["counterparty": "c1", "direction": "sent", "text": "I can't upload files outside the platform"])
        #expect(talk.finding("messages.off_platform", on: "a") == nil)
    }

    @Test func reviewFarmingByOneClient() {
        var s = Scenario()
        for (index, account) in ["a", "b", "c"].enumerated() {
            s.profile(account, ["created": Scenario.time(0, 0)])
            s.add("review", account, Scenario.time(10 + index, 0), ["from": "cl-1", "rating": 5])
        }
        #expect(s.finding("reviews.farming", on: "a") != nil)
        var two = Scenario()
        for (index, account) in ["a", "b"].enumerated() {
            two.profile(account, ["created": Scenario.time(0, 0)])
            two.add("review", account, Scenario.time(10 + index, 0), ["from": "cl-1", "rating": 5])
        }
        #expect(two.finding("reviews.farming", on: "a") == nil)
    }

    /// Without a `created` date, an account first seen when the data begins may be years old; one that
    /// first appears weeks into the data was most likely opened then. Where the data begins is not
    /// moved by one account's stray old event.
    @Test func reviewFarmingWithoutCreationDatesCountsOnlyAccountsThatAppearLater() {
        func ring(firstDay: Int) -> Scenario {
            var s = Scenario()
            for index in 0..<10 { s.profile("regular-\(index)", day: 0) }
            s.login("regular-0", day: -300, hour: 12, ip: "73.1.1.1")  // one event from long before the rest
            for (index, account) in ["a", "b", "c"].enumerated() {
                s.profile(account, day: firstDay)
                s.add("review", account, Scenario.time(firstDay + 10 + index, 0), ["from": "cl-1", "rating": 5])
            }
            return s
        }
        #expect(ring(firstDay: 0).finding("reviews.farming", on: "a") == nil)
        #expect(ring(firstDay: 13).finding("reviews.farming", on: "a") == nil)
        #expect(ring(firstDay: 14).finding("reviews.farming", on: "a") != nil)
        var dated = ring(firstDay: 0)
        for account in ["a", "b", "c"] { dated.profile(account, day: 1, ["created": Scenario.time(0, 0)]) }
        #expect(dated.finding("reviews.farming", on: "a") != nil)
    }
}

@Suite struct NormalizationTests {
    @Test func asciiFastPathMatchesFoundationFolding() {
        let samples = ["KIM, Sang-man", "  O'Brien  Jr. ", "12 Main St. #4", "PO Box 77", "a_b-c", "", "!!!", "MiXeD 9to5", "tab\tand\nnewline"]
        for sample in samples { #expect(Normalize.asciiText(sample) == Normalize.foldedText(sample), "\(sample)") }
        #expect(Normalize.text("Zoë Çelik") == "zoe celik")
        #expect(Normalize.personName("KIM, Sang Man") == Normalize.personName("Sang Man Kim"))
    }
}
