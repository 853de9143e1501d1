package jixiao.verify;

import java.util.List;

/** The outcome of one rule case: passed, or what was expected and what fired instead. */
public record CaseResult(RuleCase ruleCase, boolean passed, List<String> problems, List<String> fired) {
}
