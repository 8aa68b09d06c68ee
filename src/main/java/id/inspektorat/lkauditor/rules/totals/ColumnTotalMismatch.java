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
import id.inspektorat.lkauditor.rules.RuleInfo;
import id.inspektorat.lkauditor.rules.Rounding;
import id.inspektorat.lkauditor.vocabulary.Severity;
import id.inspektorat.lkauditor.rules.TableRule;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import id.inspektorat.lkauditor.settings.RulesSettings;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * A {@code JUMLAH}/{@code TOTAL} row whose figure is not the sum of the rows above it. Rows that
 * form levels are summed at the top level only: "- Belanja Pegawai" under "1. Belanja Operasi",
 * and a listing of parents and children together (whose sum is twice the total) is consistent.
 * In a table with bold levels the closing total is held against the top-level (bold) rows; tables
 * with named subtotals ("TOTAL PROGRAM ...") are left to the budget hierarchy rule, which knows which
 * row is whose parent. A column whose total lies among its parts
 * (an average) is not summed, and rows far from their total (a quarter off) are not taken for all
 * of its parts.
 */
@Component
@RuleInfo(id = "LK-TOT-01", severity = Severity.ERROR, summary = "Baris JUMLAH tidak sama dengan penjumlahan baris di atasnya")
public final class ColumnTotalMismatch implements TableRule {

    private static final BigDecimal TWO = BigDecimal.valueOf(2);

    /** Which totals rules run: a cell that breaks a row's whole and a column total is reported by one. */
    private final CrossedTotals.Running running;

    public ColumnTotalMismatch() {
        this.running = CrossedTotals.Running.ALL;
    }

    @Autowired
    public ColumnTotalMismatch(RulesSettings settings) {
        this.running = CrossedTotals.Running.of(settings);
    }

    @Override
    public List<Finding> check(Table table) {
        List<CrossedTotals.Break> breaks = breaks(table);
        List<CrossedTotals.Crossing> crossings = breaks.isEmpty() ? List.of()
                : CrossedTotals.of(table, breaks, RowPartsTotalMismatch.breaks(table));
        return CrossedTotals.findings(CrossedTotals.COLUMN_TOTAL, breaks, crossings, running);
    }

    /** Every column total that is not the sum of its rows, with what was summed. */
    static List<CrossedTotals.Break> breaks(Table table) {
        return new ColumnTotalMismatch().totals(table);
    }

    private List<CrossedTotals.Break> totals(Table table) {
        List<CrossedTotals.Break> findings = new ArrayList<>();
        if (table.rows().stream().anyMatch(TableShape::isNamedTotal)) {
            return findings;
        }
        if (TableShape.hasLevels(table)) {
            return topLevelTotal(table);
        }
        List<Row> rows = table.rows();
        int start = 0;
        for (int i = 0; i < rows.size(); i++) {
            if (!rows.get(i).total()) {
                continue;
            }
            List<Row> parts = rows.subList(start, i);
            start = i + 1;
            if (parts.size() < 2) {
                continue;
            }
            Row total = rows.get(i);
            Tally tally = new Tally();
            List<CrossedTotals.Break> row = new ArrayList<>();
            for (Column column : table.columns()) {
                check(table, column, parts, total, tally).ifPresent(row::add);
            }
            findings.addAll(tally.supported(row));
        }
        return findings;
    }

    /**
     * A table of levels (programs in bold over their kegiatan): its closing total is the sum of the
     * top-level rows alone; the levels within are the hierarchy rule's.
     */
    private List<CrossedTotals.Break> topLevelTotal(Table table) {
        List<Row> rows = table.rows();
        int last = rows.size() - 1;
        if (last < 0 || !rows.get(last).total()) {
            return List.of();
        }
        // bold rows with an amount: a bold line that goes on with a program's second indicator is none
        List<Row> top = rows.subList(0, last).stream().filter(r -> r.bold() && !r.total()
                && r.values().stream().anyMatch(ColumnTotalMismatch::isAmount)).toList();
        if (top.size() < 2) {
            return List.of();
        }
        List<CrossedTotals.Break> findings = new ArrayList<>();
        Tally tally = new Tally();
        for (Column column : table.columns()) {
            if (top.stream().anyMatch(r -> r.get(column.index()).kind() == ValueKind.EMPTY)) {
                continue; // a program that prints its figure only in its kegiatan: the top level is incomplete
            }
            check(table, column, top, rows.get(last), tally).ifPresent(findings::add);
        }
        return tally.supported(findings);
    }

    private static boolean isAmount(CellValue v) {
        return v.isNumber() && !v.percent() && v.number().abs().compareTo(BigDecimal.valueOf(1000)) >= 0;
    }

    /**
     * How many columns of one total row could be summed, and in how many the total held: what supports
     * reading the row as the total of the rows above ("cocok pada 4 dari 5 kolom").
     */
    private static final class Tally {
        private int tested;
        private int held;

        void held() {
            tested++;
            held++;
        }

        void broken() {
            tested++;
        }

        /** The row's breaks, each saying in how many of the row's testable columns the total held. */
        List<CrossedTotals.Break> supported(List<CrossedTotals.Break> breaks) {
            if (tested < 2) {
                return breaks;
            }
            String support = " (baris jumlah ini cocok pada " + held + " dari " + tested + " kolom yang dapat diuji)";
            return breaks.stream().map(b -> new CrossedTotals.Break(b.row(), b.column(), b.difference(), b.across(),
                    b.finding().withMessage(b.finding().message() + support))).toList();
        }
    }

    private Optional<CrossedTotals.Break> check(Table table, Column column, List<Row> parts, Row total, Tally tally) {
        CellValue printed = total.get(column.index());
        if (!printed.isNumber() || TableShape.isKeyColumn(column) || printed.percent()
                || column.hasAny(Term.PERCENT, Term.SHARE, Term.PERSENTASE)) {
            return Optional.empty(); // shares are checked by the percentage rule
        }
        Sum all = sum(column, parts);
        if (all == null || all.numbers < 2) {
            return Optional.empty();
        }
        // twice the total: parents and their children are both listed
        // a whole total under parts with decimals is their sum rounded, not exact
        boolean exact = all.decimals == 0;
        if (Rounding.holds(r -> all.interval(r).intersects(Rounding.of(printed, exact, r))
                || all.interval(r).intersects(Rounding.of(printed, exact, r).times(TWO)))) {
            tally.held();
            return Optional.empty();
        }
        Sum reported = all;
        List<Row> summed = parts;
        List<Row> top = parts.stream().filter(r -> !TableShape.isChildRow(r)).toList();
        if (top.size() < parts.size()) {
            Sum topSum = sum(column, top);
            if (topSum != null && Rounding.holds(r -> topSum.interval(r).intersects(Rounding.of(printed, true, r)))) {
                tally.held();
                return Optional.empty();
            }
            reported = topSum != null ? topSum : all;
            summed = topSum != null ? top : parts;
        }
        if (!additive(printed, summed, column) || !near(reported.value, printed.number()) || TableShape.startsMidList(parts)) {
            return Optional.empty();
        }
        tally.broken();
        int decimals = Math.max(printed.decimals(), reported.decimals);
        String expectedText = Rounding.format(reported.value, decimals);
        String message = "Jumlah kolom '" + column.label() + "' dari " + reported.rows + " baris di atasnya = "
                + expectedText + ", tertulis " + printed.printed() + " (selisih "
                + Rounding.format(printed.number().subtract(reported.value), decimals) + ")";
        Finding finding = Evidence.from(Evidence.at(this, table, total, column, printed.printed(), expectedText, message),
                summed, column);
        return Optional.of(new CrossedTotals.Break(total, column, printed.number().subtract(reported.value),
                summed.stream().map(Row::number).collect(Collectors.toSet()), finding));
    }

    /**
     * A total of positive parts exceeds each part; one that lies between the smallest and the largest
     * and near their mean (97,03 over 98,52 / 96,10 / …) is an average or a ratio, and the column is
     * not summed. A figure below the largest part but far from the mean is a total gone wrong.
     */
    private static boolean additive(CellValue printed, List<Row> parts, Column column) {
        BigDecimal min = null;
        BigDecimal max = null;
        BigDecimal sum = BigDecimal.ZERO;
        int n = 0;
        for (Row r : parts) {
            CellValue v = r.get(column.index());
            if (v.isNumber()) {
                if (v.number().signum() <= 0) {
                    return true;
                }
                min = min == null || v.number().compareTo(min) < 0 ? v.number() : min;
                max = max == null || v.number().compareTo(max) > 0 ? v.number() : max;
                sum = sum.add(v.number());
                n++;
            }
        }
        if (min == null || printed.number().compareTo(min) < 0 || printed.number().compareTo(max) > 0) {
            return true;
        }
        BigDecimal mean = sum.divide(BigDecimal.valueOf(n), MathContext.DECIMAL64);
        return printed.number().subtract(mean).abs().compareTo(mean.multiply(new BigDecimal("0.25"))) > 0;
    }

    /**
     * Rows that add up to a quarter less or more than the total are not all of its parts (a table
     * continued from another page, levels mixed): the tool cannot say which rows are, and stays silent.
     */
    private static boolean near(BigDecimal sum, BigDecimal total) {
        if (total.signum() == 0) {
            return sum.abs().compareTo(BigDecimal.ONE) <= 0;
        }
        BigDecimal ratio = sum.divide(total, MathContext.DECIMAL64);
        return ratio.compareTo(new BigDecimal("0.75")) >= 0 && ratio.compareTo(new BigDecimal("1.25")) <= 0;
    }

    private record Sum(List<CellValue> values, BigDecimal value, int numbers, int rows, int decimals) {
        Interval interval(Rounding.Reading reading) {
            return Interval.sum(values.stream().map(v -> Rounding.of(v, true, reading)).toList());
        }
    }

    /** The sum of a column over rows, or null when a part is text (the column is not additive). */
    private static Sum sum(Column column, List<Row> rows) {
        List<CellValue> values = new ArrayList<>();
        BigDecimal value = BigDecimal.ZERO;
        int numbers = 0;
        int decimals = 0;
        for (Row r : rows) {
            CellValue v = r.get(column.index());
            if (v.kind() == ValueKind.EMPTY) {
                continue;
            }
            if (!v.isNumeric()) {
                return null;
            }
            if (v.isNumber()) {
                numbers++;
                decimals = Math.max(decimals, v.decimals());
            }
            values.add(v);
            value = value.add(v.numberOrZero());
        }
        return new Sum(values, value, numbers, rows.size(), decimals);
    }
}
