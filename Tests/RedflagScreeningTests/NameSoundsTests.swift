import Testing

@testable import RedflagScreening

@Suite struct NameSoundsTests {
    private func alike(_ a: String, _ b: String) -> Bool { NameSounds.alike(Array(a.utf8), Array(b.utf8)) }

    @Test func spellingsOfOneNameSoundAlike() {
        let spellings = [("MOHAMMED", "MUHAMMAD"), ("MOHAMED", "MUHAMMAD"), ("ALEXANDER", "ALEKSANDR"), ("SERGEY", "SERGEI"),
                         ("YURIY", "YURI"), ("AHMED", "AHMAD"), ("HUSSEIN", "HUSAYN"), ("HOSSEIN", "HUSAIN"), ("ABDULLA", "ABDULLAH"),
                         ("YUSUF", "YOUSSEF"), ("OSAMA", "USAMA"), ("CHUL", "CHOL"), ("CHEOL", "CHOL"), ("HYOK", "HYEOK"),
                         ("VITALIY", "VITALY"), ("ANDREJ", "ANDREY"), ("YONG", "YOUNG"), ("SUNG", "SONG"), ("MIKHAIL", "MICHAIL"),
                         ("IBRAHIM", "EBRAHIM"), ("OLEKSANDR", "ALEKSANDR"), ("YEVGENIY", "EVGENY"), ("SEYED", "SAYED"),
                         ("GYONG", "KYONG"), ("CATHERINE", "KATHERINE"), ("STEPHEN", "STEVEN"), ("PYOTR", "PETR"),
                         ("SEAN", "SHAWN"), ("JUSUF", "YUSUF"), ("JUN", "CHUN"), ("JONG", "CHONG"), ("RYONG", "YONG"),
                         ("IHOR", "IGOR"), ("OLHA", "OLGA"), ("VOLODYMYR", "VLADIMIR"), ("DJAMEL", "JAMEL"), ("TCHANG", "CHANG"), ("SANG", "SAN")]
        for (a, b) in spellings { #expect(alike(a, b), "\(a) ~ \(b)") }
    }

    @Test func otherNamesDoNot() {
        let others = [("VERONICA", "MONICA"), ("RAFAEL", "RAUL"), ("SEAN", "SVEN"), ("CARLOS", "CARLA"), ("JUAN", "JULIAN"),
                      ("ROBERTO", "ALBERTO"), ("MIGUEL", "MANUEL"), ("OMAR", "OSCAR"), ("ELENA", "ELSA"), ("RAUL", "PAUL"),
                      ("JAMES", "JAMAL"), ("JORGE", "JORDI"), ("MARCO", "MARIO"), ("JOSE", "JOSEF"), ("MARIA", "MARINA"),
                      ("MARIA", "MARTA"), ("SOFIA", "SONIA"), ("LAURA", "LAUREN"), ("KWANG", "KANG"),
                      ("JONGSU", "JONG"), ("JONGSU", "JONGSIK"), ("AMNA", "AMIN"), ("JUAN", "JASON")]
        for (a, b) in others { #expect(!alike(a, b), "\(a) ~ \(b)") }
    }

    @Test func genderedFormsAreTwoNames() {
        for (a, b) in [("MARIA", "MARIO"), ("GABRIELA", "GABRIEL"), ("ALEKSANDR", "ALEKSANDRA"), ("YEVGENIYA", "YEVGENIY"), ("JULIO", "JULIA")] {
            #expect(PersonNameAgreement.areGenderedForms(Array(a.utf8), Array(b.utf8)), "\(a) ~ \(b)")
        }
        for (a, b) in [("MARIA", "MARIA"), ("ABDULLA", "ABDULLAH"), ("ANDREA", "ANDREAS"), ("ALI", "ALIA"), ("MOHAMMED", "MUHAMMAD")] {
            #expect(!PersonNameAgreement.areGenderedForms(Array(a.utf8), Array(b.utf8)), "\(a) ~ \(b)")
        }
    }

    @Test func partsWithoutACodeAreNotHeldApart() {
        #expect(alike("R2D2", "MONICA"))
        #expect(NameSounds.codes(Array("O'BRIEN".utf8)) == nil)
        #expect(NameSounds.codes(Array("MOHAMMED".utf8)) == [[5, 5, 3]])
        #expect(NameSounds.codes(Array("YUSUF".utf8)) == [[2, 2, 1], [0, 2, 1]], "an initial glide, or a vowel")
    }
}
