import Foundation
import Testing

@testable import RedflagEnrichment

@Suite struct EmailClassifierTests {
    @Test(arguments: [
        ("mailinator.com", EmailDomainCategory.disposable),
        ("guerrillamail.com", .disposable),
        ("10minutemail.com", .disposable),
        ("yopmail.com", .disposable),
        ("inbox.mailinator.com", .disposable),  // subdomain of a listed domain
        ("a.b.yopmail.com", .disposable),
        ("gmail.com", .freeMail),
        ("googlemail.com", .freeMail),
        ("outlook.com", .freeMail),
        ("hotmail.co.uk", .freeMail),
        ("yahoo.co.jp", .freeMail),
        ("proton.me", .freeMail),
        ("qq.com", .freeMail),
        ("163.com", .freeMail),
        ("mail.ru", .freeMail),
        ("yandex.ru", .freeMail),
        ("gmx.de", .freeMail),
        ("naver.com", .freeMail),
        ("privaterelay.appleid.com", .privacyRelay),
        ("duck.com", .privacyRelay),
        ("mozmail.com", .privacyRelay),
        ("simplelogin.com", .privacyRelay),
        ("jane.anonaddy.com", .privacyRelay),
        ("addy.io", .privacyRelay),
        ("passmail.net", .privacyRelay),
        ("apple.com", .organisation),
        ("upwork.com", .organisation),
        ("mail.google.com", .organisation),  // not a consumer mail domain, and not disposable
        ("example-university.edu", .organisation),
        ("com", .organisation),
    ])
    func domainCategories(domain: String, expected: EmailDomainCategory) throws {
        #expect(try EmailClassifier().category(ofDomain: domain) == expected)
    }

    @Test(arguments: [
        ("  Jane.Doe+Jobs@GoogleMail.com ", "janedoe@gmail.com", "jane.doe+jobs@gmail.com", "jobs", EmailDomainCategory.freeMail),
        ("j.a.n.e@gmail.com", "jane@gmail.com", "j.a.n.e@gmail.com", nil, .freeMail),
        ("dev+upwork@outlook.com", "dev@outlook.com", "dev+upwork@outlook.com", "upwork", .freeMail),
        ("first.last+x@proton.me", "first.last@proton.me", "first.last+x@proton.me", "x", .freeMail),
        ("first.last+x@acme-corp.com", "first.last+x@acme-corp.com", "first.last+x@acme-corp.com", nil, .organisation),
        ("<abc123@mailinator.com>", "abc123@mailinator.com", "abc123@mailinator.com", nil, .disposable),
        ("mailto:x7f2@duck.com", "x7f2@duck.com", "x7f2@duck.com", nil, .privacyRelay),
        ("a1b2c3@privaterelay.appleid.com.", "a1b2c3@privaterelay.appleid.com", "a1b2c3@privaterelay.appleid.com", nil, .privacyRelay),
        ("+tag@gmail.com", "+tag@gmail.com", "+tag@gmail.com", nil, .freeMail),
        ("\u{00A0}jane@gmail.com\u{3000}", "jane@gmail.com", "jane@gmail.com", nil, .freeMail),  // Unicode spaces
        ("Jane@Gmail.com\n", "jane@gmail.com", "jane@gmail.com", nil, .freeMail),
    ] as [(String, String, String, String?, EmailDomainCategory)])
    func normalisation(text: String, canonical: String, normalized: String, tag: String?, category: EmailDomainCategory) throws {
        let address = try EmailClassifier().parse(text)
        #expect(address.canonical == canonical)
        #expect(address.normalized == normalized)
        #expect(address.tag == tag)
        #expect(address.category == category)
    }

    @Test(arguments: [
        ("", EmailAddressError.Reason.empty),
        ("jane.doe", .missingAt),
        ("@gmail.com", .emptyLocalPart),
        ("jane@localhost", .invalidDomain),
        ("jane@-bad.com", .invalidDomain),
        ("jane@gmail..com", .invalidDomain),
        ("jane doe@gmail.com", .invalidCharacter),
    ])
    func rejects(text: String, reason: EmailAddressError.Reason) throws {
        let classifier = try EmailClassifier()
        #expect {
            _ = try classifier.parse(text)
        } throws: { ($0 as? EmailAddressError)?.reason == reason }
    }

    /// ASCII addresses are checked byte by byte, others character by character: the same mistakes must
    /// get the same reason and character offset either way.
    @Test(arguments: [
        ("jane doe@gmail.com", EmailAddressError.Reason.invalidCharacter, 4 as Int?),
        ("jané doe@gmail.com", .invalidCharacter, 4),
        ("a,b@gmail.com", .invalidCharacter, 1),
        ("ä,b@gmail.com", .invalidCharacter, 1),
        ("ab\r\ncd@gmail.com", .invalidCharacter, 2),
        ("äb\r\ncd@gmail.com", .invalidCharacter, 2),
        ("x\ty@gmail.com", .invalidCharacter, 1),
        ("jane@gm_ail.com", .invalidDomain, nil),
        ("jäne@gm_ail.com", .invalidDomain, nil),
        ("jane@x.-com", .invalidDomain, nil),
        ("jäne@x.-com", .invalidDomain, nil),
    ])
    func rejectsAlikeWithAndWithoutNonASCII(text: String, reason: EmailAddressError.Reason, offset: Int?) throws {
        let classifier = try EmailClassifier()
        #expect {
            _ = try classifier.parse(text)
        } throws: { ($0 as? EmailAddressError).map { $0.reason == reason && $0.offset == offset } ?? false }
    }

    @Test func acceptsInternationalDomainsAndAtSignsInQuotedLocalParts() throws {
        let classifier = try EmailClassifier()
        #expect(try classifier.parse("Jürgen@Bücher.de").domain == "bücher.de")
        #expect(try classifier.parse("\"a@b\"@example.com").localPart == "\"a@b\"")
        #expect(try classifier.parse("x@sub.Example.COM").canonical == "x@sub.example.com")
    }

    @Test func bundledListIsTheFullBlocklist() throws {
        let classifier = try EmailClassifier()
        #expect(classifier.disposableDomains.count > 10_000)
        #expect(classifier.disposableDomains.isDisjoint(with: classifier.freeMailDomains))
    }

    @Test func userDomainListsAddAndReportLines() throws {
        try withTextFiles(["extra.txt": "# our own finds\nthrowaway-inbox.example\n\n", "bad.txt": "ok.example\nnot a domain\n"]) { files in
            var classifier = try EmailClassifier()
            #expect(classifier.category(ofDomain: "throwaway-inbox.example") == .organisation)
            try classifier.addDisposableDomains(contentsOf: files["extra.txt"]!)
            #expect(classifier.category(ofDomain: "x.throwaway-inbox.example") == .disposable)
            #expect {
                try classifier.addDisposableDomains(contentsOf: files["bad.txt"]!)
            } throws: { ($0 as? EmailListError)?.line == 2 }
        }
    }

    @Test func domainListLinesMayHaveCommentsBlanksAndWindowsLineEnds() throws {
        let mixed = "# header\r\n  Spam-Box.example \t# ours\r\n\r\n\tmail.ünïcode.example\r\nlast.example"
        try withTextFiles(["mixed.txt": mixed, "bad.txt": "ok.example\r\n\r\nuser@host.example\r\n"]) { files in
            var classifier = EmailClassifier(disposableDomains: [])
            try classifier.addDisposableDomains(contentsOf: files["mixed.txt"]!)
            #expect(classifier.disposableDomains == ["spam-box.example", "mail.ünïcode.example", "last.example"])
            #expect {
                try classifier.addDisposableDomains(contentsOf: files["bad.txt"]!)
            } throws: { ($0 as? EmailListError)?.line == 3 }
        }
    }
}
