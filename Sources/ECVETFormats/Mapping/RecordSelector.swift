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
        // Record paths start at the document's root, written with `/` or not.
        self.paths = paths.map { $0.isAbsolute ? Array($0.steps.dropFirst()) : $0.steps }
    }

    /// The document's root value starts; returns the paths that select it.
    mutating func enterRoot() -> [Int] {
        var states: [State] = []
        for path in paths.indices { add(State(path: path, step: 0), to: &states, attributes: nil) }
        stack = [states]
        return matches(states)
    }

    /// A value starts under `component`; returns the paths that select it. `attributes` are an
    /// XML element's (`@name`), for the conditions on them (`[@nr]`), judged as it starts.
    mutating func enter(_ component: Component, attributes: [(name: String, value: String)]? = nil) -> [Int] {
        var states: [State] = []
        for state in stack.last ?? [] {
            let steps = paths[state.path]
            switch component {
            case .index(let position):
                // A list position can be passed over: a key applied to a list applies to its items.
                add(state, to: &states, attributes: attributes)
                if state.step < steps.count {
                    switch steps[state.step] {
                    case .allItems: add(State(path: state.path, step: state.step + 1), to: &states, attributes: attributes)
                    case .index(let wanted) where wanted == position:
                        add(State(path: state.path, step: state.step + 1), to: &states, attributes: attributes)
                    default: break
                    }
                }
            case .key(let name):
                guard state.step < steps.count else { continue }
                switch steps[state.step] {
                case .key(let wanted) where wanted == name:
                    add(State(path: state.path, step: state.step + 1), to: &states, attributes: attributes)
                case .anyKey:
                    add(State(path: state.path, step: state.step + 1), to: &states, attributes: attributes)
                case .descendant:
                    // Still looking deeper, and perhaps found here.
                    if !states.contains(state) { states.append(state) }
                    guard state.step + 1 < steps.count else { continue }
                    switch steps[state.step + 1] {
                    case .key(let wanted) where wanted == name:
                        add(State(path: state.path, step: state.step + 2), to: &states, attributes: attributes)
                    case .anyKey:
                        add(State(path: state.path, step: state.step + 2), to: &states, attributes: attributes)
                    default: break
                    }
                default: break
                }
            }
        }
        stack.append(states)
        return matches(states)
    }

    /// Adds a state, and, since a single value is a list of one, the state after the `[*]` steps
    /// that follow it (XML elements, which come one by one, and a JSON object where a list may
    /// stand). Reached at a list, that state selects the list's items, as `[*]` does. A
    /// condition on attributes is judged with the element's; any other condition stands at the
    /// end of the path and is judged when the record is read (`RecordFilter`), so it is passed.
    private func add(_ state: State, to states: inout [State], attributes: [(name: String, value: String)]?) {
        var step = state.step
        let steps = paths[state.path]
        while true {
            while step < steps.count, case .filter(let condition) = steps[step] {
                if condition.testsAttributesOnly, let attributes, !condition.holds(attributes: attributes) { return }
                step += 1
            }
            let reached = State(path: state.path, step: step)
            if !states.contains(reached) { states.append(reached) }
            guard step < steps.count, case .allItems = steps[step] else { return }
            step += 1
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
