package jixiao.render;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;
import jixiao.batch.BatchLine;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A batch's findings as an Excel workbook: sheet 发现 with one row a finding (the report's file, department, project,
 * year, score and grade beside it), sheet 报告 with one row a report and its status. Values are written as cell values,
 * never as formulas, whatever text a report holds.
 */
public final class FindingsWorkbook {

    private final PageLabels labels;

    public FindingsWorkbook(String language) {
        this.labels = new PageLabels(language);
    }

    public byte[] write(List<BatchLine> lines) {
        try (XSSFWorkbook book = new XSSFWorkbook()) {
            book.getProperties().getCoreProperties().setCreated(Optional.of(new java.util.Date(0)));
            book.getProperties().getCoreProperties().setCreator("jixiao");
            Sheet findings = book.createSheet(labels.get("findings"));
            header(findings, List.of("file", "department", "project", "year", "total", "grade", "rule", "severity",
                    "subject", "text"));
            Sheet reports = book.createSheet(labels.get("reports").strip());
            header(reports, List.of("file", "status", "department", "project", "year", "total", "grade", "error",
                    "warning", "info"));
            int f = 1;
            int r = 1;
            for (BatchLine line : lines) {
                Row row = reports.createRow(r++);
                cells(row, line.file(), line.status(), line.department(), line.project(), line.year(), line.total(),
                        line.grade(), count(line, "error"), count(line, "warning"), count(line, "info"));
                if (line.errors() != null) {
                    row.createCell(10).setCellValue(String.join("\n", line.errors()));
                }
                if (line.findings() == null) {
                    continue;
                }
                for (BatchLine.Item item : line.findings()) {
                    cells(findings.createRow(f++), line.file(), line.department(), line.project(), line.year(),
                            line.total(), line.grade(), item.ruleId(), item.severity(), item.subject(), item.message());
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 14);
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("the workbook could not be written in memory", e);
        }
    }

    private static Integer count(BatchLine line, String severity) {
        return line.counts() == null ? null : line.counts().get(severity);
    }

    private void header(Sheet sheet, List<String> keys) {
        Row row = sheet.createRow(0);
        for (int i = 0; i < keys.size(); i++) {
            row.createCell(i).setCellValue(labels.get(keys.get(i)));
        }
        sheet.createFreezePane(0, 1);
    }

    private static void cells(Row row, Object... values) {
        for (int i = 0; i < values.length; i++) {
            Object v = values[i];
            if (v == null) {
                continue;
            }
            Cell cell = row.createCell(i);
            if (v instanceof Number n) {
                cell.setCellValue(n.doubleValue());
            } else {
                cell.setCellValue(v.toString());
            }
        }
    }
}
