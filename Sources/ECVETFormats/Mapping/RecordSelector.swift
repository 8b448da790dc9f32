/// Finds, while a document streams past, the values that selectors' paths reach: each path is
/// run as a small automaton over the keys and list positions above the current value, so no
/// part of the document is held to find them.
struct RecordSelector {
    enum Component {
        case key(String)
        case index
    }

    private let paths: [[SourcePath.Step]]
    /// Per open value: the (path, step) pairs still alive.
    private var stack: [[(path: Int, step: Int)]] = []

    init(paths: [SourcePath]) {
        self.paths = paths.map(\.steps)
    }

    /// The document's root value starts; returns the paths that select it.
    mutating func enterRoot() -> [Int] {
        let states = paths.indices.map { (path: $0, step: 0) }
        stack = [states]
        return matches(states)
    }

    /// A value starts under `component`; returns the paths that select it.
    mutating func enter(_ component: Component) -> [Int] {
        var states: [(path: Int, step: Int)] = []
        for state in stack.last ?? [] {
            let steps = paths[state.path]
            switch component {
            case .index:
                // A list position can be passed over: a key applied to a list applies to its items.
                states.append(state)
                if state.step < steps.count {
                    switch steps[state.step] {
                    case .allItems, .index: states.append((state.path, state.step + 1))
                    default: break
                    }
                }
            case .key(let name):
                guard state.step < steps.count else { continue }
                switch steps[state.step] {
                case .key(let wanted) where wanted == name: states.append((state.path, state.step + 1))
                case .anyKey: states.append((state.path, state.step + 1))
                default: break
                }
            }
        }
        stack.append(states)
        return matches(states)
    }

    /// The value entered last ends.
    mutating func leave() {
        stack.removeLast()
    }

    /// Whether no path can match anywhere below the current value.
    var isDead: Bool { stack.last?.isEmpty ?? true }

    private func matches(_ states: [(path: Int, step: Int)]) -> [Int] {
        var found: [Int] = []
        for state in states where state.step == paths[state.path].count && !found.contains(state.path) {
            found.append(state.path)
        }
        return found
    }
}
