package id.inspektorat.lkauditor.rules.totals;

import id.inspektorat.lkauditor.understanding.TableShape;
import id.inspektorat.lkauditor.normalization.CellValue;
import id.inspektorat.lkauditor.normalization.Column;
import id.inspektorat.lkauditor.normalization.Row;
import id.inspektorat.lkauditor.normalization.Table;
import id.inspektorat.lkauditor.rules.Evidence;
import id.inspektorat.lkauditor.rules.Finding;
import id.inspektorat.lkauditor.rules.Interval;
import id.inspektorat.lkauditor.rules.RuleInfo;
import id.inspektorat.lkauditor.rules.Rounding;
import id.inspektorat.lkauditor.vocabulary.Severity;
import id.inspektorat.lkauditor.rules.TableRule;
import id.inspektorat.lkauditor.understanding.CapaianColumns;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The shares of a whole ({@code %} column of a table with a {@code JUMLAH} row) that do not add up
 * to 100 within the rounding of their printed decimals.
 */
@Component
@RuleInfo(id = "LK-PCT-02", severity = Severity.ERROR, summary = "Persentase bagian-bagian tidak berjumlah 100 %")
public final class SharesNotHundred implements TableRule {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    @Override
    public List<Finding> check(Table table) {
        List<Finding> findings = new ArrayList<>();
        Optional<Row> total = table.rows().stream().filter(Row::total).reduce((a, b) -> b);
        if (total.isEmpty() || TableShape.hasLevels(table) || CapaianColumns.hasRoles(table)) {
            return findings;
        }
        for (Column pct : table.columns()) {
            if (!PercentOfWholeMismatch.isShareColumn(pct)) {
                continue;
            }
            CellValue printedTotal = total.get().get(pct.index());
            if (!printedTotal.isNumber() || printedTotal.number().compareTo(HUNDRED) != 0) {
                continue; // the table claims the shares make 100 %
            }
            List<CellValue> shares = table.dataRows().stream().map(r -> r.get(pct.index())).filter(CellValue::isNumeric).toList();
            if (shares.size() < 2) {
                continue;
            }
            boolean ok = Rounding.holds(r -> Interval.sum(shares.stream().map(v -> Rounding.of(v, false, r)).toList())
                    .intersects(Interval.exact(HUNDRED)));
            if (!ok) {
                BigDecimal sum = shares.stream().map(CellValue::numberOrZero).reduce(BigDecimal.ZERO, BigDecimal::add);
                int decimals = shares.stream().mapToInt(CellValue::decimals).max().orElse(2);
                findings.add(Evidence.from(Evidence.at(this, table, total.get(), pct, Rounding.format(sum, decimals), "100",
                        "Persentase " + shares.size() + " baris berjumlah " + Rounding.format(sum, decimals)
                                + " % (angka yang dilaporkan adalah jumlah itu; baris JUMLAH mencetak " + printedTotal.printed()
                                + "), seharusnya 100 %"), table.dataRows(), pct));
            }
        }
        return findings;
    }
}
