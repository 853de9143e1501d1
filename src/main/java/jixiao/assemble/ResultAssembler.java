package jixiao.assemble;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jixiao.derived.ScoreCard;
import jixiao.engine.Checker;
import jixiao.engine.Finding;
import jixiao.engine.RuleBase;
import jixiao.engine.RuleInfo;
import jixiao.load.RuleSource;
import jixiao.model.Measure;
import jixiao.model.MessageTemplates;
import jixiao.model.Report;
import jixiao.model.Waiver;
import java.time.LocalDate;

/** Turns what the rules concluded into the reported result: worded, sorted, traced, with the drafted section. */
public final class ResultAssembler {

    /**
     * Findings are listed by severity, then rule id, then subject, then the facts they rest on: the same input gives
     * the same order. Written out rather than chained, since every report's findings are sorted.
     */
    public static final Comparator<Finding> ORDER = ResultAssembler::compare;

    private static int compare(Finding a, Finding b) {
        int c = a.severity().compareTo(b.severity());
        if (c == 0) {
            c = a.ruleId().compareTo(b.ruleId());
        }
        if (c == 0) {
            c = (a.subject() == null ? "" : a.subject()).compareTo(b.subject() == null ? "" : b.subject());
        }
        return c != 0 ? c : String.join(",", a.facts()).compareTo(String.join(",", b.facts()));
    }

    private final RuleBase rules;
    private final String tool;
    /** How results name the rule set's files; the same for every report. */
    private final List<String> files;

    public ResultAssembler(RuleBase rules, String tool) {
        this.rules = rules;
        this.tool = tool;
        this.files = rules.ruleSet().files().stream().map(RuleSource::display).toList();
    }

    public CheckResult assemble(String file, Report report, Checker.Outcome outcome, String language) {
        return assemble(file, report, outcome, language, List.of(), null);
    }

    /** As above, with the waivers in force on {@code today}: a waived finding is marked and left out of the section. */
    public CheckResult assemble(String file, Report report, Checker.Outcome outcome, String language,
                                List<Waiver> waivers, LocalDate today) {
        return assemble(file, report, outcome, language, waivers, today, true);
    }

    /**
     * With {@code full} false, the result a batch line needs: findings worded and sorted, without their traces
     * and without the drafted section.
     */
    public CheckResult assemble(String file, Report report, Checker.Outcome outcome, String language,
                                List<Waiver> waivers, LocalDate today, boolean full) {
        MessageTemplates templates = rules.ruleSet().messages(language);
        List<Finding> sorted = new ArrayList<>(outcome.findings());
        sorted.sort(ORDER);
        List<FindingView> views = new ArrayList<>();
        List<Finding> open = new ArrayList<>();
        for (Finding f : sorted) {
            Waiver waiver = waiverOf(f, waivers, today);
            views.add(view(f, templates, waiver, full));
            if (waiver == null) {
                open.add(f);
            }
        }
        return new CheckResult(
                tool,
                new CheckResult.RuleSetInfo(rules.ruleSet().fingerprint(), files),
                new CheckResult.ReportInfo(file, report.identity().department(), report.identity().project(),
                        report.identity().year(), report.identity().category()),
                score(outcome.score(), language, report.extractionGaps().stream()
                        .anyMatch(g -> g.pointer().equals("/indicators/-") && !g.filled())),
                List.copyOf(views),
                full ? new SectionAssembler(templates).assemble(open) : null);
    }

    /** The drafted section alone, as items with their rule ids: waived findings left out, as in {@link #assemble}. */
    public Section section(Checker.Outcome outcome, String language, List<Waiver> waivers, LocalDate today) {
        List<Finding> open = new ArrayList<>();
        for (Finding f : outcome.findings()) {
            if (waiverOf(f, waivers, today) == null) {
                open.add(f);
            }
        }
        open.sort(ORDER);
        return new SectionAssembler(rules.ruleSet().messages(language)).draft(open);
    }

    /** The first waiver in force on {@code today} that covers the finding; null when none does. */
    private static Waiver waiverOf(Finding f, List<Waiver> waivers, LocalDate today) {
        for (Waiver w : waivers) {
            if (w.covers(f.ruleId(), f.subject()) && !w.until().isBefore(today)) {
                return w;
            }
        }
        return null;
    }

    private FindingView view(Finding f, MessageTemplates templates, Waiver waiver, boolean full) {
        RuleInfo info = rules.catalog().byName(f.ruleName());
        Map<String, String> text = ValueText.of(f.subject(), f.values());
        String message = fill(templates.template(f.ruleId(), "message"), text);
        String recommendation = full ? fill(templates.template(f.ruleId(), "recommendation"), text) : null;
        Trace trace = full ? trace(f, info) : null;
        return new FindingView(f.ruleId(), f.severity().id(), info == null ? null : info.title(), f.subject(),
                message, recommendation, f.values(), trace, waiver == null ? null
                : new FindingView.Waived(waiver.reason(), waiver.approvedBy(), waiver.until().toString(),
                        waiver.file() + "#" + waiver.pointer()));
    }

    private static Trace trace(Finding f, RuleInfo info) {
        List<Trace.SourceRef> sources = new ArrayList<>();
        for (Measure m : f.evidence()) {
            sources.add(new Trace.SourceRef(m.pointer(), m.source().line(), m.source().locator(),
                    m.source().quote()));
        }
        return new Trace(f.ruleName(), info == null ? null : info.file(), info == null ? 0 : info.line(),
                f.facts(), sources.isEmpty() ? null : sources.get(0), List.copyOf(sources));
    }

    private static String fill(String template, Map<String, String> values) {
        return template == null ? "" : MessageTemplates.fill(template, values);
    }

    /** @param tableCut the indicator table was not read to its end: categories left out are not said to be unset */
    private static CheckResult.Score score(ScoreCard card, String language, boolean tableCut) {
        if (card == null) {
            return null;
        }
        Map<String, CheckResult.Part> parts = new LinkedHashMap<>();
        card.parts().forEach((key, p) -> parts.put(key,
                new CheckResult.Part(p.label(), round(p.weight()), round(p.score()), p.indicators())));
        String note = null;
        if (card.rescaled()) {
            String leftOut = String.join("、", card.leftOut());
            note = "en".equals(language)
                    ? "Earned " + fmt(card.raw()) + " of " + fmt(card.maximum()) + " and rescaled to 100"
                        + (leftOut.isEmpty() ? "" : (tableCut ? "; left out (table not read to its end): "
                            : "; left out (no indicator): ") + leftOut)
                    : "得分" + fmt(card.raw()) + "，满分" + fmt(card.maximum()) + "，已折算为百分制"
                        + (leftOut.isEmpty() ? "" : (tableCut ? "；自评表未读完而未计分的一级指标："
                            : "；未设置指标而不计分的一级指标：") + leftOut);
        }
        return new CheckResult.Score(card.total(), card.grade(), card.complete(),
                new CheckResult.Range(card.total(), card.highest()), parts, card.rescaled(), card.leftOut(), note);
    }

    private static double round(double v) {
        return Math.round(v * 100) / 100.0;
    }

    private static String fmt(double v) {
        return ValueText.text(v);
    }
}
