package jixiao.model;

import java.util.List;

/** The facts of one self-evaluation report, as loaded from its JSON or YAML form. */
public record Report(
        ReportIdentity identity,
        Funding funding,
        List<Indicator> indicators,
        List<NarrativeItem> problems,
        List<NarrativeItem> suggestions,
        List<Statement> statements,
        StatedEvaluation evaluation,
        List<ExtractionGap> extractionGaps,
        List<String> warnings) {

    /** The same facts with these warnings about how the input was read (unknown fields, numbers given as text…). */
    public Report withWarnings(List<String> more) {
        List<String> all = new java.util.ArrayList<>(warnings);
        all.addAll(more);
        return new Report(identity, funding, indicators, problems, suggestions, statements, evaluation, extractionGaps,
                List.copyOf(all));
    }
}
