package id.inspektorat.lkauditor.rules.totals;

import id.inspektorat.lkauditor.extraction.Box;
import id.inspektorat.lkauditor.normalization.CellValue;
import id.inspektorat.lkauditor.normalization.Column;
import id.inspektorat.lkauditor.normalization.Row;
import id.inspektorat.lkauditor.normalization.Table;
import id.inspektorat.lkauditor.rules.Finding;
import id.inspektorat.lkauditor.rules.Rounding;
import id.inspektorat.lkauditor.settings.RuleSwitch;
import id.inspektorat.lkauditor.settings.RulesSettings;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One wrong cell breaks two sums: its row's whole (LK-TOT-02) and its column's JUMLAH row (LK-TOT-01).
 * Where a broken row and a broken column cross at one printed figure, and correcting that figure
 * alone mends both, that figure is the error and is reported once, with both recomputations, by the
 * rule whose figure it is: a JUMLAH-row cell by LK-TOT-01, a row's whole by LK-TOT-02, a part inside
 * both sums by LK-TOT-03. The other rule leaves its break to that one — unless that one is switched off.
 */
final class CrossedTotals {

    static final String COLUMN_TOTAL = "LK-TOT-01";
    static final String ROW_WHOLE = "LK-TOT-02";
    static final String PART = "LK-TOT-03";

    /**
     * A relation broken at {@code row} × {@code column}, printed − recomputed = {@code difference};
     * {@code across} are the row numbers summed (a column total) or the part columns' indices (a row).
     */
    record Break(Row row, Column column, BigDecimal difference, Set<Integer> across, Finding finding) {
    }

    /** A column break and a row break that one cell explains, and that cell's corrected figure. */
    record Crossing(Break column, Break row, Row cellRow, Column cellColumn, CellValue printed, BigDecimal corrected) {

        /** The rule whose figure the wrong cell is. */
        String owner() {
            if (cellRow.number() == column.row().number()) {
                return COLUMN_TOTAL;
            }
            return cellColumn.index() == row.column().index() ? ROW_WHOLE : PART;
        }
    }

    /** Which of the three rules run: a crossing is left to its owner only when the owner runs. */
    record Running(Set<String> rules) {

        static final Running ALL = new Running(Set.of(COLUMN_TOTAL, ROW_WHOLE, PART));

        static Running of(RulesSettings settings) {
            Set<String> on = new HashSet<>();
            for (String id : ALL.rules()) {
                if (settings.rule(id).map(RuleSwitch::enabled).orElse(true)) {
                    on.add(id);
                }
            }
            return new Running(Set.copyOf(on));
        }
    }

    private CrossedTotals() {
    }

    static List<Crossing> of(Table table) {
        List<Break> columns = ColumnTotalMismatch.breaks(table);
        // most tables have no broken total: the rows are then not worth summing twice
        return columns.isEmpty() ? List.of() : of(table, columns, RowPartsTotalMismatch.breaks(table));
    }

    /**
     * The pairs that cross at a printed figure whose one correction mends both; a break that could
     * pair with two others is ambiguous and stays as it was.
     */
    static List<Crossing> of(Table table, List<Break> columnBreaks, List<Break> rowBreaks) {
        List<Crossing> candidates = new ArrayList<>();
        Map<Break, Integer> uses = new IdentityHashMap<>();
        for (Break c : columnBreaks) {
            for (Break r : rowBreaks) {
                Row cellRow = r.row();
                Column cellColumn = c.column();
                boolean sameRow = cellRow.number() == c.row().number();
                boolean sameColumn = cellColumn.index() == r.column().index();
                if (!(sameRow || c.across().contains(cellRow.number()))
                        || !(sameColumn || r.across().contains(cellColumn.index()))) {
                    continue;
                }
                CellValue printed = cellRow.get(cellColumn.index());
                if (!printed.isNumber()) {
                    continue;
                }
                // the figure as its row would have it, and as its column would
                BigDecimal byRow = sameColumn ? printed.number().subtract(r.difference()) : printed.number().add(r.difference());
                BigDecimal byColumn = sameRow ? printed.number().subtract(c.difference()) : printed.number().add(c.difference());
                if (byRow.compareTo(byColumn) != 0) {
                    continue;
                }
                candidates.add(new Crossing(c, r, cellRow, cellColumn, printed, byRow));
                uses.merge(c, 1, Integer::sum);
                uses.merge(r, 1, Integer::sum);
            }
        }
        return candidates.stream().filter(x -> uses.get(x.column()) == 1 && uses.get(x.row()) == 1).toList();
    }

    /**
     * A totals rule's findings: a break no crossing explains as it is; one whose crossing is this
     * rule's, with the other sum's recomputation added; one whose crossing a running rule owns, none.
     */
    static List<Finding> findings(String rule, List<Break> own, List<Crossing> crossings, Running running) {
        List<Finding> out = new ArrayList<>();
        for (Break b : own) {
            Crossing x = crossings.stream().filter(c -> c.column() == b || c.row() == b).findFirst().orElse(null);
            if (x == null || !running.rules().contains(x.owner())) {
                out.add(b.finding());
            } else if (x.owner().equals(rule)) {
                out.add(merged(x, b));
            }
        }
        return out;
    }

    /** The owner's finding, with the other sum the same figure broke and the cells it was recomputed from. */
    private static Finding merged(Crossing x, Break mine) {
        Break other = mine == x.column() ? x.row() : x.column();
        String which = other == x.row() ? "Jumlah barisnya" : "Jumlah kolomnya";
        String corrected = Rounding.format(x.corrected(), x.printed().decimals());
        return mine.finding().withMessage(mine.finding().message() + ". " + which + " juga tidak cocok karena angka ini: "
                + other.finding().message() + "; bila angka ini " + corrected + ", keduanya cocok").withSources(cells(other.finding()));
    }

    /** The cell a finding points at and the cells it was recomputed from. */
    static List<Box> cells(Finding f) {
        List<Box> boxes = new ArrayList<>();
        if (f.geometry() != null) {
            if (f.geometry().cell() != null) {
                boxes.add(f.geometry().cell());
            }
            boxes.addAll(f.geometry().sources());
        }
        return boxes;
    }
}
