import Foundation
import Testing
@testable import RedflagSimulation

@Suite("Contact points of unrelated accounts")
struct ContactUniquenessTests {
    /// Digits of the subscriber number, so "+1 512 555 0147" and "(512) 555-0147" count as one phone.
    static func phoneDigits(_ phone: String) -> String {
        String(phone.filter { $0.isASCII && $0.isNumber }.suffix(9))
    }

    @Test("in a 2,000-account run no email or phone is used by two honest accounts")
    func honestContactsAreUnique() throws {
        var events = "", labels = ""
        _ = try Simulator(SimulationConfig(accounts: 2000, days: 1, seed: 11)).run(events: &events, labels: &labels)
        let honest = Set(labels.split(separator: "\n").dropFirst().compactMap { row -> String? in
            let fields = row.split(separator: ",", omittingEmptySubsequences: false)
            return fields[1] == "honest" ? String(fields[0]) : nil
        })
        var emailOwners: [String: Set<String>] = [:], phoneOwners: [String: Set<String>] = [:]
        for line in events.split(separator: "\n") {
            guard let object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any],
                  object["type"] as? String == "account",
                  let account = object["account"] as? String, honest.contains(account) else { continue }
            if let email = object["email"] as? String { emailOwners[email.lowercased(), default: []].insert(account) }
            if let phone = object["phone"] as? String { phoneOwners[Self.phoneDigits(phone), default: []].insert(account) }
        }
        let withEmail = Set(emailOwners.values.flatMap { $0 }), withPhone = Set(phoneOwners.values.flatMap { $0 })
        #expect(Double(withEmail.count) >= 0.95 * Double(honest.count), "only \(withEmail.count) of \(honest.count) honest accounts show an email")
        #expect(Double(withPhone.count) >= 0.95 * Double(honest.count), "only \(withPhone.count) of \(honest.count) honest accounts show a phone")
        let sharedEmails = emailOwners.filter { $0.value.count > 1 }
        let sharedPhones = phoneOwners.filter { $0.value.count > 1 }
        #expect(sharedEmails.isEmpty, "shared emails: \(sharedEmails.prefix(5))")
        #expect(sharedPhones.isEmpty, "shared phones: \(sharedPhones.prefix(5))")
    }

    @Test("a taken email gets a numbered variant and a taken phone new digits in the same format")
    func registryRenamesCollisions() {
        var registry = ContactRegistry()
        var rng = SeededGenerator(seed: 5, stream: 1)
        #expect(registry.unique(email: "rohan.gupta.dev@outlook.com", &rng) == "rohan.gupta.dev@outlook.com")
        let second = registry.unique(email: "Rohan.Gupta.dev@outlook.com", &rng)
        #expect(second.lowercased() != "rohan.gupta.dev@outlook.com")
        #expect(second.hasPrefix("Rohan.Gupta.dev") && second.hasSuffix("@outlook.com"))
        #expect(registry.unique(phone: "+1 512 555 0147", &rng) == "+1 512 555 0147")
        let phone = registry.unique(phone: "(512) 555-0147", &rng)
        #expect(phone.hasPrefix("(512) 555-") && phone.count == "(512) 555-0147".count)
        #expect(Self.phoneDigits(phone) != Self.phoneDigits("+1 512 555 0147"))
    }
}
