extension Catalogue {
    /// One catalogue holding the entities of all `catalogues`, in order; the metadata (title,
    /// publisher, country…) is the first catalogue's. Duplicate ids are kept for the rules to report,
    /// but for an organisation equal in every field to one merged before: exports read through one
    /// mapping each carry the organisations it writes out, and those are one organisation.
    public static func merging(_ catalogues: [Catalogue]) -> Catalogue {
        guard var merged = catalogues.first else { return Catalogue() }
        for other in catalogues.dropFirst() {
            merged.qualifications += other.qualifications
            merged.units += other.units
            merged.learningOutcomes += other.learningOutcomes
            let known = merged.organisations
            merged.organisations += other.organisations.filter { !known.contains($0) }
        }
        return merged
    }
}
