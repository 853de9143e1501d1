package jixiao.model;

import java.time.LocalDate;
import java.util.List;

/**
 * A reviewer's acceptance of a finding for one report (豁免): which rule, optionally which subject, why, who
 * approved it and until when. {@code file} and {@code index} place it in the waivers file.
 */
public record Waiver(String file, int index, String ruleId, String subject, String reason, String approvedBy,
                     LocalDate until) implements Traceable {

    /** The same waiver, its file named otherwise (as a replay names the file the recorded run was given). */
    public Waiver withFile(String name) {
        return new Waiver(name, index, ruleId, subject, reason, approvedBy, until);
    }

    public String pointer() {
        return "/waivers/" + index;
    }

    /** Whether it covers a finding of this rule about this subject (no subject: every subject). */
    public boolean covers(String findingRuleId, String findingSubject) {
        return ruleId.equals(findingRuleId) && (subject == null || subject.equals(findingSubject));
    }

    @Override
    public List<String> pointers() {
        return List.of(file + "#" + pointer());
    }
}
