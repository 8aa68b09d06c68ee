package id.inspektorat.lkauditor.rules;

import id.inspektorat.lkauditor.normalization.Column;
import id.inspektorat.lkauditor.normalization.Row;
import id.inspektorat.lkauditor.normalization.Table;

/** Builds findings that point at a cell. */
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
        Finding.Geometry geometry = new Finding.Geometry(table.regions().get(page), row == null ? null : row.extent(),
                row == null || column == null ? null : row.box(column.index()));
        return new Finding(rule.info().id(), severity, page, table.name(),
                row == null ? 0 : row.number(), row == null ? "" : row.label(), column == null ? "" : column.label(),
                reported, expected, message, geometry);
    }
}
