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

    @Test func hanCharactersAreReadInPinyinWithFamilyNamesAsTheirBearersWriteThem() {
        #expect(HanReadings.bundled.count > 20_000, "the generated table is in the bundle")
        #expect(Transliteration.latin("黄杰") == "Huang Jie")
        #expect(Transliteration.latin("黃傑") == "Huang Jie", "traditional characters")
        #expect(Transliteration.latin("杨俊杰") == "Yang Junjie")
        #expect(Transliteration.latin("欧阳娜娜") == "Ouyang Nana", "a family name of two characters")
        #expect(Transliteration.latin("曾伟") == "Zeng Wei", "曾 is read ceng elsewhere")
        #expect(Transliteration.latin("王 小明") == "Wang Xiaoming")
    }

    @Test func kanaAreReadInPassportHepburn() {
        #expect(Transliteration.latin("ヤマダ タロウ") == "Yamada Taro", "long ou written o")
        #expect(Transliteration.latin("ｻﾄｳ ﾕｳｷ") == "Sato Yuki", "half-width katakana")
        #expect(Transliteration.latin("キョウコ ショウタ") == "Kyoko Shota")
        #expect(Transliteration.latin("ハットリ マッチ") == "Hattori Matchi", "a small tsu doubles the consonant")
        #expect(Transliteration.latin("ティナ") == "Tina")
        #expect(Transliteration.latin("やまだ じゅん") == "Yamada Jun")
    }

    @Test func otherScriptsAreLeftAsWritten() {
        #expect(Transliteration.latin("Daniel Moore") == nil)
        #expect(Transliteration.latin("محمد علي") == nil)
        #expect(Transliteration.latin("Émilie Roy") == nil)
    }
}
