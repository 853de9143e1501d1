package jixiao.model;

import java.util.List;

/** The facts of one self-evaluation report, as loaded from its JSON or YAML form. */
public record Report(
        ReportIdentity identity,
        Funding funding,
        List<Indicator> indicators,
        List<NarrativeItem> problems,
        List<NarrativeItem> suggestions,
        StatedEvaluation evaluation,
        List<ExtractionGap> extractionGaps) {
}
