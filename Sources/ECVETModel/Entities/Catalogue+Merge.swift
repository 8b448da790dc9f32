extension Catalogue {
    /// One catalogue holding the entities of all `catalogues`, in order; the metadata (title,
    /// publisher, country…) is the first catalogue's. Duplicate ids are kept for the rules to report.
    public static func merging(_ catalogues: [Catalogue]) -> Catalogue {
        guard var merged = catalogues.first else { return Catalogue() }
        for other in catalogues.dropFirst() {
            merged.qualifications += other.qualifications
            merged.units += other.units
            merged.learningOutcomes += other.learningOutcomes
            merged.organisations += other.organisations
        }
        return merged
    }
}
