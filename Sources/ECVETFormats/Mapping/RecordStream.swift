import ECVETModel
import ECVETBytes
import ECVETSyntax

/// Reads a document once, streaming, and hands over each value a selector's path reaches as a
/// record of nodes. A record inside another record is in both, so the outer one's paths reach
/// it (a qualification's links to the units written inside it), except inside the document
/// itself: a whole document selected as one record (`$`) leaves out what other selectors take,
/// so it is never held whole. A path that reaches a list selects each of its items.
struct RecordStream {
    private var selector: RecordSelector
    /// Records being built, innermost last, with the selectors they go to.
    private var captures: [(selectors: [Int], builder: RecordBuilder, shared: Bool)] = []
    /// Per open container of the document: whether it is a list, the selectors its items go to,
    /// how many items it has had, inside a record what of it the mapping reads (`nil`: all of
    /// it), and whether the record being built keeps it: what the root keeps for `/…` paths
    /// holds only what they read.
    private var containers: [(isList: Bool, distributes: [Int], items: Int, demand: DemandTree?, kept: Bool)] = []
    /// Per selector, what of its records the mapping reads; empty when everything is built.
    private let demands: [DemandTree]
    private var lastKey = ""
    /// The index in `captures` of the record that is the whole document, while it is built.
    private var documentCapture: Int?
    private let deliver: (Int, SourceNode, SourceNode?) -> Void
    /// Selectors whose records read the document's root (`/…`): they get what the root holds so
    /// far of what the mapping reads there, from the capture of `contextSelector`.
    private let readsRoot: Set<Int>
    private let contextSelector: Int?
    /// Whether the source is XML, whose elements join their text.
    var isXML = false

    init(paths: [SourcePath], demands: [DemandTree] = [], readsRoot: Set<Int> = [], contextSelector: Int? = nil,
         deliver: @escaping (Int, SourceNode, SourceNode?) -> Void) {
        selector = RecordSelector(paths: paths)
        self.demands = demands
        self.readsRoot = readsRoot
        self.contextSelector = contextSelector
        self.deliver = deliver
    }

    /// What the document's root holds so far of what the mapping reads there.
    private func rootSnapshot(for index: Int) -> SourceNode? {
        guard readsRoot.contains(index), let contextSelector else { return nil }
        guard let capture = captures.first(where: { $0.selectors.contains(contextSelector) }) else { return nil }
        return capture.builder.snapshot(elements: isXML)
    }

    /// Reads every event of a JSON or YAML source.
    mutating func read<Source: TreeEventSource>(_ source: inout Source) throws(SyntaxError) {
        while true {
            let event = try source.next()
            switch event {
            case .end:
                return
            case .key(let key):
                lastKey = key
                if try skipsValue(of: key, &source) { continue }
                if !captures.isEmpty && isKept {
                    captures[captures.count - 1].builder.key(key)
                }
            case .objectStart, .arrayStart:
                let isList = event == .arrayStart
                let starting = enter()
                if captures.isEmpty && starting.isEmpty && selector.isDead {
                    try skip(&source)
                    selector.leave()
                    continue
                }
                let location = starting.isEmpty && captures.isEmpty ? SourcePlace.unknown : place(&source)
                begin(starting, isList: isList, at: location)
            case .objectEnd, .arrayEnd:
                finish()
            case .scalar(let text, let kind):
                let starting = enter()
                if !starting.isEmpty || !captures.isEmpty {
                    scalar(.scalar(text, kind, place(&source)), starting: starting)
                }
                selector.leave()
            }
        }
    }

    /// Skips the value of `key` when no record being built reads it and no path can reach into
    /// it: it is checked, but nothing is made of it.
    private mutating func skipsValue<Source: TreeEventSource>(of key: String, _ source: inout Source) throws(SyntaxError) -> Bool {
        let last = containers.count - 1
        guard last >= 0, !containers[last].isList else { return false }
        if !captures.isEmpty {
            guard let demand = containers[last].demand, !demand.everything, demand.child(key) == nil else { return false }
        }
        let starting = selector.enter(.key(key))
        let dead = selector.isDead
        selector.leave()
        guard starting.isEmpty && dead else { return false }
        try source.skipValue()
        return true
    }

    /// Skips a container no path can reach into.
    private func skip<Source: TreeEventSource>(_ source: inout Source) throws(SyntaxError) {
        var depth = 1
        while depth > 0 {
            switch try source.next() {
            case .objectStart, .arrayStart: depth += 1
            case .objectEnd, .arrayEnd: depth -= 1
            case .end: return
            default: break
            }
        }
    }

    private func place<Source: TreeEventSource>(_ source: inout Source) -> SourcePlace {
        SourcePlace(line: source.eventLine, column: source.eventColumn())
    }

    // MARK: - Shared by every syntax

    /// A value starts under the current container: the selectors it starts a record for;
    /// `attributes` are an XML element's, for conditions on them.
    mutating func enter(key: String? = nil, attributes: [(name: String, value: String)]? = nil) -> [Int] {
        guard let container = containers.last else { return selector.enterRoot() }
        let component: RecordSelector.Component
        if container.isList {
            component = .index(container.items)
            containers[containers.count - 1].items += 1
        } else {
            if let key { lastKey = key }
            component = .key(lastKey)
        }
        var found = selector.enter(component, attributes: attributes)
        for index in container.distributes where !found.contains(index) {
            found.append(index)
        }
        return found
    }

    /// A container value starts.
    mutating func begin(_ starting: [Int], isList: Bool, at place: SourcePlace) {
        var distributes: [Int] = []
        var starting = starting
        if isList && !starting.isEmpty {
            // A path that reaches a list selects its items.
            distributes = starting
            starting = []
        }
        let isDocument = containers.isEmpty
        var demand: DemandTree?
        if !captures.isEmpty, let parent = containers.last?.demand {
            demand = containers[containers.count - 1].isList || parent.everything ? parent : parent.child(lastKey)
        }
        let parentKept = isKept
        // Inside what the root keeps for `/…` paths, only what they read is kept.
        var kept = parentKept && (!insideRootContext || demand != nil || containers.last?.isList == true)
        if starting.isEmpty && parentKept && !kept {
            // The key given for it goes with it.
            captures[captures.count - 1].builder.dropKey()
        }
        if !starting.isEmpty {
            let shared = startsInside(wanted: kept, keyGiven: parentKept)
            captures.append((starting, RecordBuilder(), shared))
            if isDocument { documentCapture = captures.count - 1 }
            // A record in another one, or taken by several selectors, is built whole.
            demand = !shared && starting.count == 1 && starting[0] < demands.count ? demands[starting[0]] : nil
            kept = true
        }
        containers.append((isList, distributes, 0, demand, kept))
        guard !captures.isEmpty, kept else { return }
        if isList {
            captures[captures.count - 1].builder.startList(at: place)
        } else {
            captures[captures.count - 1].builder.startObject(at: place)
        }
    }

    /// The innermost container ends; an XML element's (`element`) lone text becomes its value.
    mutating func finish(element: Bool = false) {
        let container = containers.removeLast()
        selector.leave()
        guard !captures.isEmpty, container.kept else { return }
        if let record = captures[captures.count - 1].builder.end(element: element) {
            let finished = captures.removeLast()
            if documentCapture == captures.count { documentCapture = nil }
            for index in finished.selectors { deliver(index, record, rootSnapshot(for: index)) }
            if finished.shared { _ = captures[captures.count - 1].builder.add(record) }
        }
    }

    /// A scalar value, inside a record or a record of its own.
    mutating func scalar(_ node: SourceNode, starting: [Int]) {
        if !starting.isEmpty {
            let shared = startsInside(wanted: isKept && (!insideRootContext || scalarWanted), keyGiven: isKept)
            for index in starting { deliver(index, node, rootSnapshot(for: index)) }
            if shared { _ = captures[captures.count - 1].builder.add(node) }
        } else if !captures.isEmpty && isKept && (!insideRootContext || scalarWanted) {
            _ = captures[captures.count - 1].builder.add(node)
        } else if !captures.isEmpty && isKept {
            // A key given for a value the root does not keep.
            captures[captures.count - 1].builder.dropKey()
        }
    }

    /// A record starts: whether it is also part of the record around it (see the type's
    /// comment). When it is not, the enclosing record forgets the key it was about to get.
    ///
    /// What the document's root keeps for `/…` paths (`contextSelector`'s capture alone) takes a
    /// record too when such a path reads it (`wanted`): an organisation a qualification names
    /// from the root.
    private mutating func startsInside(wanted: Bool, keyGiven: Bool) -> Bool {
        guard !captures.isEmpty else { return false }
        if documentCapture == captures.count - 1 {
            if wanted && insideRootContext { return true }
            if keyGiven { captures[captures.count - 1].builder.dropKey() }
            return false
        }
        return keyGiven
    }

    /// Whether the record being built keeps the current container.
    private var isKept: Bool { containers.last?.kept ?? true }

    /// Whether the innermost record is what the root keeps for `/…` paths alone.
    private var insideRootContext: Bool {
        guard let contextSelector, let last = captures.last else { return false }
        return last.selectors == [contextSelector]
    }

    /// Whether the root keeps a scalar under the current key.
    private var scalarWanted: Bool {
        guard let demand = containers.last?.demand else { return false }
        return containers[containers.count - 1].isList || demand.everything || demand.child(lastKey) != nil
    }

    /// Whether a record is being built, or a path may still reach something below.
    var isListening: Bool { !captures.isEmpty || !selector.isDead }

    /// Names the value about to start in the record being built (an XML element).
    mutating func announce(_ key: String) {
        guard !captures.isEmpty, isKept else { return }
        captures[captures.count - 1].builder.key(key)
    }

    /// Adds a named scalar (an XML attribute or text) to the record being built.
    mutating func addPair(_ key: String, _ node: SourceNode) {
        guard !captures.isEmpty, isKept else { return }
        captures[captures.count - 1].builder.key(key)
        _ = captures[captures.count - 1].builder.add(node)
    }
}
