package id.inspektorat.lkauditor.rules.consistency;

import id.inspektorat.lkauditor.normalization.CellValue;
import id.inspektorat.lkauditor.normalization.Column;
import id.inspektorat.lkauditor.normalization.Row;
import id.inspektorat.lkauditor.normalization.Table;
import id.inspektorat.lkauditor.normalization.ValueKind;
import id.inspektorat.lkauditor.rules.AuditRule;
import id.inspektorat.lkauditor.rules.DocumentUnderAudit;
import id.inspektorat.lkauditor.rules.Evidence;
import id.inspektorat.lkauditor.rules.Finding;
import id.inspektorat.lkauditor.rules.Rounding;
import id.inspektorat.lkauditor.rules.RuleInfo;
import id.inspektorat.lkauditor.vocabulary.Severity;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * A whole in one table against its parts in another, row by row under the same names: each
 * desa's area (Tabel 1.1, Ha) against its land use (Tabel 1.3: perkebunan + pertanian + perumahan).
 * Both tables must list mostly the same rows and measure in the same unit. Areas and counts are
 * recorded data, not rounded results, so they must add up as printed.
 */
@Component
@RuleInfo(id = "LK-XTAB-01", severity = Severity.ERROR, summary = "Jumlah bagian di satu tabel tidak sama dengan totalnya di tabel lain")
public final class PartsAcrossTables implements AuditRule {

    private static final Pattern LIST_NUMBER = Pattern.compile("\\d{1,3}\\.?");
    private static final Pattern NOT_LOWER_OR_DIGIT = Pattern.compile("[^a-z0-9]");

    @Override
    public List<Finding> check(DocumentUnderAudit document) {
        List<Finding> findings = new ArrayList<>();
        List<Table> tables = document.tables();
        for (Table whole : tables) {
            List<Column> wholeCols = measured(whole);
            if (wholeCols.size() != 1) {
                continue;
            }
            for (Table parts : tables) {
                List<Column> partCols = measured(parts);
                if (parts == whole || partCols.size() < 2 || !sameUnit(whole, wholeCols.get(0), parts, partCols)) {
                    continue;
                }
                compare(whole, wholeCols.get(0), parts, partCols, findings);
            }
        }
        return findings;
    }

    private void compare(Table whole, Column total, Table parts, List<Column> partCols, List<Finding> findings) {
        Map<String, Row> byName = new HashMap<>();
        for (Row r : parts.dataRows()) {
            byName.put(name(r), r);
        }
        List<Row> rows = whole.dataRows();
        long shared = rows.stream().filter(r -> byName.containsKey(name(r))).count();
        if (shared < 3 || shared * 10 < rows.size() * 7) {
            return; // not the same list of rows
        }
        for (Row r : rows) {
            Row p = byName.get(name(r));
            CellValue t = r.get(total.index());
            if (p == null || !t.isNumber()) {
                continue;
            }
            BigDecimal sum = BigDecimal.ZERO;
            List<String> printed = new ArrayList<>();
            int decimals = t.decimals();
            for (Column c : partCols) {
                CellValue v = p.get(c.index());
                if (!v.isNumeric()) {
                    sum = null;
                    break;
                }
                sum = sum.add(v.numberOrZero());
                printed.add(v.printed());
                decimals = Math.max(decimals, v.decimals());
            }
            if (sum == null || sum.compareTo(t.number()) == 0) {
                continue;
            }
            String expected = Rounding.format(sum, decimals);
            Finding f = Evidence.at(this, whole, r, total, t.printed(), expected, "'" + r.label() + "': " + String.join(" + ", printed)
                    + " = " + expected + " di " + parts.name() + " (hlm " + p.page() + "), tetapi " + t.printed() + " di "
                    + whole.name());
            findings.add(Evidence.from(f, List.of(p), partCols)); // outlined when the other table shares the page
        }
    }

    /** Columns of measured quantities with a unit (Ha, jiwa, orang): numbers in most rows. */
    private static List<Column> measured(Table t) {
        List<Column> out = new ArrayList<>();
        for (Column c : t.columns()) {
            long units = t.dataRows().stream().map(r -> r.get(c.index()))
                    .filter(v -> v.isNumeric() && (v.unit() != null || v.kind() == ValueKind.DASH)).count();
            if (units * 2 > t.dataRows().size() && t.dataRows().size() >= 3) {
                out.add(c);
            }
        }
        return out;
    }

    private static boolean sameUnit(Table whole, Column w, Table parts, List<Column> partCols) {
        String unit = unit(whole, w);
        return unit != null && partCols.stream().allMatch(c -> unit.equals(unit(parts, c)));
    }

    private static String unit(Table t, Column c) {
        return t.dataRows().stream().map(r -> r.get(c.index()).unit()).filter(u -> u != null)
                .map(u -> u.toLowerCase(Locale.ROOT)).findFirst().orElse(null);
    }

    private static String name(Row r) {
        for (CellValue v : r.values()) {
            if (v.kind() == ValueKind.TEXT && !LIST_NUMBER.matcher(v.printed()).matches()) {
                return NOT_LOWER_OR_DIGIT.matcher(v.printed().toLowerCase(Locale.ROOT)).replaceAll("");
            }
        }
        return "";
    }
}
