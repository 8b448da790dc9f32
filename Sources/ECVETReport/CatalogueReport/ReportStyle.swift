/// The style sheet of reports: screen and print, the chart colours, and the severity filter,
/// which is CSS on the page's radio buttons so that it works with scripts off.
enum ReportStyle {
    static let css = """
        body { font-family: "DejaVu Sans", "Liberation Sans", Arial, sans-serif; font-size: 14px; line-height: 1.45; color: #111;
               max-width: 1100px; margin: 1.5em auto; padding: 0 1em; }
        header { border-bottom: 2px solid #123c69; margin-bottom: 1em; }
        h1 { font-size: 24px; color: #123c69; margin: 0 0 .2em 0; }
        h2 { font-size: 19px; color: #123c69; border-bottom: 1px solid #c8d3e0; margin: 1.6em 0 .6em 0; }
        h3 { font-size: 16px; margin: 1.2em 0 .4em 0; }
        h4 { font-size: 14px; margin: .9em 0 .3em 0; color: #333; }
        .reference { color: #555; margin: 0 0 .6em 0; }
        nav ul { margin: .2em 0 .5em 1.2em; padding: 0; }
        nav > ul > li > ul { columns: 2; font-size: 13px; }
        table { border-collapse: collapse; margin: .2em 0 .6em 0; }
        th, td { text-align: left; vertical-align: top; padding: .2em .6em; border-bottom: 1px solid #e3e8ef; }
        table.fields th, table.numbers th { font-weight: 600; color: #333; min-width: 9em; }
        table.outcomes { width: 100%; font-size: 13px; }
        table.inputs td.number { text-align: right; }
        table.inputs td.source { word-break: break-all; }
        table.inputs tr.other td { color: #555; }
        .charts { display: grid; grid-template-columns: repeat(auto-fit, minmax(480px, 1fr)); gap: 1em 2em; }
        figure { margin: 0; }
        figcaption { font-weight: 600; margin: .4em 0; }
        svg.chart { max-width: 100%; height: auto; }
        svg.chart text { font-size: 12px; fill: #222; }
        svg.chart text.label { text-anchor: end; }
        .bar, .swatch.bar { fill: #2f6ea5; background: #2f6ea5; }
        .error, .swatch.error { fill: #b3261e; background: #b3261e; }
        .warning, .swatch.warning { fill: #d99a00; background: #d99a00; }
        .note, .swatch.note { fill: #5b7da1; background: #5b7da1; }
        .legend .swatch { display: inline-block; width: .9em; height: .9em; margin: 0 .3em 0 .8em; vertical-align: -.1em; }
        .finding { border-left: 4px solid #5b7da1; background: #f6f8fb; padding: .3em .7em; margin: .4em 0; }
        .finding.error { border-left-color: #b3261e; background: #fdf3f2; }
        .finding.warning { border-left-color: #d99a00; background: #fdf8ec; }
        .finding p { margin: .15em 0; }
        .finding .severity { font-weight: 600; }
        .finding.error .severity { color: #b3261e; }
        .finding.warning .severity { color: #8a6200; }
        .where { color: #333; }
        pre.excerpt { margin: .3em 0; padding: .3em .5em; background: #fff; border: 1px solid #e3e8ef; overflow-x: auto; font-size: 12.5px; }
        .hint { color: #444; font-style: italic; }
        .count { font-weight: normal; color: #555; font-size: 14px; }
        .capped, .empty { color: #555; font-style: italic; }
        .filter { position: absolute; opacity: 0; pointer-events: none; }
        .filters label { display: inline-block; padding: .15em .8em; margin-right: .3em; border: 1px solid #9fb3c8; border-radius: 1em;
                         cursor: pointer; }
        #show-all:checked ~ main label[for="show-all"], #show-errors:checked ~ main label[for="show-errors"],
        #show-warnings:checked ~ main label[for="show-warnings"], #show-notes:checked ~ main label[for="show-notes"] {
            background: #123c69; color: #fff; border-color: #123c69; }
        .filter:focus-visible ~ main .filters { outline: 2px solid #2f6ea5; }
        #show-errors:checked ~ main .finding:not(.error), #show-errors:checked ~ main .rule:not(.has-error) { display: none; }
        #show-warnings:checked ~ main .finding:not(.warning), #show-warnings:checked ~ main .rule:not(.has-warning) { display: none; }
        #show-notes:checked ~ main .finding:not(.note), #show-notes:checked ~ main .rule:not(.has-note) { display: none; }
        .qualification { border-top: 1px solid #c8d3e0; margin-top: 1.5em; }
        .verdict { padding: .3em .7em; margin: .5em 0; border-left: 4px solid #5b7da1; background: #f6f8fb; }
        .verdict p { margin: .1em 0; }
        .verdict.satisfiable { border-left-color: #2e7d32; background: #f1f8f1; }
        .verdict.unsatisfiable { border-left-color: #b3261e; background: #fdf3f2; }
        ul.tree, ul.tree ul { list-style: none; margin: 0; padding-left: 1.3em; }
        ul.tree { padding-left: 0; }
        ul.tree li { margin: .1em 0; }
        ul.tree ul { border-left: 1px solid #c8d3e0; }
        ul.tree .group { font-weight: 600; }
        ul.tree .rule-text, ul.tree .points { color: #555; }
        ul.tree .missing { color: #b3261e; }
        details summary { cursor: pointer; color: #123c69; margin: .3em 0; }
        @media print { body { max-width: none; margin: 0; } nav { display: none; } .filters { display: none; }
                       .finding:not(.x), .rule:not(.x) { display: block !important; } details > *:not(summary) { display: block; }
                       .qualification { break-inside: auto; } h2, h3, h4 { break-after: avoid; } }
        """
}
