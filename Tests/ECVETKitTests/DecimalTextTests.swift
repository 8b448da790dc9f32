import ECVETModel
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

@Suite("Plain text from rich text")
struct PlainTextTests {
    @Test("markup, entities and white space are taken out; plain text is kept as is", arguments: [
        ("<p>Hyvä <b>työ</b></p>", "Hyvä työ"),
        ("&lt;h1&gt;Otsikko&lt;/h1&gt; teksti", "Otsikko teksti"),
        ("  kaksi  välilyöntiä ", "kaksi välilyöntiä"),
        ("rivi\nrivi", "rivi rivi"),
        ("a\u{00A0}b\u{2009}c", "a b c"),
        ("Säätö – 20 € ja 5 °C", "Säätö – 20 € ja 5 °C"),
        ("<dl><dt><i>Opiskelija</i></dt><dd style=\"display: list-item;\">toimii</dd></dl>", "Opiskelija toimii"),
        ("rivi<br/>rivi&nbsp;&amp;&#233;&#xE9; 2 &gt; 1", "rivi rivi &éé 2 > 1"),
        ("&amp;lt;b&amp;gt; kahdesti", "<b> kahdesti"),
        ("a &unknown; b & c", "a &unknown; b & c"),
        ("x &lt; 5 kg ja y < 3", "x < 5 kg ja y < 3"),
        ("a&#10;&#10;b&#160;c&#0;d\u{01}e", "a b cde"),
        ("", ""),
    ])
    func plain(html: String, text: String) {
        #expect(PlainText.from(html: html) == text)
    }
}
