import RedflagPrimitives
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
        #expect(Transliteration.latin("ﾔﾏﾀﾞ ﾀﾛｳ") == "Yamada Taro", "a half-width voiced mark")
        #expect(Transliteration.latin("ﾊﾟｸ ｳﾞｨﾀ") == "Paku Vita", "semi-voiced, and ゔ")
        #expect(Transliteration.latin("カ\u{3099}ク\u{309A}") == "Gaku", "combining marks; ku with a semi-voiced mark stays ku")
        #expect(Transliteration.latin("キョウコ ショウタ") == "Kyoko Shota")
        #expect(Transliteration.latin("ハットリ マッチ") == "Hattori Matchi", "a small tsu doubles the consonant")
        #expect(Transliteration.latin("ティナ") == "Tina")
        #expect(Transliteration.latin("やまだ じゅん") == "Yamada Jun")
    }

    /// Whatever mix of scripts a name has, its reading keeps none of the scripts read.
    @Test func readingsLeaveNoLetterOfTheScriptsRead() {
        let pools: [ClosedRange<UInt32>] = [0x0400...0x04FF, 0xAC00...0xD7A3, 0x4E00...0x9FFF, 0x3041...0x3096, 0x30A1...0x30FC,
                                           0xFF61...0xFF9F, 0x0041...0x007A, 0x0020...0x0020, 0x00C0...0x00FF]
        var generator = SplitMix64(seed: 12)
        for _ in 0..<2_000 {
            var text = String.UnicodeScalarView()
            for _ in 0..<Int.random(in: 1...12, using: &generator) {
                let pool = pools.randomElement(using: &generator)!
                text.append(Unicode.Scalar(UInt32.random(in: pool, using: &generator))!)
            }
            let written = String(text)
            guard let reading = Transliteration.latin(written) else { continue }
            #expect(!reading.unicodeScalars.contains { (0x0400...0x04FF).contains($0.value) || SyllabicScript(of: $0) != nil
                || (0xFF61...0xFF9F).contains($0.value) }, "\(written) read as \(reading)")
        }
    }

    @Test func otherScriptsAreLeftAsWritten() {
        #expect(Transliteration.latin("Daniel Moore") == nil)
        #expect(Transliteration.latin("محمد علي") == nil)
        #expect(Transliteration.latin("Émilie Roy") == nil)
    }
}
