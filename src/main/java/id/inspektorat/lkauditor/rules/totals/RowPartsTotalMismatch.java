package id.inspektorat.lkauditor.rules.totals;

import id.inspektorat.lkauditor.understanding.TableShape;
import id.inspektorat.lkauditor.vocabulary.Term;
import id.inspektorat.lkauditor.normalization.CellValue;
import id.inspektorat.lkauditor.normalization.Column;
import id.inspektorat.lkauditor.normalization.Row;
import id.inspektorat.lkauditor.normalization.Table;
import id.inspektorat.lkauditor.normalization.ValueKind;
import id.inspektorat.lkauditor.rules.Evidence;
import id.inspektorat.lkauditor.rules.Finding;
import id.inspektorat.lkauditor.rules.Interval;
import id.inspektorat.lkauditor.rules.RowRelation;
import id.inspektorat.lkauditor.rules.RuleInfo;
import id.inspektorat.lkauditor.rules.Rounding;
import id.inspektorat.lkauditor.vocabulary.Severity;
import id.inspektorat.lkauditor.rules.TableRule;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import id.inspektorat.lkauditor.settings.RulesSettings;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * A row whose parts do not add up to its own total column: {@code L + P ≠ L+P}, sibling columns
 * under one merged header against the {@code Jumlah} column beside them, or, when the header names no
 * parts, the one pair of columns the total is the sum of on nearly every row.
 */
@Component
@RuleInfo(id = "LK-TOT-02", severity = Severity.ERROR, summary = "Bagian-bagian dalam satu baris tidak sama dengan kolom jumlahnya")
public final class RowPartsTotalMismatch implements TableRule {

    /** Which totals rules run: a cell that breaks a row's whole and a column total is reported by one. */
    private final CrossedTotals.Running running;

    public RowPartsTotalMismatch() {
        this.running = CrossedTotals.Running.ALL;
    }

    @Autowired
    public RowPartsTotalMismatch(RulesSettings settings) {
        this.running = CrossedTotals.Running.of(settings);
    }

    @Override
    public List<Finding> check(Table table) {
        List<CrossedTotals.Break> breaks = breaks(table);
        List<CrossedTotals.Crossing> crossings = breaks.isEmpty() ? List.of()
                : CrossedTotals.of(table, ColumnTotalMismatch.breaks(table), breaks);
        return CrossedTotals.findings(CrossedTotals.ROW_WHOLE, breaks, crossings, running);
    }

    /** Every row whose parts miss its whole, where the relation is the table's (see {@link RowRelation}). */
    static List<CrossedTotals.Break> breaks(Table table) {
        RowPartsTotalMismatch rule = new RowPartsTotalMismatch();
        List<CrossedTotals.Break> breaks = new ArrayList<>();
        for (Column total : table.columns()) {
            List<Column> parts = parts(table, total);
            if (parts.size() < 2) {
                continue;
            }
            RowRelation relation = new RowRelation();
            Map<Integer, CrossedTotals.Break> byRow = new TreeMap<>();
            for (Row row : table.rows()) {
                rule.check(table, row, parts, total, relation, byRow);
            }
            // the relation's findings carry its support; a relation that is not the table's has none
            for (Finding f : relation.findings()) {
                CrossedTotals.Break b = byRow.get(f.row());
                breaks.add(new CrossedTotals.Break(b.row(), b.column(), b.difference(), b.across(), f));
            }
        }
        return breaks;
    }

    /** The siblings left of a total column under the same parent header. */
    static List<Column> parts(Table table, Column total) {
        List<Column> parts = new ArrayList<>();
        if (total.depth() == 1 && total.has(Term.TOTAL_NAMED)) {
            List<Column> group = groupBefore(table, total); // KOMPONEN › ... then "TOTAL NILAI"
            return group.size() >= 2 ? group : pairFromNumbers(table, total);
        }
        if (total.depth() == 0 || !total.has(Term.WHOLE)) {
            return parts;
        }
        List<String> parent = total.parent();
        for (int c = total.index() - 1; c >= 0; c--) {
            Column col = table.columns().get(c);
            if (col.depth() != total.depth() || !col.parent().equals(parent) || col.has(Term.WHOLE) || col.sameLeaf(total)) {
                break;
            }
            parts.add(0, col);
        }
        boolean sexes = parts.size() == 2 && parts.get(0).has(Term.MALE) && parts.get(1).has(Term.FEMALE);
        if (parent.isEmpty() && !sexes || parts.size() < 2) {
            return pairFromNumbers(table, total);
        }
        return parts;
    }

    /**
     * A total column whose header names no parts ("Mudik | Balik | Kapal | Kapasitas | Penumpang › Total"):
     * the two columns on its left whose sum it is on nearly every row, when exactly one pair is so —
     * at least three rows and three in four of the rows it can be tested on. Two columns that add up
     * to a third on so many rows by chance are not met in reports; fewer rows say nothing.
     */
    private static List<Column> pairFromNumbers(Table table, Column total) {
        List<Column> left = table.columns().subList(0, total.index()).stream()
                .filter(c -> !TableShape.isKeyColumn(c) && !c.has(Term.PERCENT) && !c.has(Term.WHOLE)).toList();
        List<Column> best = List.of();
        int bestHeld = 0;
        boolean tie = false;
        for (int i = 0; i < left.size(); i++) {
            for (int j = i + 1; j < left.size(); j++) {
                int held = 0;
                int tested = 0;
                for (Row r : table.dataRows()) {
                    CellValue a = r.get(left.get(i).index());
                    CellValue b = r.get(left.get(j).index());
                    CellValue t = r.get(total.index());
                    if (r.total() || !a.isNumber() || !b.isNumber() || !t.isNumber() || a.percent() || b.percent()) {
                        continue;
                    }
                    tested++;
                    held += a.number().add(b.number()).compareTo(t.number()) == 0 ? 1 : 0;
                }
                if (held >= 3 && held * 4 >= tested * 3) {
                    if (held > bestHeld) {
                        best = List.of(left.get(i), left.get(j));
                        bestHeld = held;
                        tie = false;
                    } else if (held == bestHeld) {
                        tie = true; // two pairs fit alike: which one the total is of, the numbers do not say
                    }
                }
            }
        }
        return tie ? List.of() : best;
    }

    /** The columns just before {@code total} that share one merged parent header. */
    private static List<Column> groupBefore(Table table, Column total) {
        List<Column> parts = new ArrayList<>();
        String parent = null;
        for (int c = total.index() - 1; c >= 0; c--) {
            Column col = table.columns().get(c);
            if (col.depth() < 2 || parent != null && !parent.equals(col.top())) {
                break;
            }
            parent = col.top();
            parts.add(0, col);
        }
        return parts;
    }

    /** Tests one row: it holds, breaks (with its finding) or cannot be tested (nothing recorded). */
    private void check(Table table, Row row, List<Column> parts, Column total, RowRelation relation,
                       Map<Integer, CrossedTotals.Break> byRow) {
        CellValue printed = row.get(total.index());
        if (!printed.isNumber()) {
            return;
        }
        List<CellValue> values = new ArrayList<>();
        BigDecimal sum = BigDecimal.ZERO;
        StringBuilder expr = new StringBuilder();
        int numbers = 0;
        for (Column c : parts) {
            CellValue v = row.get(c.index());
            if (v.kind() == ValueKind.EMPTY) {
                continue;
            }
            if (!v.isNumeric()) {
                return;
            }
            numbers += v.isNumber() ? 1 : 0;
            values.add(v);
            sum = sum.add(v.numberOrZero());
            expr.append(expr.length() > 0 ? " + " : "").append(v.printed());
        }
        boolean exact = !TableShape.isScaledAmount(total); // Rp.000: every figure rounded to a thousand
        if (numbers == 0) {
            return;
        }
        if (Rounding.holds(r -> Interval.sum(values.stream().map(v -> Rounding.of(v, exact, r)).toList())
                .intersects(Rounding.of(printed, exact, r)))) {
            relation.holds(row);
            return;
        }
        String expected = Rounding.format(sum, printed.decimals());
        Finding finding = Evidence.from(Evidence.at(this, table, row, total, printed.printed(), expected,
                expr + " = " + expected + ", tertulis " + printed.printed() + " pada kolom '" + total.label() + "'"),
                List.of(row), parts);
        relation.breaks(row, finding);
        byRow.put(row.number(), new CrossedTotals.Break(row, total, printed.number().subtract(sum),
                parts.stream().map(Column::index).collect(Collectors.toSet()), finding));
    }
}
