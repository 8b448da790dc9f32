import ECVETReport

extension ECVET {
    /// What changed from `old` to `new`: qualifications, units, learning outcomes and
    /// organisations added, removed, renamed (recognised by URI, code or content) and changed,
    /// field by field (title per language, levels, points, validity, structure with units moved
    /// between groups). Read the catalogues in any format, or through a mapping, first.
    ///
    /// ```swift
    /// let old = ECVET.read(path: "2025.json").catalogue!
    /// let new = ECVET.read(path: "2026.xml").catalogue!
    /// let diff = ECVET.diff(old, new)
    /// print(diff.isEmpty ? "same" : "\(diff.entities.count) entities changed")
    /// ```
    public static func diff(_ old: Catalogue, _ new: Catalogue) -> CatalogueDiff {
        new.difference(from: old)
    }

    /// The difference as an HTML page in the style of `ecvet report`, naming the two sources.
    public static func diffPage(_ diff: CatalogueDiff, old: String, new: String) -> String {
        DiffPage(diff, old: old, new: new).html
    }
}

@_exported import struct ECVETReport.DiffPage
