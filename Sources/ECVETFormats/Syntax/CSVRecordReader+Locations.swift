import ECVETModel
import ECVETSyntax
import ECVETBytes

extension CSVRecordReader {
    /// The place of field `index` of the current record.
    package func location(ofField index: Int) -> SourceLocation {
        place(ofField: index).location()
    }

    /// The place of field `index` of the current record, else of the record, with a JSON
    /// Pointer to the entity it feeds.
    package func location(ofField index: Int?, path: String) -> SourceLocation {
        (index.map { place(ofField: $0) } ?? recordPlace).location(path: path)
    }

    /// The place where the current record starts.
    package var recordLocation: SourceLocation {
        recordPlace.location()
    }
}
