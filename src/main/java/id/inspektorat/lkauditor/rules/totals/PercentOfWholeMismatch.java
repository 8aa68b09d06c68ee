package id.inspektorat.lkauditor.rules.totals;

import id.inspektorat.lkauditor.normalization.CellValue;
import id.inspektorat.lkauditor.normalization.Column;
import id.inspektorat.lkauditor.normalization.Row;
import id.inspektorat.lkauditor.normalization.Table;
import id.inspektorat.lkauditor.rules.Evidence;
import id.inspektorat.lkauditor.rules.Finding;
import id.inspektorat.lkauditor.rules.Interval;
import id.inspektorat.lkauditor.rules.Rounding;
import id.inspektorat.lkauditor.rules.RowRelation;
import id.inspektorat.lkauditor.rules.RuleInfo;
import id.inspektorat.lkauditor.rules.TableRule;
import id.inspektorat.lkauditor.understanding.CapaianColumns;
import id.inspektorat.lkauditor.understanding.TableShape;
import id.inspektorat.lkauditor.vocabulary.Severity;
import id.inspektorat.lkauditor.vocabulary.Term;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * A share column ({@code %}) whose figure is not its row's count over the table's total. A share
 * that misses by one unit of its last decimal while the column adds up to exactly 100 was nudged
 * to make 100 (largest-remainder rounding): reported as a warning, not an error.
 */
@Component
@RuleInfo(id = "LK-PCT-01", severity = Severity.ERROR, summary = "Persentase tidak sama dengan bagian dibagi jumlah keseluruhan")
public final class PercentOfWholeMismatch implements TableRule {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    @Override
    public List<Finding> check(Table table) {
        List<Finding> findings = new ArrayList<>();
        Optional<Row> total = table.rows().stream().filter(Row::total).reduce((a, b) -> b);
        if (total.isEmpty() || TableShape.hasLevels(table)
                || CapaianColumns.hasRoles(table)) {
            // with target/realisasi/anggaran columns a % is a ratio of the row, checked as capaian
            return findings;
        }
        for (Column pct : table.columns()) {
            if (!isShareColumn(pct) || pct.index() == 0) {
                continue;
            }
            Column count = table.columns().get(pct.index() - 1);
            CellValue whole = total.get().get(count.index());
            if (!whole.isNumber() || whole.number().signum() <= 0 || TableShape.isKeyColumn(count)) {
                continue;
            }
            boolean sumsToHundred = sumsToHundred(table, pct);
            RowRelation relation = new RowRelation();
            for (Row row : table.dataRows()) {
                CellValue part = row.get(count.index());
                CellValue share = row.get(pct.index());
                if (!part.isNumeric() || !share.isNumber()) {
                    continue;
                }
                if (Rounding.holds(r -> share(part, whole, r).intersects(Rounding.printed(share.number(), share.decimals(), r)))) {
                    relation.holds(row);
                    continue;
                }
                int decimals = Math.max(2, share.decimals());
                BigDecimal value = part.numberOrZero().multiply(HUNDRED).divide(whole.number(), Interval.MC);
                String expectedText = Rounding.format(value, decimals);
                BigDecimal unit = BigDecimal.ONE.movePointLeft(share.decimals());
                boolean nudged = sumsToHundred && Rounding.holds(r -> share(part, whole, r)
                        .gap(Rounding.printed(share.number(), share.decimals(), r)).compareTo(unit) <= 0);
                String message = part.printed() + " / " + whole.printed() + " × 100 = " + expectedText
                        + " %, tertulis " + share.printed()
                        + (nudged ? " (selisih satu satuan pembulatan; kolom dibulatkan agar berjumlah 100 %)" : "");
                Finding f = Evidence.from(Evidence.at(this, nudged ? Severity.WARNING : Severity.ERROR, table, row, pct,
                        share.printed(), expectedText, message), List.of(row, total.get()), count);
                if (nudged) {
                    relation.nearlyHolds(f);
                } else {
                    relation.breaks(row, f);
                }
            }
            findings.addAll(relation.findings());
        }
        return findings;
    }

    private static Interval share(CellValue part, CellValue whole, Rounding.Reading r) {
        return Rounding.of(part, true, r).dividedBy(Rounding.of(whole, true, r)).times(HUNDRED);
    }

    static boolean isShareColumn(Column c) {
        return c.has(Term.SHARE);
    }

    private static boolean sumsToHundred(Table table, Column pct) {
        BigDecimal sum = BigDecimal.ZERO;
        for (Row r : table.dataRows()) {
            CellValue v = r.get(pct.index());
            if (v.isNumeric()) {
                sum = sum.add(v.numberOrZero());
            }
        }
        return sum.compareTo(HUNDRED) == 0;
    }
}
