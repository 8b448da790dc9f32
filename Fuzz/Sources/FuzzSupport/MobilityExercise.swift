import ECVETKit

/// What the mobility target does with the documents it read: the rules across them and a small
/// catalogue, one writer per document and the reader of what it wrote, the CSV of agreements, and
/// the recognition summary of a transcript.
public enum MobilityExercise {
    /// A catalogue with one qualification of two units, one with a part, for the documents to
    /// refer to.
    static let home: Catalogue = {
        let text = """
            {"format": "ecvet-catalogue/1", "qualifications": [{"id": "Q-1", "title": {"fi": "Q"}, "eqfLevel": 4,
              "credits": {"points": "180"}, "structure": {"id": "G", "mandatory": true,
              "members": [{"unit": "U-1", "points": "15"}, {"unit": "U-2", "points": "11"}]}}],
             "units": [{"id": "U-1", "title": {"fi": "U"}, "credits": {"points": "15"}, "learningOutcomes": ["LO-1"]},
                       {"id": "U-2", "title": {"fi": "V"}, "credits": {"points": "11"}, "learningOutcomes": ["LO-2"],
                        "parts": [{"id": "P-1", "title": {"fi": "P"}, "credits": {"points": "3"}, "learningOutcomes": ["LO-2"]}]}],
             "learningOutcomes": [{"id": "LO-1", "text": {"fi": "a"}}, {"id": "LO-2", "text": {"fi": "b"}}]}
            """
        return ECVET.read(bytes: Array(text.utf8), name: "home.json").catalogue!
    }()

    /// Runs the stages on `documents`; `choice` picks the format each is written in.
    public static func run(_ documents: [MobilityDocument], choice: Int) {
        guard !documents.isEmpty else { return }
        _ = BlockingWait.result {
            await ECVET.validate(documents: documents, catalogues: [home]).count
        }
        let formats = ECVET.documentFormats
        for (index, document) in documents.enumerated() {
            let format = formats[abs(choice + index) % formats.count]
            if let bytes = try? ECVET.encode(document, as: format) {
                _ = ECVET.read(bytes: bytes, name: "written.\(format.fileExtension)")
            }
            if case .transcript(let transcript) = document {
                _ = RecognitionSummary(transcript, catalogues: [home])
            }
        }
        let agreements = documents.compactMap { if case .learningAgreement(let agreement) = $0 { agreement } else { nil } }
        if !agreements.isEmpty {
            let path = "\(ScratchFolder.path)/agreements.csv"
            defer { ScratchFolder.remove("agreements.csv") }
            if (try? ECVET.write(agreements, asCSVTo: path)) != nil { _ = ECVET.read(path: path) }
        }
    }
}
