package jixiao.generate;

/**
 * The defects {@code generate --plant} can put in a report, one for each reviewer rule (rules/basis.drl and
 * rules/consistency.drl), named by the id of the rule that should find it. {@link DefectPlanter} plants them.
 */
public enum PlantedDefect {
    SAT_NO_SURVEY_BASIS("SAT-NO-SURVEY-BASIS"),
    IND_ACTUAL_NOT_MEASURED("IND-ACTUAL-NOT-MEASURED"),
    IND_REASON_RESTATES("IND-REASON-RESTATES"),
    RPT_FORM_UNFILLED("RPT-FORM-UNFILLED"),
    RPT_SECTION_HOLLOW("RPT-SECTION-HOLLOW"),
    IND_LEVEL2_MISMATCH("IND-LEVEL2-MISMATCH"),
    IND_OUTPUT_COUNTS_MONEY("IND-OUTPUT-COUNTS-MONEY"),
    IND_COST_CAP_IS_BUDGET("IND-COST-CAP-IS-BUDGET"),
    IND_RATE_OVER_100("IND-RATE-OVER-100"),
    FUND_SELF_SCORE("FUND-SELF-SCORE"),
    SCORE_UNSUPPORTED("SCORE-UNSUPPORTED"),
    SCORE_NOT_ITEMIZED("SCORE-NOT-ITEMIZED"),
    SCORE_WEIGHTS_SUM("SCORE-WEIGHTS-SUM"),
    SCORE_STATED_SUM("SCORE-STATED-SUM"),
    FUND_TOTAL_PARTS("FUND-TOTAL-PARTS"),
    RPT_CONCLUSION_CONTRADICTED("RPT-CONCLUSION-CONTRADICTED"),
    IND_PAYMENT_CONTRADICTED("IND-PAYMENT-CONTRADICTED"),
    RPT_AMOUNT_ABOVE_BUDGET("RPT-AMOUNT-ABOVE-BUDGET"),
    IND_YEAR_MISMATCH("IND-YEAR-MISMATCH"),
    FUND_ADJUSTED_UNEXPLAINED("FUND-ADJUSTED-UNEXPLAINED");

    private final String ruleId;

    PlantedDefect(String ruleId) {
        this.ruleId = ruleId;
    }

    /** The id of the rule that should find this defect, and no other reviewer rule. */
    public String ruleId() {
        return ruleId;
    }

    public static PlantedDefect ofRuleId(String id) {
        for (PlantedDefect d : values()) {
            if (d.ruleId.equals(id)) {
                return d;
            }
        }
        throw new IllegalArgumentException("no planted defect for rule " + id);
    }
}
