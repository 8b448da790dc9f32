@testable import ECVETModel
import Foundation
import Testing

@Suite("Points as written")
struct DecimalTextTests {
    @Test("decimal commas, trailing zeros and numbers all read as the same value",
          arguments: ["7,5", "7.5", "7.50", " 7.5 ", "+7.5"])
    func sameValue(written: String) {
        let points = DecimalText(written)
        #expect(points.value == Decimal(string: "7.5"))
        #expect(points.canonical == "7.5")
        #expect(points.written == written)
    }

    @Test("text that is not a number is kept as written", arguments: ["S91Zb", "", "7.5.1", "1,000.5", "NaN", "5.", ",5"])
    func notANumber(written: String) {
        let points = DecimalText(written)
        #expect(points.value == nil)
        #expect(points.canonical == written)
    }

    @Test("arithmetic is exact: no binary-float artefacts")
    func exact() {
        let sum = [DecimalText("0.1"), DecimalText("0,2")].compactMap(\.value).reduce(0, +)
        #expect(DecimalText(sum).canonical == "0.3")
        #expect(DecimalText("-5").value == -5)
        #expect(DecimalText("180").canonical == "180")
        #expect(DecimalText("123456789012345678901234.5").value != nil)
    }

    @Test("written fraction digits are counted")
    func fractionDigits() {
        #expect(DecimalText("7,125").writtenFractionDigits == 3)
        #expect(DecimalText("15").writtenFractionDigits == 0)
    }

    @Test("EQF levels read from numbers, labels and URIs")
    func eqfLevels() {
        #expect(EQFLevel("4").value == 4)
        #expect(EQFLevel("EQF 4").value == 4)
        #expect(EQFLevel("EQF level 5").value == 5)
        #expect(EQFLevel("http://data.europa.eu/snb/eqf/6").value == 6)
        #expect(EQFLevel("9").value == 9, "kept for a rule to judge")
        #expect(EQFLevel("four").value == nil)
    }
}
