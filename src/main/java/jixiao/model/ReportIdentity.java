package jixiao.model;

/** Who reports on what: 主管部门, 项目名称 and the budget year. */
public record ReportIdentity(String department, String project, int year) {
}
