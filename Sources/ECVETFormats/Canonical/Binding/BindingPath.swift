/// A JSON Pointer that is built only when it is needed: most values are bound without ever
/// asking for their path, so the binder passes the parent's path and the key instead.
protocol BindingPath {
    var pathString: String { get }
}

extension String: BindingPath {
    var pathString: String { self }
}

/// A child of a known path: `parent` + `/` + `key`, joined on demand.
struct ChildPath: BindingPath {
    let parent: String
    let key: String

    var pathString: String { parent + "/" + key }

    init(_ parent: some BindingPath, _ key: String) {
        self.parent = parent.pathString
        self.key = key
    }

    init(_ parent: String, index: Int) {
        self.parent = parent
        self.key = String(index)
    }
}
