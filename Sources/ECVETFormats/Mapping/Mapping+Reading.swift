import ECVETModel
import ECVETBytes
import ECVETSyntax

extension Mapping {
    /// Reads a mapping file; `nil` with its problems (each at its line) when it cannot be used.
    package static func load(path: String) -> (mapping: Mapping?, diagnostics: [Diagnostic]) {
        let root: TreeNode
        do throws(SyntaxError) {
            root = try TreeNode.readYAML(path: path)
        } catch {
            return (nil, [error.diagnostic])
        }
        return load(root, file: path)
    }

    /// Reads a mapping from YAML text; `name` is used in diagnostics.
    package static func load(yaml text: String, name: String) -> (mapping: Mapping?, diagnostics: [Diagnostic]) {
        let root: TreeNode
        do throws(SyntaxError) {
            root = try TreeNode.readYAML(text, name: name)
        } catch {
            return (nil, [error.diagnostic])
        }
        return load(root, file: name)
    }

    private static func load(_ root: TreeNode, file: String) -> (mapping: Mapping?, diagnostics: [Diagnostic]) {
        var reader = MappingReader()
        let mapping = reader.read(root, file: file)
        return (mapping, reader.diagnostics)
    }

    /// Reads one export through the mapping, streaming: the source is read once, by the same
    /// syntax reader the canonical format of its syntax uses.
    /// `coverage` says what each entry selected and each field found; with `trace`, which
    /// source values made the fields of the records with that id.
    package func read(_ input: ByteInput, trace: String? = nil)
        -> (catalogue: Catalogue?, diagnostics: [Diagnostic], coverage: MappingCoverage) {
        let binder = MappingBinder(mapping: self, fileName: input.name)
        binder.traceID = trace
        var diagnostics: [Diagnostic] = []
        // JSON and YAML records are built with only what the mapping reads; XML elements, whose
        // text may gather their children's, are built whole.
        var demands = syntax == .xml ? [] : zip(binder.selectorSpecs, binder.selectorPaths).map { spec, path in
            DemandTree.of(spec, conditions: path.trailingConditions)
        }
        // What the root keeps for `/…` paths is only what they read, in XML too.
        if syntax == .xml, let context = binder.contextSelector {
            demands = binder.selectorSpecs.indices.map { $0 == context ? DemandTree.of(binder.selectorSpecs[$0]) : DemandTree.whole() }
        }
        var stream = RecordStream(paths: binder.selectorPaths, demands: demands, readsRoot: binder.readsRoot,
                                  contextSelector: binder.contextSelector) { index, record, root in
            binder.receive(index, record, root: root)
        }
        stream.isXML = syntax == .xml
        do throws(SyntaxError) {
            switch syntax {
            case .json:
                var source = JSONEventReader(input: input)
                try stream.read(&source)
            case .yaml:
                var source = YAMLEventReader(input: input)
                try stream.read(&source)
            case .xml:
                let reader = try XMLEventReader(input: input)
                // Sorted, so that a namespace given two prefixes always gets the same one.
                let prefixes = Dictionary(namespaces.sorted { $0.key < $1.key }.map { ($0.value, $0.key) },
                                          uniquingKeysWith: { first, _ in first })
                let failure: SyntaxError? = reader.reading {
                    do throws(SyntaxError) {
                        try stream.read(reader, prefixes: prefixes)
                        return nil
                    } catch {
                        return error
                    }
                }
                diagnostics += reader.diagnostics
                if let failure { throw failure }
            case .csv:
                diagnostics += readRows(input, into: binder)
            }
        } catch {
            diagnostics.append(error.diagnostic)
        }
        let catalogue = binder.finish()
        // Only an export read to its end can tell that a path selects nothing in it.
        if syntax != .csv && !diagnostics.contains(where: { $0.severity == .error }) {
            diagnostics += binder.emptySelections()
        }
        return (catalogue, binder.diagnostics + diagnostics.uniqued(), binder.coverage())
    }

    /// Each row of a CSV export is a record keyed by the header's column names.
    private func readRows(_ input: ByteInput, into binder: MappingBinder) -> [Diagnostic] {
        let reader = CSVRecordReader(input: input, delimiter: csv.delimiter, encoding: csv.encoding)
        var diagnostics: [Diagnostic] = []
        do throws(SyntaxError) {
            guard try reader.next() else { return reader.diagnostics }
            let header = reader.fields.map { $0.trimmingCharacters(in: .whitespaces) }
            let headerLocation = reader.recordLocation
            var columns = Set(header)
            for (kind, spec) in entities.sorted(by: { $0.key.rawValue < $1.key.rawValue }) {
                for column in Self.columns(of: spec) where !columns.contains(column.name) {
                    columns.insert(column.name)
                    diagnostics.append(Diagnostic(.sourceFieldMissing,
                        "the header has no column \(column.name), which the mapping reads for \(kind.rawValue) (\(file):\(column.line))",
                        at: headerLocation))
                }
            }
            while try reader.next() {
                if reader.fields.count > header.count {
                    diagnostics.append(Diagnostic(.csvSyntax,
                        "this row has \(reader.fields.count) fields and the header \(header.count); the row is left out",
                        at: reader.recordLocation))
                    continue
                }
                var pairs: [(key: String, value: SourceNode)] = []
                pairs.reserveCapacity(header.count)
                for (index, field) in reader.fields.enumerated() {
                    let location = reader.location(ofField: index)
                    pairs.append((header[index], .scalar(field, .string, SourcePlace(line: location.line ?? 0, column: location.column ?? 0))))
                }
                let row = reader.recordLocation
                // Spreadsheets leave out empty fields at the end of a row.
                for name in header.dropFirst(reader.fields.count) {
                    pairs.append((name, .scalar("", .string, SourcePlace(line: row.line ?? 0))))
                }
                binder.receiveRow(.object(pairs, SourcePlace(line: row.line ?? 0, column: row.column ?? 0)))
            }
        } catch {
            diagnostics.append(error.diagnostic)
        }
        return reader.diagnostics + diagnostics
    }

    /// The columns a CSV mapping reads, with the mapping lines that name them.
    private static func columns(of spec: RecordSpec) -> [(name: String, line: Int)] {
        var found: [(name: String, line: Int)] = []
        func add(_ value: ValueSpec) {
            for path in value.paths { found.append((path.description, value.location.line ?? 0)) }
            for (_, inner) in value.byLanguage { add(inner) }
        }
        for value in spec.values.values { add(value) }
        for record in spec.records.values.flatMap(\.gathered) { found += columns(of: record) }
        return found
    }
}

extension Array where Element == Diagnostic {
    fileprivate func uniqued() -> [Diagnostic] {
        var seen: Set<String> = []
        return filter { seen.insert($0.formatted).inserted }
    }
}
