package id.inspektorat.lkauditor.rules;

import id.inspektorat.lkauditor.vocabulary.Severity;
import id.inspektorat.lkauditor.extraction.Box;
import id.inspektorat.lkauditor.normalization.Column;
import id.inspektorat.lkauditor.normalization.Row;
import id.inspektorat.lkauditor.normalization.Table;
import id.inspektorat.lkauditor.normalization.ValueKind;
import java.util.ArrayList;
import java.util.List;

/** Builds findings that point at a cell, and names the cells they were recomputed from. */
public final class Evidence {

    private Evidence() {
    }

    public static Finding at(AuditRule rule, Table table, Row row, Column column, String reported, String expected,
                             String message) {
        return at(rule, rule.info().severity(), table, row, column, reported, expected, message);
    }

    public static Finding at(AuditRule rule, Severity severity, Table table, Row row, Column column, String reported,
                             String expected, String message) {
        int page = row == null ? table.page() : row.page();
        Finding.Geometry geometry = geometry(table, row, column);
        return new Finding(rule.info().id(), severity, page, table.name(),
                row == null ? 0 : row.number(), row == null ? "" : row.label(), column == null ? "" : column.label(),
                reported, expected, message, geometry);
    }

    /** Where a cell lies on its page: the table's region there, the row, the cell, the header rows. */
    public static Finding.Geometry geometry(Table table, Row row, Column column) {
        int page = row == null ? table.page() : row.page();
        Box region = table.regions().get(page);
        return new Finding.Geometry(region, row == null ? null : row.extent(),
                row == null || column == null ? null : row.box(column.index()), List.of(), header(table, page, region));
    }

    /**
     * The table's header rows: from the top of its region down to its first data row, on the page
     * where the table starts (headers repeated on later pages are dropped when the parts are joined,
     * so there the top of the region may be a row cut by the page break).
     */
    private static Box header(Table table, int page, Box region) {
        if (page != table.page()) {
            return table.repeatedHeaders().get(page); // a continuation page: the header printed there again, if it is
        }
        if (region == null) {
            return null;
        }
        float firstRow = Float.MAX_VALUE;
        for (Row r : table.rows()) {
            Box extent = r.page() == page ? r.extent() : null;
            if (extent != null) {
                firstRow = Math.min(firstRow, extent.top());
            }
        }
        return firstRow == Float.MAX_VALUE || firstRow <= region.top() ? null
                : new Box(region.top(), region.left(), firstRow, region.right());
    }

    /**
     * The finding with these cells outlined as what its expected figure was recomputed from. Only
     * cells on the finding's page count: its evidence image shows that page.
     */
    public static Finding from(Finding finding, List<Row> rows, List<Column> columns) {
        List<Box> boxes = new ArrayList<>();
        for (Row r : rows) {
            if (r == null || r.page() != finding.page()) {
                continue;
            }
            for (Column c : columns) {
                if (c != null && r.get(c.index()).kind() != ValueKind.EMPTY) {
                    boxes.add(r.box(c.index()));
                }
            }
        }
        return finding.withSources(boxes);
    }

    public static Finding from(Finding finding, Row row, Column... columns) {
        return from(finding, List.of(row), List.of(columns));
    }

    public static Finding from(Finding finding, List<Row> rows, Column column) {
        return from(finding, rows, List.of(column));
    }
}
