import Testing

@testable import RedflagScreening

@Suite struct PersonNameAgreementTests {
    @Test func readingsFollowTheWriting() {
        func family(_ name: String) -> [String] {
            PersonNameAgreement.readings(of: name).map { $0.family.map { String(decoding: $0, as: UTF8.self) }.joined(separator: " ") }
        }
        #expect(family("KIM, Sang Man") == ["KIM"])
        #expect(family("Gim Sang-man") == ["KIM"])
        #expect(family("Jong-su Hwang") == ["HWANG"])
        #expect(family("Sang Man Kim") == ["SANG", "SANG MAN", "KIM", "MAN KIM"], "order alone does not show it")
        #expect(family("Yahya Rahim-Safavi") == ["YAHYA", "YAHYA RAHIM", "SAFAVI", "RAHIM SAFAVI"], "a double-barrelled name shows nothing")
        #expect(family("Kim") == [])
    }

    @Test func listedPeopleAgreePartByPart() {
        let agreeing = [("Kim Sang Man", "KIM, Sang Man"), ("Sangman Kim", "KIM, Sang Man"), ("Sang M. Kim", "KIM, Sang Man"),
                        ("Gim Sang-man", "KIM, Sang Man"), ("Kim Jun-ho", "KIM, Jun Ho"), ("Jung In-chul", "JONG, In Chol"),
                        ("Vladimir Putin", "PUTIN, Vladimir Vladimirovich"), ("Vitaly Andreev", "ANDREYEV, Vitaliy"),
                        ("Yahya Rahim-Safavi", "RAHIM-SAFAVI, Yahya"), ("Juan Dela Cruz", "DELA CRUZ, Juan")]
        for (query, listed) in agreeing { #expect(PersonNameAgreement.agrees(query: query, listed: listed), "\(query) ~ \(listed)") }
        let disagreeing = [("In-chul Kim", "KIM, Yong Chol"), ("Hwang Jong-su", "JONG, Song Hwa"), ("Jang In-chul", "JONG, In Chol"),
                           ("Santiago Martinez", "KIM, Sang Man"), ("Jang Sung-ho", "JANG, Sung Nam"), ("Joon Choi", "JONG, In Chol"),
                           ("Jang Sung-ho", "JANG, Song Chol"), ("Kim Youngsoo", "KIM, Yong Chol"), ("Kim Sangwoo", "KIM, Sang Man")]
        for (query, listed) in disagreeing { #expect(!PersonNameAgreement.agrees(query: query, listed: listed), "\(query) ~ \(listed)") }
        #expect(!PersonNameAgreement.agrees(query: "Jong-min Ko", listed: "TUAN SHAO KUEI"), "an alias without a comma, read both ways")
        #expect(PersonNameAgreement.agrees(query: "Shao Kuei Tuan", listed: "TUAN SHAO KUEI"))
        #expect(!PersonNameAgreement.agrees(query: "Oh Sangwoo", listed: "SANTOSO"))
        #expect(!PersonNameAgreement.agrees(query: "He Chao", listed: "CHAO"), "one shared word says nothing")
        #expect(!PersonNameAgreement.agrees(query: "Han Jing", listed: "CHAN, King"), "short family names a letter apart")
        #expect(!PersonNameAgreement.agrees(query: "Carlos Hernandez", listed: "FERNANDEZ CONCEPCION, Carlos Ariel"))
        #expect(PersonNameAgreement.agrees(query: "Carlos Lopez", listed: "LOPEZ OSPINA, Carlos Antonio"), "one of two family names")
        #expect(PersonNameAgreement.agrees(query: "Maria Sanches", listed: "SANCHEZ, Maria"))
        #expect(!PersonNameAgreement.agrees(query: "Li He", listed: "LI, Cheng He"), "a given name of syllables is one unit")
        #expect(PersonNameAgreement.agrees(query: "T. Lin", listed: "Tsung-Han Lin"), "the unit's initial")
        #expect(PersonNameAgreement.agrees(query: "T. H. Lin", listed: "Tsung-Han Lin"), "its syllables' initials")
        #expect(!PersonNameAgreement.agrees(query: "H. Lin", listed: "Tsung-Han Lin"))
        #expect(PersonNameAgreement.agrees(query: "Li Chenghe", listed: "LI, Cheng He"))
        #expect(!PersonNameAgreement.agrees(query: "Putin", listed: "PUTIN, Vladimir"), "a family name alone says nothing")
        #expect(PersonNameAgreement.agrees(query: "Santoso", listed: "SANTOSO"))
    }

    @Test func givenNamesMustSoundAlikeNotJustBeClose() {
        #expect(!PersonNameAgreement.agrees(query: "Veronica Soto", listed: "SOTO, Monica"), "Jaro–Winkler 0.82")
        #expect(!PersonNameAgreement.agrees(query: "Rafael Mendoza", listed: "MENDOZA, Raul"))
        #expect(!PersonNameAgreement.agrees(query: "Sean Larsen", listed: "LARSEN, Sven"))
        #expect(!PersonNameAgreement.agrees(query: "Sergey Moroz", listed: "MOROZOV, Sergey Ivanovich"), "family names too")
        #expect(!PersonNameAgreement.agrees(query: "Maria Flores", listed: "FLORES SOTO, Mario"), "two forms of one name, two people")
        #expect(!PersonNameAgreement.agrees(query: "Gabriela Herrera", listed: "NUNEZ HERRERA, Alan Gabriel"))
        #expect(!PersonNameAgreement.agrees(query: "Aleksandra Kozlova", listed: "KOZLOVA, Aleksandr"))
        #expect(PersonNameAgreement.agrees(query: "Mario Flores", listed: "FLORES SOTO, Mario"))
        #expect(PersonNameAgreement.agrees(query: "Muhammad Rahimi", listed: "RAHIMI, Mohammed"))
        #expect(PersonNameAgreement.agrees(query: "Evgeny Prigozhin", listed: "PRIGOZHIN, Yevgeniy Viktorovich"))
        #expect(PersonNameAgreement.agrees(query: "Aleksandr Ivanov", listed: "IVANOV, Alexander"))
        #expect(PersonNameAgreement.agrees(query: "Jong In-cheol", listed: "JONG, In Chol"))
        #expect(PersonNameAgreement.agrees(query: "Myung Cheol-min", listed: "MYONG, Chol Min"), "a family name in South Korean spelling")
    }
}
