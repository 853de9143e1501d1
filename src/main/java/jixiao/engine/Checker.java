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
            setUp(session, rules, report, options.extraFacts());
            int cap = firingCap(report);
            Watchdog.Run run = WATCHDOG.start(session, this::describe);
            org.kie.api.event.rule.AgendaEventListener naming = new org.kie.api.event.rule.DefaultAgendaEventListener() {
                @Override
                public void beforeMatchFired(org.kie.api.event.rule.BeforeMatchFiredEvent event) {
                    run.firing = event.getMatch().getRule().getName();
                }
            };
            session.addEventListener(naming);
            int fired;
            boolean halted;
            List<Finding> findings;
            try (Raised raised = Raised.open(derivations)) {
                fired = session.fireAllRules(cap);
                findings = raised.findings();
            } finally {
                halted = WATCHDOG.end(run);
                session.removeEventListener(naming);
                Thread.interrupted(); // an interrupt meant for a sleeping rule is not left for the next report
            }
            if (halted) {
                throw new RuleFailureException("rules: stopped after " + MAX_MILLIS / 1000
                        + " s on one report (a rule that does not finish?)", null);
            }
            if (fired >= cap) {
                throw runaway(session, cap);
            }
            List<Object> facts = new ArrayList<>();
            ScoreCard score = null;
            // Without a record of derivations only the score card is wanted: read just its store.
            for (Object o : derivations != null ? session.getObjects() : session.getObjects(SCORE_CARDS)) {
                if (o instanceof ScoreCard s) {
                    score = s;
                }
                if (derivations != null) {
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

    /** The policy for the report's category, then the extra facts and the report's own facts, in this order. */
    static void setUp(KieSession session, RuleBase rules, Report report, List<Object> extraFacts) {
        session.setGlobal("policy", rules.ruleSet().policy().forCategory(report.identity().category()));
        extraFacts.forEach(session::insert);
        session.insert(report.identity());
        session.insert(report.funding());
        report.indicators().forEach(session::insert);
        report.statements().forEach(session::insert);
        report.problems().forEach(session::insert);
        report.suggestions().forEach(session::insert);
        session.insert(report.evaluation());
        report.extractionGaps().forEach(session::insert);
    }

    private static final org.kie.api.runtime.ClassObjectFilter SCORE_CARDS =
            new org.kie.api.runtime.ClassObjectFilter(ScoreCard.class);

    /** A report of a few dozen facts fires under a few hundred rules; far more means rules feeding each other. */
    public static final int MAX_FIRINGS = 5_000;
    /** What each indicator, paragraph, problem or suggestion adds to the cap: a long report fires more, and rightly. */
    public static final int FIRINGS_PER_FACT = 25;

    /** The most firings a report may take before its rules are judged to feed each other: grows with the report. */
    static int firingCap(Report report) {
        int facts = report.indicators().size() + report.statements().size() + report.problems().size()
                + report.suggestions().size() + report.funding().sources().size();
        return MAX_FIRINGS + FIRINGS_PER_FACT * facts;
    }
    /** A report takes milliseconds; one still running after this is stopped, so a batch goes on. */
    public static final long MAX_MILLIS = 10_000;

    private static final Watchdog WATCHDOG = new Watchdog(MAX_MILLIS);

    /** Fires a little more, counting, to name the rule that keeps firing. */
    private RuleFailureException runaway(KieSession session, int cap) {
        java.util.Map<String, Integer> counts = new java.util.HashMap<>();
        session.addEventListener(new org.kie.api.event.rule.DefaultAgendaEventListener() {
            @Override
            public void afterMatchFired(org.kie.api.event.rule.AfterMatchFiredEvent event) {
                counts.merge(event.getMatch().getRule().getName(), 1, Integer::sum);
            }
        });
        session.fireAllRules(1000);
        List<String> busiest = counts.entrySet().stream()
                .sorted(java.util.Map.Entry.<String, Integer>comparingByValue().reversed()
                        .thenComparing(java.util.Map.Entry.comparingByKey()))
                .limit(3).map(e -> {
                    RuleInfo info = rules.catalog().byName(e.getKey());
                    return info == null ? e.getKey() : info.file() + ":" + info.line() + " " + info.id();
                }).toList();
        String first = busiest.isEmpty() ? "rules" : busiest.get(0).replace(" ", ": rule ");
        return new RuleFailureException(first + " keeps firing: the rules fired " + cap
                + " times on one report without settling; busiest: " + String.join(", ", busiest), null);
    }

    private static final java.util.regex.Pattern RULE_IN_MESSAGE =
            java.util.regex.Pattern.compile("\\[Rule \"([^\"]+)\" in ");

    /** A condition that throws is reported by Drools with the rule's name inside the message. */
    /** A rule by name as the catalogue places it: {@code rules/x.drl:12: rule ID}. */
    private String describe(String ruleName) {
        RuleInfo info = rules.catalog().byName(ruleName);
        return info == null ? "rule " + ruleName : info.file() + ":" + info.line() + ": rule " + info.id();
    }

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
