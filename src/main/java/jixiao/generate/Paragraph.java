package jixiao.generate;

/**
 * One paragraph of a generated report's prose, as the facts' {@code statements} hold it ({@code part}: goal,
 * results…), with what the generator wrote it for ({@code role}: the survey sentence, the conclusion…), so that a
 * planted defect can find the paragraph it changes. The role is not written out.
 */
record Paragraph(String part, String text, Role role) {

    enum Role { OVERVIEW, GOAL, RESULTS, MONEY, SURVEY, BENEFITS, FUNDING, CONCLUSION, PLANTED }

    Paragraph withText(String replaced) {
        return new Paragraph(part, replaced, role);
    }
}
