/// The canonical catalogue format's name and version, written as `"format"` in every document.
package enum CanonicalFormat {
    package static let name = "ecvet-catalogue/1"
}
