package jixiao.assemble;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import jixiao.document.Document;
import jixiao.derived.NearMiss;
import jixiao.engine.Checker;
import jixiao.engine.Finding;
import jixiao.engine.RuleBase;
import jixiao.model.Policy;
import jixiao.model.Report;
import jixiao.model.Waiver;

/**
 * A checked report as the page and {@code --format html} show it: the result, the section as items, and for each
 * finding the chain {@code explain} prints, each whole in itself, and the near misses when they were asked for
 * ({@link jixiao.model.NearMissRequest} among the facts). The outcome must have recorded its derivations.
 */
public final class ViewAssembler {

    private final RuleBase rules;
    private final ResultAssembler results;

    public ViewAssembler(RuleBase rules, String tool) {
        this.rules = rules;
        this.results = new ResultAssembler(rules, tool);
    }

    public ReportView assemble(String file, Report report, JsonNode facts, Document document, Checker.Outcome outcome,
                               String language, List<Waiver> waivers, LocalDate today) {
        CheckResult result = results.assemble(file, report, outcome, language, waivers, today);
        Policy policy = rules.ruleSet().policy().forCategory(report.identity().category());
        List<Finding> sorted = new ArrayList<>(outcome.findings());
        sorted.sort(ResultAssembler.ORDER);
        List<String> why = new ArrayList<>(sorted.size());
        for (Finding f : sorted) {
            why.add(new Explainer(rules, policy, outcome.derivations()).explain(f));
        }
        List<String> nearMisses = new ArrayList<>();
        outcome.facts().stream().filter(NearMiss.class::isInstance).map(NearMiss.class::cast)
                .sorted(java.util.Comparator.comparing(NearMiss::ruleId).thenComparing(NearMiss::subject))
                .forEach(m -> nearMisses.add(new Explainer(rules, policy, outcome.derivations()).explain(m)));
        return new ReportView(result, results.section(outcome, language, waivers, today), facts, document, why,
                nearMisses);
    }
}
