package id.inspektorat.lkauditor.facts;

import id.inspektorat.lkauditor.normalization.CellValue;
import id.inspektorat.lkauditor.normalization.Column;
import id.inspektorat.lkauditor.normalization.Row;
import id.inspektorat.lkauditor.normalization.Table;

/**
 * A quantity as printed in one place.
 *
 * @param quantity what it is
 * @param detail   which one, for per-item quantities (the program's name), else empty
 * @param subject  {@code ""} for the report's own OPD, else the peer OPD's normalized name
 * @param year     the year it is for
 * @param value    the figure, with its printed text and decimals
 * @param table    where: table
 * @param row      where: row
 * @param column   where: column
 */
public record Fact(Quantity quantity, String detail, String subject, int year, CellValue value, Table table, Row row,
                   Column column) {

    public boolean own() {
        return subject.isEmpty();
    }

    /** "Tabel 3.2 (hlm 14)". */
    public String place() {
        return table.name() + " (hlm " + row.page() + ", baris " + row.number() + ")";
    }
}
