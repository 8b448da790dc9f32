/// How much of each long list a report shows, so that the page of a national catalogue stays a
/// page: what is left out is counted and the page says so.
public struct ReportLimits: Sendable, Hashable {
    /// Findings shown for each rule, with their source lines.
    public var findingsPerRule: Int
    /// Learning outcomes written out in each qualification's section.
    public var outcomesPerQualification: Int
    /// Qualifications that get a section of their own.
    public var qualifications: Int

    /// The limits of `ecvet report`: a `national` catalogue's report stays under 50 MB.
    public init(findingsPerRule: Int = 200, outcomesPerQualification: Int = 40, qualifications: Int = 1000) {
        self.findingsPerRule = findingsPerRule
        self.outcomesPerQualification = outcomesPerQualification
        self.qualifications = qualifications
    }
}
