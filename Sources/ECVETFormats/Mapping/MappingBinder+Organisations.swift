import ECVETModel

extension MappingBinder {
    /// Binds an organisation the export holds. One whose id is bound already, written out in the
    /// mapping or read from an earlier record, is that organisation: exports repeat an awarding
    /// body in every qualification that names it.
    func bindOrganisation(_ cursor: SourceCursor, _ spec: RecordSpec) {
        guard let id = requiredID(spec, at: cursor, kind: "organisation"), !organisationIDs.contains(id) else { return }
        let traced = beginTrace(id, kind: "organisation", at: cursor)
        defer { if traced { tracing = false } }
        var organisation = Organisation(id: id, location: location(cursor.node.place))
        bindValues(&organisation, FieldLookups.organisation, from: spec, at: cursor)
        organisationIDs.insert(id)
        catalogue.organisations.append(organisation)
    }
}
