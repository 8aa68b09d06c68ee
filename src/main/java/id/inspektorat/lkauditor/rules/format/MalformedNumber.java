package id.inspektorat.lkauditor.rules.format;

import id.inspektorat.lkauditor.normalization.CellValue;
import id.inspektorat.lkauditor.normalization.Column;
import id.inspektorat.lkauditor.normalization.NumberParser;
import id.inspektorat.lkauditor.normalization.Row;
import id.inspektorat.lkauditor.normalization.Table;
import id.inspektorat.lkauditor.normalization.ValueKind;
import id.inspektorat.lkauditor.rules.Evidence;
import id.inspektorat.lkauditor.rules.Finding;
import id.inspektorat.lkauditor.rules.Rounding;
import id.inspektorat.lkauditor.rules.RuleInfo;
import id.inspektorat.lkauditor.rules.TableRule;
import id.inspektorat.lkauditor.understanding.TableShape;
import id.inspektorat.lkauditor.vocabulary.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * A figure that follows no number format ({@code 10.00.000}, {@code 1.608150.322,-}): the tool
 * does not guess what was meant, it shows the cell. Figures read under a note (a comma read as a
 * thousands separator, a dot decimal) are listed as warnings so the reading can be verified. A cut
 * figure that the row below completes ("113.624.5" over "50.366") is a cell the extraction split
 * into lines, not a figure printed wrong: it is left alone.
 */
@Component
@RuleInfo(id = "LK-FMT-01", severity = Severity.ERROR, summary = "Angka ditulis dengan format yang salah")
public final class MalformedNumber implements TableRule {

    private static final Pattern FIGURE_CHARS = Pattern.compile("[0-9.,]+(,-)?");

    @Override
    public List<Finding> check(Table table) {
        List<Finding> findings = new ArrayList<>();
        // a table written with English grouping throughout (109,469,414,855) reads 448,656 the same way
        boolean english = table.rows().stream().flatMap(r -> r.values().stream())
                .anyMatch(v -> v.problem() != null && v.problem().startsWith("format angka Inggris"));
        for (Column column : table.columns()) {
            if (TableShape.isKeyColumn(column) || !mostlyFigures(table, column)) {
                continue; // codes (7.01.2.06) and prose are not figures
            }
            List<Row> rows = table.rows();
            for (int i = 0; i < rows.size(); i++) {
                Row row = rows.get(i);
                CellValue v = row.get(column.index());
                if (v.kind() == ValueKind.MALFORMED && i + 1 < rows.size() && continues(table, row, rows.get(i + 1))) {
                    continue; // the figure goes on in the row below: a cell the extraction cut in lines
                }
                if (v.kind() == ValueKind.MALFORMED) {
                    findings.add(Evidence.at(this, table, row, column, v.printed(), "",
                            "Angka '" + v.printed() + "' tidak mengikuti format angka Indonesia (titik pemisah ribuan, koma desimal); nilai tidak ditebak"));
                } else if (v.isNumber() && v.problem() != null && v.problem().startsWith("koma dibaca") && !english) {
                    findings.add(Evidence.at(this, Severity.WARNING, table, row, column, v.printed(), "",
                            "Angka '" + v.printed() + "' memakai koma sebagai pemisah ribuan; dibaca sebagai "
                                    + Rounding.format(v.number(), 0) + " karena kolomnya berisi bilangan bulat"));
                }
            }
        }
        return findings;
    }

    /**
     * The row below holds only the second lines of this row's cut figures ("113.624.5" over "50.366"):
     * each of its figures sits under a malformed one, and joined they are one valid figure.
     */
    private static boolean continues(Table table, Row above, Row below) {
        int joined = 0;
        for (Column c : table.columns()) {
            CellValue b = below.get(c.index());
            if (b.kind() == ValueKind.EMPTY || b.kind() == ValueKind.TEXT) {
                continue;
            }
            CellValue a = above.get(c.index());
            if (a.kind() != ValueKind.MALFORMED || !FIGURE_CHARS.matcher(b.printed()).matches()
                    || PARSER.parse(a.printed() + b.printed()).kind() != ValueKind.NUMBER) {
                return false;
            }
            joined++;
        }
        return joined > 0;
    }

    private static final NumberParser PARSER =
            new NumberParser();

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
