package id.inspektorat.lkauditor.rules.budget;

import id.inspektorat.lkauditor.normalization.CellValue;
import id.inspektorat.lkauditor.normalization.Column;
import id.inspektorat.lkauditor.normalization.Row;
import id.inspektorat.lkauditor.normalization.Table;
import id.inspektorat.lkauditor.rules.Evidence;
import id.inspektorat.lkauditor.rules.Finding;
import id.inspektorat.lkauditor.rules.RuleInfo;
import id.inspektorat.lkauditor.rules.Rounding;
import id.inspektorat.lkauditor.rules.Severity;
import id.inspektorat.lkauditor.rules.TableRule;
import id.inspektorat.lkauditor.rules.totals.TableShape;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * A program or kegiatan whose amount is not the sum of the rows under it. Levels come from the
 * table itself: rows marked as children ("- Belanja Pegawai" under "1. Belanja Operasi"), or bold
 * parent rows over plain sub-kegiatan rows. Bold marking in real reports is loose (a kegiatan
 * printed plain, a sub-kegiatan bold), so under bold levels a parent is accepted when any first
 * run of its rows adds up to it, and reported only when the closest run is near it (within a
 * quarter): a run far off is not its children at all.
 */
@Component
@RuleInfo(id = "LK-HIER-01", severity = Severity.ERROR, summary = "Anggaran/realisasi program atau kegiatan tidak sama dengan jumlah rincian di bawahnya")
public final class BudgetHierarchyMismatch implements TableRule {

    private static final BigDecimal NEAR_LOW = new BigDecimal("0.75");
    private static final BigDecimal NEAR_HIGH = new BigDecimal("1.25");

    @Override
    public List<Finding> check(Table table) {
        List<Finding> findings = new ArrayList<>();
        List<Column> amounts = table.columns().stream().filter(c -> TableShape.isAmountColumn(table, c)).toList();
        if (amounts.isEmpty()) {
            return findings;
        }
        List<Row> rows = table.dataRows();
        boolean markers = rows.stream().anyMatch(TableShape::isChildRow);
        boolean bold = TableShape.hasLevels(table);
        for (int i = 0; i < rows.size(); i++) {
            Row parent = rows.get(i);
            List<Row> children = new ArrayList<>();
            boolean strict;
            if (markers && !TableShape.isChildRow(parent)) {
                for (int j = i + 1; j < rows.size() && TableShape.isChildRow(rows.get(j)); j++) {
                    children.add(rows.get(j));
                }
                strict = true;
            } else if (!markers && bold && parent.bold()) {
                for (int j = i + 1; j < rows.size() && !rows.get(j).bold(); j++) {
                    children.add(rows.get(j));
                }
                strict = false;
            } else {
                continue;
            }
            if (children.isEmpty() || !strict && children.size() < 2) {
                continue;
            }
            for (Column c : amounts) {
                check(table, parent, children, c, strict).ifPresent(findings::add);
            }
        }
        return findings;
    }

    private java.util.Optional<Finding> check(Table table, Row parent, List<Row> children, Column column, boolean strict) {
        CellValue p = parent.get(column.index());
        if (!p.isNumber() || p.number().signum() <= 0) {
            return java.util.Optional.empty();
        }
        BigDecimal sum = BigDecimal.ZERO;
        BigDecimal closest = null;
        int closestCount = 0;
        int count = 0;
        for (Row child : children) {
            CellValue v = child.get(column.index());
            if (v.isNumeric()) {
                sum = sum.add(v.numberOrZero());
            } else if (!v.printed().isBlank()) {
                return java.util.Optional.empty(); // text or a malformed figure among the children
            }
            count++;
            if (sum.compareTo(p.number()) == 0) {
                return java.util.Optional.empty();
            }
            if (closest == null || sum.subtract(p.number()).abs().compareTo(closest.subtract(p.number()).abs()) < 0) {
                closest = sum;
                closestCount = count;
            }
        }
        BigDecimal expected = strict ? sum : closest;
        int rows = strict ? children.size() : closestCount;
        if (expected == null || expected.signum() == 0) {
            return java.util.Optional.empty();
        }
        BigDecimal ratio = expected.divide(p.number(), java.math.MathContext.DECIMAL64);
        if (!strict && (rows < 2 || ratio.compareTo(NEAR_LOW) < 0 || ratio.compareTo(NEAR_HIGH) > 0)) {
            return java.util.Optional.empty();
        }
        String e = Rounding.format(expected, 0);
        return java.util.Optional.of(Evidence.from(Evidence.at(this, table, parent, column, p.printed(), e,
                "Jumlah " + rows + " rincian di bawah '" + parent.label() + "' pada kolom '" + column.label() + "' = "
                        + e + ", tertulis " + p.printed() + " (selisih " + Rounding.format(p.number().subtract(expected), 0) + ")"),
                children.subList(0, rows), column));
    }
}
