/// The mappings shipped in `Mappings/` for real national exports, with what tells their exports
/// apart, so that an export read without `--mapping` is told which mapping reads it.
package struct BundledMapping: Sendable {
    /// The mapping's path in the repository.
    package var path: String
    /// What it reads, for people.
    package var name: String
    /// Top-level keys (JSON, YAML) or header columns (CSV) that every export of its kind has.
    package var signature: Set<String>

    package static let all = [
        BundledMapping(path: "Mappings/fi-eperusteet.mapping.yaml", name: "a Finnish ePerusteet export",
                       signature: ["koulutustyyppi", "suoritustavat", "tutkinnonOsat"]),
        BundledMapping(path: "Mappings/fr-rncp-blocs.mapping.yaml", name: "a French RNCP export of skill blocks",
                       signature: ["Numero_Fiche", "Bloc_Competences_Code"]),
    ]

    /// The bundled mapping whose exports have all of `names` it looks for, if one does.
    package static func recognising(_ names: some Sequence<String>) -> BundledMapping? {
        let present = Set(names.map { $0.hasPrefix("\u{FEFF}") ? String($0.dropFirst()) : $0 })
        return all.first { $0.signature.isSubset(of: present) }
    }

    /// The hint for an export read without a mapping: `--mapping`, and this mapping by name.
    package var hint: String {
        "this looks like \(name): read it through its mapping, --mapping \(path)"
    }
}
