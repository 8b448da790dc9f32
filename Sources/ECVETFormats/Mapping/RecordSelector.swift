/// Finds, while a document streams past, the values that selectors' paths reach: each path is
/// run as a small automaton over the keys and list positions above the current value, so no
/// part of the document is held to find them.
struct RecordSelector {
    enum Component {
        case key(String)
        /// An item of a list, at its position from 0.
        case index(Int)
    }

    private let paths: [[SourcePath.Step]]
    /// Per open value: the (path, step) pairs still alive, each once.
    private var stack: [[State]] = []

    private struct State: Equatable {
        var path: Int
        var step: Int
    }

    init(paths: [SourcePath]) {
        self.paths = paths.map(\.steps)
    }

    /// The document's root value starts; returns the paths that select it.
    mutating func enterRoot() -> [Int] {
        var states: [State] = []
        for path in paths.indices { add(State(path: path, step: 0), to: &states) }
        stack = [states]
        return matches(states)
    }

    /// A value starts under `component`; returns the paths that select it.
    mutating func enter(_ component: Component) -> [Int] {
        var states: [State] = []
        for state in stack.last ?? [] {
            let steps = paths[state.path]
            switch component {
            case .index(let position):
                // A list position can be passed over: a key applied to a list applies to its items.
                add(state, to: &states)
                if state.step < steps.count {
                    switch steps[state.step] {
                    case .allItems: add(State(path: state.path, step: state.step + 1), to: &states)
                    case .index(let wanted) where wanted == position:
                        add(State(path: state.path, step: state.step + 1), to: &states)
                    default: break
                    }
                }
            case .key(let name):
                guard state.step < steps.count else { continue }
                switch steps[state.step] {
                case .key(let wanted) where wanted == name: add(State(path: state.path, step: state.step + 1), to: &states)
                case .anyKey: add(State(path: state.path, step: state.step + 1), to: &states)
                default: break
                }
            }
        }
        stack.append(states)
        return matches(states)
    }

    /// Adds a state, and, since a single value is a list of one, the state after the `[*]` steps
    /// that follow it (XML elements, which come one by one, and a JSON object where a list may
    /// stand). Reached at a list, that state selects the list's items, as `[*]` does.
    private func add(_ state: State, to states: inout [State]) {
        if !states.contains(state) { states.append(state) }
        var step = state.step
        let steps = paths[state.path]
        while step < steps.count {
            switch steps[step] {
            case .allItems: step += 1
            default: return
            }
            let next = State(path: state.path, step: step)
            if !states.contains(next) { states.append(next) }
        }
    }

    /// The value entered last ends.
    mutating func leave() {
        stack.removeLast()
    }

    /// Whether no path can match anywhere below the current value.
    var isDead: Bool { stack.last?.isEmpty ?? true }

    private func matches(_ states: [State]) -> [Int] {
        var found: [Int] = []
        for state in states where state.step == paths[state.path].count && !found.contains(state.path) {
            found.append(state.path)
        }
        return found
    }
}
