package jixiao.document;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import jixiao.load.BadInputException;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;

/**
 * An Excel self-evaluation table (.xlsx, .xls): each sheet that looks like a 自评表 (its cells name three columns
 * of the form or more) becomes a table, cells located as {@code 自评表!F7}. Numbers read as the sheet shows them;
 * a formula by the value Excel saved with it (it is not computed again). A cell merged over others gives its text
 * to the rows it spans downwards and leaves the columns it spans blank.
 */
final class SheetReader {

    private final List<String> headerWords;

    SheetReader(List<String> headerWords) {
        this.headerWords = headerWords;
    }

    List<Block> read(Path file, InputStream in) throws IOException, BadInputException {
        List<Block> out = new ArrayList<>();
        List<String> names = new ArrayList<>();
        try (Workbook book = WorkbookFactory.create(in)) {
            DataFormatter format = new DataFormatter(java.util.Locale.ROOT);
            for (Sheet sheet : book) {
                names.add(sheet.getSheetName());
                List<List<Table.Cell>> rows = cells(sheet, format);
                if (looksLikeForm(rows)) {
                    out.addAll(blocks(rows, sheet.getSheetName()));
                }
            }
        }
        if (out.isEmpty()) {
            throw new BadInputException(file + ": no sheet looks like a 项目支出绩效自评表 (sheets: "
                    + String.join(", ", names) + "); a sheet must have the form's column headers, such as 三级指标 "
                    + "and 实际完成值");
        }
        return out;
    }

    private boolean looksLikeForm(List<List<Table.Cell>> rows) {
        java.util.Set<String> named = new java.util.HashSet<>();
        for (List<Table.Cell> row : rows) {
            for (Table.Cell c : row) {
                String t = TextForms.halfWidth(c.text()).replace(" ", "");
                if (t.length() > 16) {
                    continue;
                }
                for (String w : headerWords) {
                    if (t.contains(w)) {
                        named.add(w);
                    }
                }
            }
        }
        return named.size() >= 3;
    }

    private static List<List<Table.Cell>> cells(Sheet sheet, DataFormatter format) {
        List<List<Table.Cell>> rows = new ArrayList<>();
        String name = sheet.getSheetName();
        int last = Math.min(sheet.getLastRowNum(), 2000);
        // Merged regions: the text of each top-left cell, given to the rows below it in the region's first column.
        java.util.Map<Long, String> carried = new java.util.HashMap<>();
        for (CellRangeAddress region : sheet.getMergedRegions()) {
            Row top = sheet.getRow(region.getFirstRow());
            Cell first = top == null ? null : top.getCell(region.getFirstColumn());
            String text = first == null ? "" : text(first, format);
            for (int r = region.getFirstRow() + 1; r <= region.getLastRow(); r++) {
                carried.put(key(r, region.getFirstColumn()), text);
            }
        }
        for (int r = 0; r <= last; r++) {
            jixiao.load.TimeLimit.check();
            Row row = sheet.getRow(r);
            List<Table.Cell> cells = new ArrayList<>();
            int width = row == null ? 0 : Math.min(row.getLastCellNum(), 64);
            for (int c = 0; c < width; c++) {
                Cell cell = row.getCell(c);
                String text = cell == null ? "" : jixiao.load.ZeroWidth.strip(text(cell, format));
                if (text.isEmpty() && carried.containsKey(key(r, c))) {
                    text = carried.get(key(r, c));
                }
                cells.add(new Table.Cell(text, Locator.label(name + "!" + new CellReference(r, c).formatAsString(false))));
            }
            rows.add(cells);
        }
        return rows;
    }

    private static long key(int row, int column) {
        return ((long) row << 16) | column;
    }

    /** The cell as the sheet shows it; a formula by its saved value. */
    private static String text(Cell cell, DataFormatter format) {
        CellType type = cell.getCellType();
        if (type == CellType.FORMULA) {
            type = cell.getCachedFormulaResultType();
            if (type == CellType.NUMERIC) {
                return format.formatRawCellContents(cell.getNumericCellValue(), cell.getCellStyle().getDataFormat(),
                        cell.getCellStyle().getDataFormatString()).strip();
            }
            if (type == CellType.STRING) {
                return cell.getStringCellValue().strip();
            }
            return "";
        }
        return format.formatCellValue(cell).strip();
    }

    /** The sheet's rows as one table, empty rows left out (a labelled box of text is read as narrative later). */
    private static List<Block> blocks(List<List<Table.Cell>> rows, String sheet) {
        List<Table.Row> table = new ArrayList<>();
        for (List<Table.Cell> cells : rows) {
            if (cells.stream().allMatch(c -> c.text().isEmpty())) {
                continue;
            }
            table.add(new Table.Row(cells, Locator.label(sheet + " " + rowName(cells))));
        }
        return table.isEmpty() ? List.of() : List.of(new Table(table));
    }

    private static String rowName(List<Table.Cell> cells) {
        String first = cells.get(0).at().label();
        String ref = first.substring(first.lastIndexOf('!') + 1);
        return "第" + ref.replaceAll("^[A-Z]+", "") + "行";
    }

}
