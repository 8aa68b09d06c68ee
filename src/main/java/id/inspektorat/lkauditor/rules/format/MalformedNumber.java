package id.inspektorat.lkauditor.rules.format;

import id.inspektorat.lkauditor.normalization.CellValue;
import id.inspektorat.lkauditor.normalization.Column;
import id.inspektorat.lkauditor.normalization.Row;
import id.inspektorat.lkauditor.normalization.Table;
import id.inspektorat.lkauditor.normalization.ValueKind;
import id.inspektorat.lkauditor.rules.Evidence;
import id.inspektorat.lkauditor.rules.Finding;
import id.inspektorat.lkauditor.rules.RuleInfo;
import id.inspektorat.lkauditor.rules.Severity;
import id.inspektorat.lkauditor.rules.TableRule;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * A figure that follows no number format ({@code 10.00.000}, {@code 1.608150.322,-}): the tool
 * does not guess what was meant, it shows the cell. Figures read under a note (a comma read as a
 * thousands separator, a dot decimal) are listed as warnings so the reading can be verified.
 */
@Component
@RuleInfo(id = "LK-FMT-01", severity = Severity.ERROR, summary = "Angka ditulis dengan format yang salah")
public final class MalformedNumber implements TableRule {

    @Override
    public List<Finding> check(Table table) {
        List<Finding> findings = new ArrayList<>();
        for (Column column : table.columns()) {
            if (id.inspektorat.lkauditor.rules.totals.TableShape.isKeyColumn(column) || !mostlyFigures(table, column)) {
                continue; // codes (7.01.2.06) and prose are not figures
            }
            for (Row row : table.rows()) {
                CellValue v = row.get(column.index());
                if (v.kind() == ValueKind.MALFORMED) {
                    findings.add(Evidence.at(this, table, row, column, v.printed(), "",
                            "Angka '" + v.printed() + "' tidak mengikuti format angka Indonesia (titik pemisah ribuan, koma desimal); nilai tidak ditebak"));
                } else if (v.isNumber() && v.problem() != null && v.problem().startsWith("koma dibaca")) {
                    findings.add(Evidence.at(this, Severity.WARNING, table, row, column, v.printed(), "",
                            "Angka '" + v.printed() + "' memakai koma sebagai pemisah ribuan; dibaca sebagai "
                                    + id.inspektorat.lkauditor.rules.Rounding.format(v.number(), 0) + " karena kolomnya berisi bilangan bulat"));
                }
            }
        }
        return findings;
    }

    private static boolean mostlyFigures(Table table, Column column) {
        long figures = 0;
        long filled = 0;
        for (Row r : table.rows()) {
            CellValue v = r.get(column.index());
            if (v.kind() == ValueKind.EMPTY) {
                continue;
            }
            filled++;
            if (v.kind() != ValueKind.TEXT) {
                figures++;
            }
        }
        return filled > 0 && figures * 2 > filled;
    }
}
