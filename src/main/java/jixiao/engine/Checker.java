package jixiao.engine;

import java.util.ArrayList;
import java.util.List;
import jixiao.derived.ScoreCard;
import jixiao.model.Report;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.ConsequenceException;

/** Runs the rules over one report: a fresh session per report, disposed in {@code finally}. */
public final class Checker {

    private final RuleBase rules;

    public Checker(RuleBase rules) {
        this.rules = rules;
    }

    /** What the rules concluded about one report; {@code derivations} is filled only when asked for. */
    public record Outcome(List<Finding> findings, ScoreCard score, Derivations derivations, List<Object> facts) {
    }

    /** What a check inserts besides the report, and whether it records which rule derived each fact. */
    public record Options(List<Object> extraFacts, boolean recordDerivations) {
        public static final Options PLAIN = new Options(List.of(), false);
    }

    public Outcome check(Report report) throws RuleFailureException {
        return check(report, Options.PLAIN);
    }

    public Outcome check(Report report, Options options) throws RuleFailureException {
        // A recording session carries listeners, so it is made afresh rather than taken from the pool.
        KieSession session = options.recordDerivations() ? rules.kieBase().newKieSession() : rules.pooledSession();
        Derivations derivations = options.recordDerivations() ? Derivations.attach(session) : null;
        try {
            session.setGlobal("policy", rules.ruleSet().policy().forCategory(report.identity().category()));
            options.extraFacts().forEach(session::insert);
            session.insert(report.funding());
            report.indicators().forEach(session::insert);
            report.problems().forEach(session::insert);
            report.suggestions().forEach(session::insert);
            session.insert(report.evaluation());
            report.extractionGaps().forEach(session::insert);
            session.fireAllRules();
            List<Finding> findings = new ArrayList<>();
            List<Object> facts = new ArrayList<>();
            ScoreCard score = null;
            for (Object o : session.getObjects()) {
                if (o instanceof Finding f) {
                    findings.add(f);
                } else if (o instanceof ScoreCard s) {
                    score = s;
                }
                if (derivations != null && !(o instanceof Finding)) {
                    facts.add(o);
                }
            }
            return new Outcome(List.copyOf(findings), score, derivations, List.copyOf(facts));
        } catch (ConsequenceException e) {
            throw failure(e.getMatch().getRule().getName(), e);
        } catch (RuntimeException e) {
            throw failure(ruleNamed(e), e);
        } finally {
            session.dispose();
        }
    }

    private static final java.util.regex.Pattern RULE_IN_MESSAGE =
            java.util.regex.Pattern.compile("\\[Rule \"([^\"]+)\" in ");

    /** A condition that throws is reported by Drools with the rule's name inside the message. */
    private static String ruleNamed(Throwable e) {
        for (Throwable t = e; t != null && t.getCause() != t; t = t.getCause()) {
            java.util.regex.Matcher m = RULE_IN_MESSAGE.matcher(String.valueOf(t.getMessage()));
            if (m.find()) {
                return m.group(1);
            }
        }
        return null;
    }

    private RuleFailureException failure(String ruleName, RuntimeException e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String where = "rules";
        if (ruleName != null) {
            RuleInfo info = rules.catalog().byName(ruleName);
            where = info == null ? ruleName : info.file() + ":" + info.line() + ": rule " + info.id();
        }
        String what = root.getMessage() == null ? root.getClass().getSimpleName()
                : root.getClass().getSimpleName() + ": " + root.getMessage().lines().findFirst().orElse("");
        return new RuleFailureException(where + " failed at run time: " + what, e);
    }

}
