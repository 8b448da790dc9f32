import ECVETKit

/// The catalogue each configuration is tried on: small, and lacking what defaults give (EQF
/// level, NQF, ISCED-F, languages, country, awarding body) so that every default has a place to
/// go, with points and a validity date for the settings to judge.
enum SampleCatalogue {
    static let loaded = ECVET.read(bytes: Array(json.utf8), name: "sample.json", format: .json)

    private static let json = """
    {
      "format": "ecvet-catalogue/1",
      "id": "sample",
      "title": {"en": "Sample"},
      "qualifications": [
        {
          "id": "Q-1",
          "title": {"en": "Warehouse work"},
          "credits": {"points": "60"},
          "volumeOfLearning": "P1Y",
          "validity": {"from": "2023-08-01", "until": "2026-07-31"},
          "structure": {
            "id": "G-1",
            "members": [
              {"unit": "U-1", "points": "45", "mandatory": true},
              {"group": {"minPoints": "15", "maxPoints": "15", "members": [{"unit": "U-2", "points": "15"}]}}
            ]
          }
        }
      ],
      "units": [
        {"id": "U-1", "title": {"en": "Handling goods"}, "credits": {"points": "45"}, "learningOutcomes": ["LO-1"]},
        {"id": "U-2", "title": {"en": "Dangerous goods"}, "credits": {"points": "15,5"}}
      ],
      "learningOutcomes": [
        {"id": "LO-1", "category": "skills", "text": {"en": "drives a forklift safely"}}
      ]
    }
    """
}
