/// A horizontal bar chart drawn as inline SVG: a row per bar, its label on the left, its value
/// on the right, segments side by side (errors, warnings and notes of one rule). No script and
/// no font metrics: the layout is fixed, so the same data gives the same bytes.
struct BarChart {
    /// One segment of a bar: its value and the CSS class that colours it.
    struct Segment {
        var value: Double
        var kind: String
    }

    /// One row.
    struct Bar {
        var label: String
        var segments: [Segment]
        /// What is written after the bar (`12`, `87 %`).
        var caption: String
    }

    /// What the chart shows, for readers of the page without pictures.
    var title: String
    var bars: [Bar]
    /// The value of a full bar; the largest bar's total when not given (a share's is 100).
    var scale: Double?

    private static let labelWidth = 190
    private static let barWidth = 330
    private static let captionWidth = 120
    private static let rowHeight = 22

    var svg: HTML {
        let largest = scale ?? bars.map { $0.segments.reduce(0) { $0 + $1.value } }.max() ?? 0
        let width = Self.labelWidth + Self.barWidth + Self.captionWidth
        let height = max(1, bars.count) * Self.rowHeight + 4
        var rows: [HTML] = []
        for (index, bar) in bars.enumerated() {
            let top = index * Self.rowHeight + 2
            var x = Double(Self.labelWidth)
            var shapes: [HTML] = [
                .tag("text", [("x", String(Self.labelWidth - 8)), ("y", String(top + 15)), ("class", "label")],
                     [.text(Self.shortened(bar.label))]),
            ]
            for segment in bar.segments where segment.value > 0 && largest > 0 {
                let length = Double(Self.barWidth) * segment.value / largest
                shapes.append(.tag("rect", [("x", Self.number(x)), ("y", String(top + 3)), ("width", Self.number(max(length, 1))),
                                            ("height", String(Self.rowHeight - 6)), ("class", segment.kind)]))
                x += length
            }
            shapes.append(.tag("text", [("x", Self.number(x + 6)), ("y", String(top + 15)), ("class", "value")], [.text(bar.caption)]))
            rows.append(.tag("g", [], [.tag("title", [], [.text("\(bar.label): \(bar.caption)")])] + shapes))
        }
        return .tag("svg", [("class", "chart"), ("role", "img"), ("aria-label", title),
                            ("viewBox", "0 0 \(width) \(height)"), ("width", String(width)), ("height", String(height))],
                    [.tag("title", [], [.text(title)])] + rows)
    }

    /// A label that fits its column; the whole one is in the row's tooltip.
    private static func shortened(_ label: String) -> String {
        label.count > 28 ? String(label.prefix(27)) + "…" : label
    }

    /// A coordinate with at most one decimal, written the same everywhere.
    private static func number(_ value: Double) -> String {
        let tenths = (value * 10).rounded()
        return tenths.truncatingRemainder(dividingBy: 10) == 0 ? String(Int(tenths) / 10) : String(tenths / 10)
    }
}
