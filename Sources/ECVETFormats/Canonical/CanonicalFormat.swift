/// The canonical catalogue format's name and version, written as `"format"` in every document.
public enum CanonicalFormat {
    public static let name = "ecvet-catalogue/1"
}
