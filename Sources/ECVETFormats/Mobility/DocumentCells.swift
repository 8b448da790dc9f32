import ECVETModel

/// A document entity as cells: each value under the path of its key (`learner/givenName`,
/// `units/0/points`, `title@fi`), in the order of the tables, for a CSV row per document.
struct DocumentCells {
    /// One value and where it stands: its path, and a key that orders it as the tables do.
    struct Cell {
        var path: String
        var order: [Int]
        var value: String
    }

    private(set) var cells: [Cell] = []

    /// The cells of `entity`, its keys prefixed by `prefix`.
    mutating func add<Entity: DocumentEntity>(_ entity: Entity, prefix: String = "", order: [Int] = []) {
        for (index, field) in Entity.fields.enumerated() {
            let path = prefix + field.key
            let here = order + [index]
            switch field.value {
            case .text(let property), .choice(let property, _), .date(let property):
                add(path, here, property.get(entity))
            case .localizedText(let property):
                for (position, entry) in property.get(entity).entries.enumerated() {
                    add("\(path)@\(entry.language)", here + [position], entry.text)
                }
            case .decimal(let property): add(path, here, property.get(entity)?.canonical)
            case .integer(let property): add(path, here, property.get(entity).map(String.init))
            case .code(let property): add(path, here, property.get(entity)?.written)
            case .eqfLevel(let property): add(path, here, property.get(entity).map { $0.value.map(String.init) ?? $0.written })
            case .nqfLevel(let property):
                let level = property.get(entity)
                add(path + "/framework", here + [0], level?.framework)
                add(path + "/level", here + [1], level?.level)
                add(path + "/uri", here + [2], level?.uri)
            case .validity(let property):
                let period = property.get(entity)
                add(path + "/from", here + [0], period?.from)
                add(path + "/until", here + [1], period?.until)
            case .texts(let property):
                for (position, text) in property.get(entity).enumerated() { add("\(path)/\(position)", here + [position], text) }
            case .one(let children): addChildren(children, of: entity, path: path, order: here, listed: false)
            case .many(let children): addChildren(children, of: entity, path: path, order: here, listed: true)
            }
        }
        for (index, field) in entity.extensions.enumerated() {
            add(field.value, path: prefix + field.key, order: order + [Entity.fields.count + index])
        }
    }

    private mutating func addChildren<Children: DocumentChildren>(_ children: Children, of parent: Children.Parent, path: String,
                                                                 order: [Int], listed: Bool) {
        for (position, child) in children.children(of: parent).enumerated() {
            if listed {
                add(child, prefix: "\(path)/\(position)/", order: order + [position])
            } else {
                add(child, prefix: path + "/", order: order)
            }
        }
    }

    private mutating func add(_ value: ExtensionValue, path: String, order: [Int]) {
        switch value {
        case .string(let text), .number(let text): add(path, order, text)
        case .bool(let flag): add(path, order, flag ? "true" : "false")
        case .null: break
        case .list(let items):
            for (position, item) in items.enumerated() { add(item, path: "\(path)/\(position)", order: order + [position]) }
        case .object(let fields):
            for (position, field) in fields.enumerated() { add(field.value, path: "\(path)/\(field.key)", order: order + [position]) }
        }
    }

    private mutating func add(_ path: String, _ order: [Int], _ value: String?) {
        guard let value else { return }
        cells.append(Cell(path: path, order: order, value: value))
    }

    /// The columns of several rows: every path any row has, in the tables' order.
    static func columns(of rows: [DocumentCells]) -> [String] {
        var orders: [String: [Int]] = [:]
        var paths: [String] = []
        for row in rows {
            for cell in row.cells where orders[cell.path] == nil {
                orders[cell.path] = cell.order
                paths.append(cell.path)
            }
        }
        // Stable: paths of equal order keep the order they were first met in.
        return paths.enumerated().sorted { left, right in
            let a = orders[left.element]!, b = orders[right.element]!
            return a == b ? left.offset < right.offset : a.lexicographicallyPrecedes(b)
        }.map(\.element)
    }

    /// Nodes in the JSON form made from cells read: `path` of each cell, its text and place.
    static func tree(_ cells: [(path: String, value: String, location: SourceLocation)], at location: SourceLocation) -> TreeNode {
        var root = Branch()
        root.location = location
        for cell in cells {
            var components = cell.path.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
            var language: String?
            if let last = components.last, let at = last.firstIndex(of: "@") {
                language = String(last[last.index(after: at)...])
                components[components.count - 1] = String(last[..<at])
            }
            if let language { components.append(language) }
            root.insert(components[...], value: cell.value, at: cell.location)
        }
        return root.node(at: location)
    }

    /// A node being built from paths: its children by key, in the order first met.
    private struct Branch {
        var keys: [String] = []
        var children: [String: Branch] = [:]
        var value: (String, SourceLocation)?
        var location: SourceLocation?

        mutating func insert(_ components: ArraySlice<String>, value: String, at location: SourceLocation) {
            if self.location == nil { self.location = location }
            guard let first = components.first else {
                self.value = (value, location)
                return
            }
            if children[first] == nil { keys.append(first) }
            children[first, default: Branch()].insert(components.dropFirst(), value: value, at: location)
        }

        /// A list when every key is an index, else an object; a scalar at a leaf.
        func node(at fallback: SourceLocation) -> TreeNode {
            let location = self.location ?? fallback
            if let (text, place) = value, keys.isEmpty { return .scalar(text, .string, place) }
            let indexes = keys.compactMap(Int.init)
            if !keys.isEmpty, indexes.count == keys.count {
                return .sequence(indexes.sorted().map { children[String($0)]!.node(at: location) }, location)
            }
            return .mapping(keys.map { (key: $0, keyLocation: children[$0]!.location ?? location, value: children[$0]!.node(at: location)) }, location)
        }
    }
}
