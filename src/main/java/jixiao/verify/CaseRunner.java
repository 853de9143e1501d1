package jixiao.verify;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import jixiao.assemble.CheckResult;
import jixiao.assemble.FindingView;
import jixiao.assemble.ResultAssembler;
import jixiao.engine.Checker;
import jixiao.engine.RuleBase;
import jixiao.engine.RuleFailureException;
import jixiao.load.BadInputException;
import jixiao.load.ReportReader;
import jixiao.model.MessageTemplates;
import jixiao.model.Report;
import jixiao.model.Today;
import jixiao.model.Waiver;
import jixiao.load.WaiverReader;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.time.LocalDate;

/** Runs rule cases against a compiled rule set and says, for each, whether it passed and why not. */
public final class CaseRunner {

    private final RuleBase rules;
    private final JsonNode base;
    private final ReportReader reader = new ReportReader();

    public CaseRunner(RuleBase rules, JsonNode base) {
        this.rules = rules;
        this.base = base;
    }

    public CaseResult run(RuleCase c) {
        List<String> problems = new ArrayList<>();
        CheckResult result;
        try {
            JsonNode doc = JsonEdits.mergePatch(base.deepCopy(), c.patch());
            for (Map.Entry<String, JsonNode> e : c.set().entrySet()) {
                JsonEdits.set(doc, e.getKey(), e.getValue());
            }
            Report report = reader.read(Path.of(c.file()), doc);
            List<Waiver> waivers = c.waivers() == null ? List.of() : new WaiverReader().read(Path.of(c.file()),
                    JsonNodeFactory.instance.objectNode().set("waivers", c.waivers()));
            LocalDate today = c.today() != null ? c.today() : LocalDate.of(2000, 1, 1);
            List<Object> extra = new ArrayList<>(waivers);
            extra.add(new Today(today));
            Checker.Outcome outcome = new Checker(rules).check(report, new Checker.Options(extra, false));
            result = new ResultAssembler(rules, "case").assemble(c.file(), report, outcome, "zh", waivers, today);
        } catch (BadInputException | RuleFailureException | RuntimeException e) {
            return new CaseResult(c, false, List.of("the case could not run: " + e.getMessage()), List.of());
        }
        List<String> fired = result.findings().stream().map(f -> f.ruleId() + " " + f.subject()).toList();
        List<FindingView> ofRule = result.findings().stream().filter(f -> f.ruleId().equals(c.rule())).toList();
        if (!c.fires()) {
            if (!ofRule.isEmpty()) {
                problems.add("expected " + c.rule() + " not to fire; it fired about " + ofRule.get(0).subject());
            }
            return new CaseResult(c, problems.isEmpty(), problems, fired);
        }
        List<FindingView> matching = ofRule.stream()
                .filter(f -> c.subject() == null || c.subject().equals(f.subject())).toList();
        if (matching.isEmpty()) {
            problems.add("expected " + c.rule() + (c.subject() == null ? "" : " about " + c.subject())
                    + " to fire; it did not");
            return new CaseResult(c, false, problems, fired);
        }
        FindingView f = matching.get(0);
        c.values().forEach((key, expected) -> {
            Object actual = f.values().get(key);
            if (!same(expected, actual)) {
                problems.add("value " + key + ": expected " + expected.asText() + ", got "
                        + (actual instanceof BigDecimal d ? d.toPlainString() : actual));
            }
        });
        for (String text : List.of(f.message(), f.recommendation())) {
            if (!MessageTemplates.placeholders(text).isEmpty()) {
                problems.add("wording has unfilled placeholders: " + text);
            }
        }
        return new CaseResult(c, problems.isEmpty(), problems, fired);
    }

    private static boolean same(JsonNode expected, Object actual) {
        if (actual == null) {
            return expected.isNull();
        }
        if (expected.isNumber() && actual instanceof BigDecimal d) {
            return expected.decimalValue().compareTo(d) == 0;
        }
        return expected.asText().equals(String.valueOf(actual));
    }
}
