import ECVETModel
import ECVETBytes

/// Entities that carry an id, for `IDIndex`.
protocol Identified: Sendable {
    var id: String { get }
}

extension LearningOutcome: Identified {}
extension ECVETModel.Unit: Identified {}
extension Organisation: Identified {}

/// The index of the first entity with each id, in an `IDTable`: ids are found by a hash of
/// their bytes, and compared as strings only when the hashes match.
struct IDIndex<Entity: Identified>: Sendable {
    private let entities: [Entity]
    private let table: IDTable

    /// How many distinct ids there are.
    var count: Int { table.count }

    init(_ entities: [Entity]) {
        var table = IDTable(capacity: entities.count)
        // A later entity with an id already there leaves the first one's index.
        for index in entities.indices {
            table.insert(entities[index].id, at: index) { entities[$0].id }
        }
        self.entities = entities
        self.table = table
    }

    /// The index of the first entity with `id`, or `nil`.
    subscript(id: String) -> Int? {
        table.position(of: id) { entities[$0].id }
    }
}
