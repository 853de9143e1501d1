package jixiao.model;

/**
 * Who reports on what: 主管部门, 项目名称, the budget year (each null when a text report did not give it), and the project category (e.g. 基本建设) whose
 * policy overrides apply; null for none.
 */
public record ReportIdentity(String department, String project, Integer year, String category) {
}
