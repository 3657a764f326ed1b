import Testing

@testable import RedflagScreening

@Suite struct TransliterationTests {
    @Test func cyrillicIsReadAsPassportsWriteIt() {
        #expect(Transliteration.latin("Лебедева Евгения") == "Lebedeva Evgeniya")
        #expect(Transliteration.latin("Морозов Александр") == "Morozov Aleksandr")
        #expect(Transliteration.latin("ЩЕРБАКОВ Юрий") == "SHCHERBAKOV Yuriy")
        #expect(Transliteration.latin("Марченко Ірина") == "Marchenko Iryna", "Ukrainian: и is y")
        #expect(Transliteration.latin("Олег Гончаренко") == "Oleg Goncharenko", "no Ukrainian letter: Russian")
        #expect(Transliteration.latin("Олег Гончаренко-Їжак") == "Oleh Honcharenko-Yizhak")
    }

    @Test func hangulIsReadSyllableBySyllableWithTheFamilyNameApart() {
        #expect(Transliteration.latin("윤은지") == "Yun Eunji")
        #expect(Transliteration.latin("최서연") == "Choe Seoyeon")
        #expect(Transliteration.latin("김 상만") == "Gim Sangman")
        #expect(Transliteration.latin("이민준") == "Lee Minjun")
        #expect(Transliteration.latin("남궁민수") == "Namgung Minsu", "a family name of two syllables")
        #expect(Transliteration.latin("정혁") == "Jeong Hyeok")
    }

    @Test func otherScriptsAreLeftAsWritten() {
        #expect(Transliteration.latin("Daniel Moore") == nil)
        #expect(Transliteration.latin("张伟") == nil)
        #expect(Transliteration.latin("Émilie Roy") == nil)
    }
}
