@testable import ECVETBytes
import Testing

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
