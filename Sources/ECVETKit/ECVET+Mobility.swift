import ECVETFormats
import ECVETValidation
import ECVETBytes

extension ECVET {
    /// The formats a mobility document is read and written in: canonical JSON, YAML and XML.
    public static let documentFormats: [CatalogueFormat] = MobilityCodec.formats

    /// Writes a mobility document to a file that appears whole or not at all (`-` is standard
    /// output), in canonical JSON, YAML or XML.
    public static func write(_ document: MobilityDocument, as format: CatalogueFormat, to path: String) throws(OutputError) {
        if path == "-" {
            let output = ByteOutput(descriptor: 1, name: "standard output")
            try MobilityCodec.write(document, as: format, to: output)
            return
        }
        try commit([try prepare(document, as: format, at: path)])
    }

    /// The bytes of a mobility document in canonical JSON, YAML or XML.
    public static func encode(_ document: MobilityDocument, as format: CatalogueFormat) throws(OutputError) -> [UInt8] {
        let output = ByteOutput()
        try MobilityCodec.write(document, as: format, to: output)
        return output.bytes
    }

    /// Writes a document beside `path`, flushed and synced, without putting it in place.
    package static func prepare(_ document: MobilityDocument, as format: CatalogueFormat, at path: String) throws(OutputError) -> PreparedOutput {
        let file = try AtomicFile(path: path)
        do throws(OutputError) {
            try MobilityCodec.write(document, as: format, to: file.output)
            try file.finishWriting()
        } catch {
            file.discard()
            throw error
        }
        return PreparedOutput(files: [file], folder: nil)
    }
}

extension ECVET {
    /// Checks mobility documents against each other (a learning agreement against its MoU, a
    /// transcript against its agreement) and against `catalogues` (the home catalogue of their
    /// qualification), with the rules of `profile` and the configuration's settings. Returns the
    /// findings about each document, in the order given.
    public static func validate(documents: [MobilityDocument], catalogues: [Catalogue] = [], profile: Profile? = nil,
                                configuration: Configuration = Configuration(),
                                overrides: [String: Severity?] = [:]) async -> [[Diagnostic]] {
        await validate(documents: documents, against: HomeCatalogues(catalogues), profile: profile, configuration: configuration,
                       overrides: overrides)
    }

    /// `validate(documents:catalogues:…)` against what the checks need of the catalogues, made
    /// beforehand: a national catalogue can then be let go before the documents are read.
    public static func validate(documents: [MobilityDocument], against home: HomeCatalogues, profile: Profile? = nil,
                                configuration: Configuration = Configuration(),
                                overrides: [String: Severity?] = [:]) async -> [[Diagnostic]] {
        var rules = configuration.rules
        for (id, severity) in overrides { rules[id] = severity }
        let validator = Validator(profile: profile ?? configuration.profile ?? .ecvet,
                                  settings: configuration.settings, overrides: rules)
        return await validator.validate(documents: documents, home: home)
    }
}

extension ECVET {
    /// Writes learning agreements as one CSV file, a row per learner (`-` is standard output),
    /// which `read(path:)` reads back as the same agreements.
    public static func write(_ agreements: [LearningAgreement], asCSVTo path: String, csv: CSVOptions = CSVOptions()) throws(OutputError) {
        let delimiter = csv.delimiter ?? UInt8(ascii: ",")
        if path == "-" {
            try LearningAgreementCSV.write(agreements, to: ByteOutput(descriptor: 1, name: "standard output"), delimiter: delimiter,
                                           byteOrderMark: csv.byteOrderMark)
            return
        }
        let file = try AtomicFile(path: path)
        do throws(OutputError) {
            try LearningAgreementCSV.write(agreements, to: file.output, delimiter: delimiter, byteOrderMark: csv.byteOrderMark)
        } catch {
            file.discard()
            throw error
        }
        try commit([PreparedOutput(files: [file], folder: nil)])
    }
}

extension ECVET {
    /// A personal transcript as an unsigned European Digital Credential (ELM 3.1, JSON-LD): the
    /// home institution issues it, each unit achieved is a learning achievement specified by the
    /// unit as the LOQ export specifies it, from the catalogue among `catalogues` that holds the
    /// qualification.
    ///
    /// The transcript is first checked with `agreement` and the catalogues under the `europass`
    /// profile (V37 among the rules: what a credential needs); `bytes` is `nil` when that finds
    /// an error.
    public static func credential(_ transcript: PersonalTranscript, agreement: LearningAgreement? = nil,
                                  catalogues: [Catalogue]) async throws(OutputError) -> (bytes: [UInt8]?, diagnostics: [Diagnostic]) {
        let documents = [MobilityDocument.transcript(transcript)] + (agreement.map { [.learningAgreement($0)] } ?? [])
        let findings = await validate(documents: documents, catalogues: catalogues, profile: .europass)[0]
            .filter { $0.severity != .note }
        if findings.hasErrors { return (nil, findings) }
        let output = ByteOutput()
        var emitter = EuropassCredentialEmitter(output: output, transcript: transcript, agreement: agreement, catalogues: catalogues)
        try emitter.emit()
        return (output.bytes, findings)
    }
}
