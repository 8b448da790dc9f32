import ECVETModel

/// A check of one mobility document, which may look at every other document and catalogue of
/// the command through the context.
protocol DocumentRule: Rule {
    /// Reports the findings about `document` into `findings`.
    func check(_ document: MobilityDocument, in context: MobilityContext, into findings: inout Findings)
}
