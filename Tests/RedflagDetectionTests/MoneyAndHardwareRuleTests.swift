import Foundation
import RedflagEvents
import Testing

@testable import RedflagDetection

@Suite struct MoneyAndHardwareRuleTests {
    func payout(_ s: inout Scenario, _ account: String, day: Int, _ fields: [String: Any]) {
        s.add("payout", account, Scenario.time(day, 0), fields)
    }

    /// Whether an account named `name` paid to `holder` has a `payout.holder_mismatch` finding.
    func mismatch(_ name: String, _ holder: String) -> Bool {
        var s = Scenario()
        s.profile("a", name: name)
        payout(&s, "a", day: 1, ["holder": holder, "destination": "d1"])
        return s.finding("payout.holder_mismatch", on: "a") != nil
    }

    @Test func holderMismatchIsFuzzyAndSparesCompanies() {
        var s = Scenario()
        s.profile("a", name: "Daniel Moore")
        payout(&s, "a", day: 1, ["holder": "MOORE, Daniel", "destination": "d1"])
        payout(&s, "a", day: 2, ["holder": "Moore Software LLC", "destination": "d1"])
        #expect(s.finding("payout.holder_mismatch", on: "a") == nil)
        payout(&s, "a", day: 3, ["holder": "Wei Zhang", "destination": "d2"])
        #expect(s.finding("payout.holder_mismatch", on: "a")?.summary.contains("Wei Zhang") == true)
    }

    /// A bank writes given names as initials; an initial agrees with the given name it starts, not with another.
    @Test func holderWrittenWithInitialsIsTheAccountHolder() {
        #expect(!mismatch("Émilie Roy", "É. Roy"))
        #expect(!mismatch("Daniel Moore", "D. J. Moore"))
        #expect(!mismatch("Daniel Moore", "MOORE, D."))
        #expect(mismatch("Daniel Moore", "S. Moore"), "another initial: a relative")
        #expect(mismatch("Daniel Moore", "D. Morris"), "another family name")
    }

    /// A bank at home prints the holder in its own script; the name is the account holder's.
    @Test func holderInAnotherScriptIsReadInLatinLetters() {
        #expect(!mismatch("Evgeniya Lebedeva", "Лебедева Евгения"))
        #expect(!mismatch("Irina Marchenko", "Марченко Ірина"))
        #expect(!mismatch("Alexander Morozov", "Морозов Александр"))
        #expect(!mismatch("Eun-ji Yoon", "윤은지"))
        #expect(!mismatch("Seo-yeon Choi", "최서연"))
        #expect(!mismatch("Jie Huang", "黄杰"))
        #expect(!mismatch("Junjie Yang", "杨俊杰"))
        #expect(mismatch("John Smith", "王伟"), "another person in Han characters")
        #expect(!mismatch("Taro Yamada", "ﾔﾏﾀﾞ ﾀﾛｳ"), "a Japanese bank's half-width katakana")
        #expect(mismatch("Irina Marchenko", "Коваленко Андрій"), "another person in Cyrillic")
        #expect(mismatch("Eun-ji Yoon", "박민준"), "another person in Hangul")
    }

    /// A couple paid into one joint account in one partner's name: the other partner's payouts name its
    /// housemate; the same holder for accounts that live apart is someone else's account.
    @Test func holderWhoLivesWithTheAccountAndSharesItsPayoutIsAHousehold() throws {
        func pair(homes: [String]) -> Scenario {
            var s = Scenario()
            for (index, (account, name)) in [("a", "Chukwuemeka Balogun"), ("b", "Adebayo Onyeka")].enumerated() {
                s.profile(account, name: name, ["city": "Port Harcourt"])
                for day in 0..<8 { s.login(account, day: day, hour: 18, minute: 5 * index, ip: homes[index % homes.count]) }
                payout(&s, account, day: 1, ["destination": "iban:joint", "holder": "Adebayo Onyeka"])
            }
            return s
        }
        let together = try #require(pair(homes: ["73.4.4.4"]).finding("payout.holder_mismatch", on: "a"))
        let apart = try #require(pair(homes: ["73.4.4.4", "73.5.5.5"]).finding("payout.holder_mismatch", on: "a"))
        #expect(together.summary.contains("an account it lives with"))
        #expect(together.weight == apart.weight * 0.5)
        #expect(!apart.summary.contains("lives with"))
    }

    /// A registered agency is paid into its owner's account: a member paid to a colleague of the same
    /// agency is paid as agencies are; a holder outside the agency, or the same colleague's name without
    /// the agency, is still someone else.
    @Test func agencyMembersArePaidToTheirAgencysOwner() {
        func mismatch(agencyOfOwner: String?, holder: String = "UMAR ALI") -> Bool {
            var s = Scenario()
            s.profile("member", name: "Hamza Siddiqui", ["agency": "ag-1"])
            s.profile("owner", name: "Umar Ali", agencyOfOwner.map { ["agency": $0] } ?? [:])
            payout(&s, "member", day: 1, ["holder": holder, "destination": "agency-account"])
            return s.finding("payout.holder_mismatch", on: "member") != nil
        }
        #expect(!mismatch(agencyOfOwner: "ag-1"))
        #expect(mismatch(agencyOfOwner: "ag-1", holder: "Bilal Khan"), "not a member")
        #expect(mismatch(agencyOfOwner: "ag-2"), "a member of another agency")
        #expect(mismatch(agencyOfOwner: nil), "in no agency")
    }

    @Test func holderWithTheFamilyNameCountsLess() throws {
        func weight(_ holder: String) -> Double? {
            var s = Scenario()
            s.profile("a", name: "Priya Sharma")
            s.add("payout", "a", Scenario.time(1, 0), ["holder": holder, "destination": "d1"])
            return s.finding("payout.holder_mismatch", on: "a")?.weight
        }
        let stranger = try #require(weight("Wei Zhang"))
        let relative = try #require(weight("Rahul Sharma"))
        #expect(relative == stranger * 0.5)
        #expect(try #require(weight("SHARMA, Rahul")) == relative, "SURNAME, Given order")
        #expect(try #require(weight("Sharma Rahul")) == stranger, "a family name in another place is not recognised")
        #expect(HolderMismatchRule.familyName("MOORE, Daniel") == HolderMismatchRule.familyName("Susan Moore"))
        #expect(HolderMismatchRule.familyName("Li") == nil, "one word")
        #expect(HolderMismatchRule.familyName("Wei Li") == HolderMismatchRule.familyName("LI, Na"))
        #expect(HolderMismatchRule.familyName("Daniel M.") == nil, "an initial")
    }

    @Test func sharedPayoutDestination() {
        var s = Scenario()
        s.profile("a")
        s.profile("b")
        payout(&s, "a", day: 1, ["destination": "iban:1"])
        payout(&s, "b", day: 1, ["destination": "iban:1"])
        #expect(s.finding("payout.shared", on: "b")?.summary.contains("a") == true)
        var wallet = Scenario()
        wallet.profile("a")
        wallet.profile("b")
        payout(&wallet, "a", day: 1, ["method": "crypto", "wallet": "0xABC"])
        payout(&wallet, "b", day: 1, ["method": "crypto", "wallet": "0xabc"])
        #expect(wallet.finding("payout.shared", on: "a") != nil)
    }

    /// Two accounts paid into one bank account from one home are a couple with a joint account as often
    /// as a farm; three such accounts, or two that live apart, are not — unless the three (up to six)
    /// all say they live in that one city.
    @Test func sharedPayoutOfAHouseholdCountsLess() throws {
        func household(_ accounts: [String], homes: [String], cities: [String]? = nil) -> Scenario {
            var s = Scenario()
            for (index, account) in accounts.enumerated() {
                let city = cities.map { $0[index % $0.count] } ?? ""
                s.profile(account, city.isEmpty ? [:] : ["city": city])
                for day in 0..<8 { s.login(account, day: day, hour: 18, minute: 5 * index, ip: homes[index % homes.count]) }
                payout(&s, account, day: 1, ["destination": "iban:joint"])
            }
            return s
        }
        let couple = household(["a", "b"], homes: ["73.4.4.4"])
        let apart = household(["a", "b"], homes: ["73.4.4.4", "73.5.5.5"])
        let three = household(["a", "b", "c"], homes: ["73.4.4.4"])
        let coupleFinding = couple.finding("payout.shared", on: "a")
        #expect(coupleFinding?.summary.contains("shares its home address") == true)
        let apartWeight = try #require(apart.finding("payout.shared", on: "a")?.weight)
        #expect(try #require(coupleFinding?.weight) < apartWeight * 0.5)
        #expect(apart.finding("payout.shared", on: "a")?.summary.contains("home") == false)
        #expect(try #require(three.finding("payout.shared", on: "a")?.weight) > apartWeight)
        let vpn = household(["a", "b"], homes: ["45.1.1.1"])
        #expect(vpn.finding("payout.shared", on: "a")?.weight == apartWeight, "a VPN exit is nobody's home")

        let family = household(["a", "b", "c", "d"], homes: ["73.4.4.4"], cities: ["Austin"])
        let familyFinding = try #require(family.finding("payout.shared", on: "a"))
        #expect(familyFinding.summary.contains("share its home address"))
        #expect(familyFinding.weight < apartWeight * 0.5)
        let familyLine = try #require(family.finding("network.shared_ip", on: "a"))
        #expect(familyLine.summary.contains("claim to live in one city"))
        let farm = household(["a", "b", "c", "d"], homes: ["73.4.4.4"], cities: ["Austin", "Denver"])
        #expect(try #require(farm.finding("payout.shared", on: "a")?.weight) > apartWeight, "their profiles claim two cities")
        #expect(try #require(farm.finding("network.shared_ip", on: "a")?.weight) > familyLine.weight * 2)
        let quiet = household(["a", "b", "c", "d"], homes: ["73.4.4.4"], cities: ["Austin", "Austin", "Austin", ""])
        #expect(try #require(quiet.finding("payout.shared", on: "a")?.weight) < apartWeight * 0.5,
                "a profile that names no city does not say it lives elsewhere")
        let unsaid = household(["a", "b", "c", "d"], homes: ["73.4.4.4"], cities: ["Austin", "", "", ""])
        #expect(try #require(unsaid.finding("payout.shared", on: "a")?.weight) > apartWeight, "one profile's city is not the household's claim")
        let large = household(["a", "b", "c", "d", "e", "f", "g"], homes: ["73.4.4.4"], cities: ["Austin"])
        #expect(try #require(large.finding("payout.shared", on: "a")?.weight) > apartWeight, "more than six accounts")
        let coworking = try #require(large.finding("network.shared_ip", on: "a"))
        #expect(coworking.summary.contains("a coworking space"), "a line shared by people who all say they live in its town")
        #expect(coworking.weight < RuleStrength.moderate.defaultWeight, "six partners would count 1.8 times the weight")

        // A line that is home to accounts claiming four cities: the summary says so; the weight does not change.
        let scattered = try #require(household(["a", "b", "c", "d"], homes: ["73.4.4.4"], cities: ["Austin", "Denver", "Boise", "Tulsa"])
            .finding("network.shared_ip", on: "a"))
        #expect(scattered.summary.contains("claim to live in 4 different regions"))
        #expect(scattered.weight == farm.finding("network.shared_ip", on: "a")?.weight)
    }

    /// A home line whose address the provider changes every few days is one home under several addresses:
    /// none of them alone carries a quarter of the couple's sessions, together they carry all.
    @Test func aHomeLineUnderSeveralAddressesIsOneHome() throws {
        func couple(apart: Bool) -> Scenario {
            var s = Scenario()
            for (index, account) in ["a", "b"].enumerated() {
                s.profile(account)
                for day in 0..<10 {
                    let address = apart && index == 1 ? "73.9.9.\(day / 2)" : "73.4.4.\(day / 2)"
                    s.login(account, day: day, hour: 18, minute: 5 * index, ip: address)
                }
                payout(&s, account, day: 1, ["destination": "iban:joint"])
            }
            return s
        }
        let home = try #require(couple(apart: false).finding("payout.shared", on: "a"))
        let apart = try #require(couple(apart: true).finding("payout.shared", on: "a"))
        #expect(home.summary.contains("shares its home address"))
        #expect(home.weight < apart.weight * 0.5)
    }

    /// Claims that differ only in how a metro area is named are one region; a farm's identities claim several.
    @Test func scatteredClaimsAreCountedByRegion() throws {
        func sharedLine(_ places: [(city: String, region: String)]) throws -> Finding {
            var s = Scenario()
            for (index, place) in places.enumerated() {
                let account = "a\(index)"
                s.profile(account, ["city": place.city, "region": place.region])
                for day in 0..<8 { s.login(account, day: day, hour: 18, minute: 5 * index, ip: "73.4.4.4") }
            }
            return try #require(s.finding("network.shared_ip", on: "a0"))
        }
        let metro = try sharedLine([("Brooklyn", "NY"), ("New York", "NY"), ("Queens", "NY"), ("Astoria", "NY")])
        let farm = try sharedLine([("Austin", "TX"), ("Denver", "CO"), ("Boise", "ID"), ("Tulsa", "OK")])
        #expect(!metro.summary.contains("regions"))
        #expect(farm.summary.contains("claim to live in 4 different regions"))
        #expect(ClaimedPlace(city: "Brooklyn", region: "NY", country: "US").area == ClaimedPlace(city: "New York", region: "ny", country: "US").area)
        #expect(ClaimedPlace(city: "Brooklyn", region: "NY", country: "US").town != ClaimedPlace(city: "New York", region: "NY", country: "US").town)
    }

    /// Two employees who live together receive their laptops at home.
    @Test func equipmentForAHouseholdCountsLess() throws {
        func shipped(homes: [String]) -> Scenario {
            var s = Scenario()
            for (index, account) in ["a", "b"].enumerated() {
                s.profile(account, ["kind": "employee"])
                for day in 0..<8 { s.login(account, day: day, hour: 14 + index, ip: homes[index % homes.count]) }
                s.add("shipment", account, Scenario.time(1, 9), ["item": "laptop", "address": ["line1": "1 Main St", "city": "Austin", "country": "US"]])
            }
            return s
        }
        let couple = try #require(shipped(homes: ["73.4.4.4"]).finding("shipping.shared_address", on: "a"))
        let apart = try #require(shipped(homes: ["73.4.4.4", "73.5.5.5"]).finding("shipping.shared_address", on: "a"))
        #expect(couple.summary.contains("shares its home address"))
        #expect(couple.weight < apart.weight * 0.5)
    }

    @Test func churnCountsChangesWithinNinetyDays() {
        var s = Scenario()
        s.profile("a")
        for (day, destination) in [(0, "d1"), (20, "d2"), (40, "d3")] { payout(&s, "a", day: day, ["destination": destination]) }
        #expect(s.finding("payout.churn", on: "a") == nil, "two changes")
        payout(&s, "a", day: 60, ["destination": "d4"])
        #expect(s.finding("payout.churn", on: "a") != nil)
        var slow = Scenario()
        slow.profile("a")
        for (index, day) in [0, 50, 100, 150].enumerated() { payout(&slow, "a", day: day, ["destination": "d\(index)"]) }
        #expect(slow.finding("payout.churn", on: "a") == nil)
    }

    @Test func cryptoAndForeignPayouts() {
        var s = Scenario()
        s.profile("a")
        payout(&s, "a", day: 1, ["method": "bank", "country": "US"])
        #expect(s.finding("payout.crypto", on: "a") == nil)
        #expect(s.finding("payout.foreign", on: "a") == nil)
        payout(&s, "a", day: 2, ["method": "crypto", "wallet": "bc1q"])
        payout(&s, "a", day: 3, ["method": "bank", "country": "CN"])
        #expect(s.finding("payout.crypto", on: "a") != nil)
        #expect(s.finding("payout.foreign", on: "a")?.summary.contains("CN") == true)
    }

    /// Wise and Payoneer give everyone local bank details in the US, the UK, the euro area and a few
    /// more: a payout into them is paid at home. A bank abroad, or the provider in a country where it
    /// keeps no such details, is still foreign.
    @Test func providersReceivingAccountsAreNotForeign() {
        var s = Scenario()
        s.profile("a", country: "PK")
        payout(&s, "a", day: 1, ["method": "payoneer", "country": "US"])
        payout(&s, "a", day: 2, ["method": "Wise", "country": "BE"])
        #expect(s.finding("payout.foreign", on: "a") == nil)
        payout(&s, "a", day: 3, ["method": "bank", "country": "US", "destination": "us-bank"])
        payout(&s, "a", day: 4, ["method": "payoneer", "country": "HK", "destination": "hk-payoneer"])
        let finding = s.finding("payout.foreign", on: "a")
        #expect(finding?.summary.hasPrefix("2 payouts to HK, US") == true, "\(finding?.summary ?? "none")")
    }

    func ship(_ s: inout Scenario, _ account: String, line1: String, line2: String? = nil, city: String = "Nashville", country: String = "US", recipient: String) {
        var address: [String: Any] = ["line1": line1, "city": city, "postal": "37201", "country": country]
        if let line2 { address["line2"] = line2 }
        s.add("shipment", account, Scenario.time(1, 9), ["address": address, "recipient": recipient])
    }

    @Test func sharedShippingAddressMatchesVariants() {
        var s = Scenario()
        s.profile("a", ["city": "Nashville"])
        s.profile("b", ["city": "Nashville"])
        ship(&s, "a", line1: "1420 Oak Street", line2: "Apt 3", recipient: "Kevin Walker")
        ship(&s, "b", line1: "1420 oak st.", line2: "#3", recipient: "Amy Chen")
        #expect(s.finding("shipping.shared_address", on: "a") != nil)
        var neighbours = Scenario()
        neighbours.profile("a")
        neighbours.profile("b")
        ship(&neighbours, "a", line1: "1420 Oak Street", line2: "Apt 3", recipient: "Kevin Walker")
        ship(&neighbours, "b", line1: "1420 Oak Street", line2: "Apt 4", recipient: "Amy Chen")
        #expect(neighbours.finding("shipping.shared_address", on: "a") == nil)
    }

    @Test func shippingMismatchFindsForwardersAndOtherCountries() {
        var s = Scenario()
        s.profile("a", ["city": "Nashville"])
        ship(&s, "a", line1: "1420 Oak Street", recipient: "K")
        #expect(s.finding("shipping.mismatch", on: "a") == nil)
        var box = Scenario()
        box.profile("a", ["city": "Nashville"])
        ship(&box, "a", line1: "P.O. Box 1234", recipient: "K")
        #expect(box.finding("shipping.mismatch", on: "a")?.summary.contains("PO box") == true)
        #expect(box.finding("shipping.mismatch", on: "a")?.family == .shipping, "a PO box hides where the worker is")
        var abroad = Scenario()
        abroad.profile("a")
        ship(&abroad, "a", line1: "1 High Street", city: "London", country: "GB", recipient: "K")
        #expect(abroad.finding("shipping.mismatch", on: "a")?.summary.contains("GB instead of US") == true)
        #expect(abroad.finding("shipping.mismatch", on: "a")?.family == .location, "equipment abroad and sessions abroad are one fact")
        ship(&abroad, "a", line1: "Shipito forwarding, 1 Dock Rd", city: "London", country: "GB", recipient: "K")
        #expect(abroad.finding("shipping.mismatch", on: "a")?.family == .shipping)
    }

    @Test func endpointToolsKVMAndLocation() {
        var s = Scenario()
        s.profile("a")
        s.add("shipment", "a", Scenario.time(0, 9), ["address": ["line1": "1 Oak St", "city": "Nashville", "country": "US"]])
        s.add("endpoint", "a", Scenario.time(1, 9), ["device": "corp-1", "ip": "98.1.1.1", "software": ["Slack", "Zoom"], "usb": [["vendor": "046d", "name": "Logitech USB Receiver"]]])
        #expect(s.finding("endpoint.remote_access", on: "a") == nil)
        #expect(s.finding("endpoint.ip_kvm", on: "a") == nil)
        #expect(s.finding("endpoint.location", on: "a") == nil)
        s.add("endpoint", "a", Scenario.time(2, 9), ["device": "corp-1", "ip": "211.1.1.1", "software": ["AnyDesk 8.0"], "usb": [["vendor": "1d6b", "product": "0104", "name": "Composite"]], "displays": ["TinyPilot"]])
        #expect(s.finding("endpoint.remote_access", on: "a")?.summary.contains("AnyDesk") == true)
        #expect(s.finding("endpoint.ip_kvm", on: "a") != nil)
        #expect(s.finding("endpoint.location", on: "a")?.summary.contains("KR") == true)
        #expect(s.finding("endpoint.location", on: "a")?.family == .location, "a device abroad and sessions abroad are one fact")
    }

    @Test func signaturesMatchWhateverTheCaseAndScript() {
        #expect(EndpointSignatures.remoteAccessTool("C:\\Program Files\\TeamViewer\\TeamViewer.exe") == "TeamViewer")
        #expect(EndpointSignatures.remoteAccessTool("Chrome REMOTE Desktop Host") == "Chrome Remote Desktop")
        #expect(EndpointSignatures.remoteAccessTool("Ünïcode RustDesk — Fernzugriff") == "RustDesk")
        #expect(EndpointSignatures.remoteAccessTool("AnyDes k") == nil)
        #expect(EndpointSignatures.kvmDevice(USBDevice(name: "PiKVM V4 Plus")) == "USB PiKVM V4 Plus")
        #expect(EndpointSignatures.kvmDevice(USBDevice(name: "ATEN IP KVM")) == "USB ATEN IP KVM")
        #expect(EndpointSignatures.kvmDevice(USBDevice(name: "ATEN CS1944DP KVM Switch")) == nil, "a desk switch, not reached over the network")
        #expect(EndpointSignatures.kvmDisplay("ＴｉｎｙＰｉｌｏｔ") == nil)  // full-width letters are not the ASCII name
        #expect(EndpointSignatures.kvmDisplay("Écran GL.iNet KVM") == "display Écran GL.iNet KVM")
        #expect(EndpointSignatures.kvmDisplay("DELL U2720Q") == nil)
        // The byte search agrees with lower-casing and `contains` on every fragment.
        let samples = ["", "k", "KVM over IP switch", "my-ip-kvm", "ip-kv", "TinyPilot", "tinypilo", "ÄnyDesk", "x11vnc"]
        for sample in samples {
            for fragment in EndpointSignatures.kvmNames + EndpointSignatures.remoteTools.map(\.0) {
                #expect(LowercasedText(sample).contains(fragment) == sample.lowercased().contains(fragment), "\(sample) / \(fragment)")
            }
        }
    }
}
