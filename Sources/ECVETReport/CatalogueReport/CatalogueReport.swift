import ECVETModel

/// An HTML report of catalogues: an overview with charts (qualifications by EQF level, units by
/// points, the languages outcomes are written in, findings by rule), the findings grouped by rule
/// with their source lines, and a section per qualification with its structure and outcomes.
///
/// The page is one self-contained file (inline CSS and SVG, nothing from the network) that reads
/// the same with scripts off: the severity filter is made of radio buttons and CSS. The same
/// input gives the same bytes. Long lists are capped by `limits`, and the page says where.
public struct CatalogueReport: Sendable {
    /// One catalogue of the report, with where it was read.
    public struct Input: Sendable {
        /// The path or name the catalogue was read from.
        public var source: String
        /// The format it was read as, or the mapping it was read through.
        public var format: String?
        /// The catalogue.
        public var catalogue: Catalogue

        /// A catalogue read from `source`.
        public init(source: String, format: String? = nil, catalogue: Catalogue) {
            self.source = source
            self.format = format
            self.catalogue = catalogue
        }
    }

    /// The page's heading.
    public var title: String
    /// The catalogues, in the order given.
    public var inputs: [Input]
    /// Sources that gave no catalogue (unreadable, or a mobility document), named in the overview.
    public var otherSources: [String]
    /// Every finding, as the rule profile reported it.
    public var findings: [Diagnostic]
    /// The findings of the structure's arithmetic (V12) for every qualification, whether or not
    /// the profile reports them: they say whether each structure can be satisfied.
    public var structureFindings: [Diagnostic]
    /// The source lines findings point at, shown under each finding.
    public var sourceLines: SourceLines
    /// The rule profile the findings come from (`ecvet`).
    public var profile: String
    /// The language of titles where the data has several; the first written when absent.
    public var language: String?
    /// How much of each long list the page shows.
    public var limits: ReportLimits
    /// The day dates were judged against (`YYYY-MM-DD`: validity that has ended), shown on the
    /// page, since the same data gives other findings on another day.
    public var judgedOn: String?

    /// A report of `inputs` and their `findings`.
    public init(title: String = "Catalogue report", inputs: [Input], otherSources: [String] = [], findings: [Diagnostic],
                structureFindings: [Diagnostic] = [], sourceLines: SourceLines = SourceLines(), profile: String = "ecvet",
                language: String? = nil, limits: ReportLimits = ReportLimits(), judgedOn: String? = nil) {
        self.title = title
        self.inputs = inputs
        self.otherSources = otherSources
        self.findings = findings
        self.structureFindings = structureFindings
        self.sourceLines = sourceLines
        self.profile = profile
        self.language = language
        self.limits = limits
        self.judgedOn = judgedOn
    }

    /// The findings the page shows with their source lines: the first `limits.findingsPerRule` of
    /// each rule, in output order. A caller reads `sourceLines` for these.
    public var shownFindings: [Diagnostic] {
        FindingGroups(findings, limit: limits.findingsPerRule).groups.flatMap(\.shown)
    }

    /// The page, as HTML text.
    public var html: String {
        ReportPage(self).html
    }
}
