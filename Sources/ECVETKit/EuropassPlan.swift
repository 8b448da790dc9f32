import ECVETFormats

/// What of a catalogue a Europass LOQ document takes, as the europass checks decided it: handed
/// to the writer so that the decision is made once per catalogue.
package struct EuropassPlan: Sendable {
    let selection: EuropassLOQSelection

    /// Whether the document would hold no qualification and no unit: everything was left out.
    package var isEmpty: Bool { selection.isEmpty }
}
