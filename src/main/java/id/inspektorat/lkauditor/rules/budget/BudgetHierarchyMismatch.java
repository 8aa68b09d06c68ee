package id.inspektorat.lkauditor.rules.budget;

import id.inspektorat.lkauditor.normalization.CellValue;
import id.inspektorat.lkauditor.normalization.Column;
import id.inspektorat.lkauditor.normalization.Row;
import id.inspektorat.lkauditor.normalization.Table;
import id.inspektorat.lkauditor.rules.Evidence;
import id.inspektorat.lkauditor.rules.Finding;
import id.inspektorat.lkauditor.rules.Rounding;
import id.inspektorat.lkauditor.rules.RuleInfo;
import id.inspektorat.lkauditor.rules.TableRule;
import id.inspektorat.lkauditor.understanding.TableShape;
import id.inspektorat.lkauditor.vocabulary.Severity;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * A program or kegiatan whose amount is not the sum of the rows under it. Levels come from the
 * table itself: rows marked as children ("- Belanja Pegawai" under "1. Belanja Operasi"), or bold
 * parent rows over plain sub-kegiatan rows. Bold marking in real reports is loose (a kegiatan
 * printed plain, a sub-kegiatan bold), so under bold levels a parent is accepted when any first
 * run of its rows adds up to it, and reported only when the closest run is near it (within a
 * quarter): a run far off is not its children at all. Where most rows start with an outline code
 * (2419 › 2419.ABF › 2419.ABF.002), the codes say who is whose parent. A block still open where a
 * table ends that may go on on the next page (it was not joined with the table there), or that ends
 * a table whose levels are inferred, is not checked: its rincian may continue there. Where neither
 * codes, markers nor bold type mark the levels, labels indented in steps do (a kegiatan set further
 * right than its program): the rows under a parent are those set further right, its rincian the
 * shallowest of them. Levels inferred from codes, bold type or indentation must be confirmed by the
 * table's own numbers: when fewer blocks add up than do not, the levels are not what the tool took
 * them for, and it stays silent.
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
        boolean codes = coded(rows);
        boolean markers = !codes && rows.stream().anyMatch(TableShape::isChildRow);
        boolean bold = TableShape.hasLevels(table);
        // indentation is the levels' only mark when no code, marker or bold type marks them
        boolean indented = !codes && !markers && !bold && TableShape.hasIndentLevels(table);
        int holds = 0;
        for (int i = 0; i < rows.size(); i++) {
            Row parent = rows.get(i);
            List<Row> children = new ArrayList<>();
            boolean strict;
            int end;
            if (codes) {
                end = descendants(rows, i);
                children = directChildren(rows.subList(i + 1, end), parent);
                strict = true;
            } else if (markers && !TableShape.isChildRow(parent)) {
                int j = i + 1;
                for (; j < rows.size() && TableShape.isChildRow(rows.get(j)); j++) {
                    children.add(rows.get(j));
                }
                end = j;
                strict = true;
            } else if (indented) {
                end = deeper(rows, i);
                int depth = rows.subList(i + 1, end).stream().mapToInt(Row::indentLevel).min().orElse(0);
                children = rows.subList(i + 1, end).stream().filter(r -> r.indentLevel() == depth).toList();
                strict = true;
            } else if (!markers && bold && parent.bold()) {
                int j = i + 1;
                for (; j < rows.size() && !rows.get(j).bold(); j++) {
                    children.add(rows.get(j));
                }
                end = j;
                strict = false;
            } else {
                continue;
            }
            if (children.isEmpty() || !strict && children.size() < 2) {
                continue;
            }
            // a block the table ends in may go on beyond it: on a page it was not joined with, or, where
            // the levels are only inferred, in a fragment of a page the grid cut up
            boolean open = end >= rows.size() && !closedByTotal(table) && table.mayContinue();
            for (Column c : amounts) {
                Result r = check(table, parent, children, c, strict, codes || indented);
                if (r.tested() && r.finding() == null) {
                    holds++;
                } else if (r.tested() && !open) {
                    findings.add(r.finding());
                }
            }
        }
        // levels read from codes or bold type are a guess the numbers must confirm: most blocks add up
        if (!markers && (holds == 0 || holds < findings.size())) {
            return List.of();
        }
        int tested = holds + findings.size();
        if (tested < 2) {
            return findings;
        }
        String support = " (jumlah rincian sama dengan induknya pada " + holds + " dari " + tested
                + " induk yang dapat diuji)";
        return findings.stream().map(f -> f.withMessage(f.message() + support)).toList();
    }

    /** A parent tested against its rincian: held, or the finding; not tested when they cannot be summed. */
    private record Result(boolean tested, Finding finding) {
        static final Result NOT_TESTED = new Result(false, null);
        static final Result HOLDS = new Result(true, null);
    }

    /** Most rows start with an outline code (2419, 2419.ABF, 2419.ABF.002): the codes are the levels. */
    private static boolean coded(List<Row> rows) {
        long coded = rows.stream().filter(r -> !TableShape.code(r).isEmpty()).count();
        return rows.size() >= 3 && coded * 10 >= rows.size() * 6
                && rows.stream().map(r -> TableShape.code(r).size()).filter(n -> n > 0).distinct().count() > 1;
    }

    /** The end (exclusive) of the rows under row {@code i} by code: up to the next row not under it. */
    private static int descendants(List<Row> rows, int i) {
        Row parent = rows.get(i);
        if (TableShape.code(parent).isEmpty()) {
            return i + 1;
        }
        int j = i + 1;
        while (j < rows.size() && (TableShape.code(rows.get(j)).isEmpty() || TableShape.isAncestor(parent, rows.get(j)))) {
            j++;
        }
        return j;
    }

    /** The end (exclusive) of the rows under row {@code i} by indentation: up to the next row set no further right. */
    private static int deeper(List<Row> rows, int i) {
        int level = rows.get(i).indentLevel();
        int j = i + 1;
        while (j < rows.size() && rows.get(j).indentLevel() > level) {
            j++;
        }
        return j;
    }

    /** The shallowest coded rows among the descendants: the parent's own rincian, not theirs. */
    private static List<Row> directChildren(List<Row> under, Row parent) {
        int depth = under.stream().map(r -> TableShape.code(r).size()).filter(n -> n > 0).min(Integer::compare).orElse(0);
        return under.stream().filter(r -> TableShape.code(r).size() == depth && TableShape.isAncestor(parent, r)).toList();
    }

    private static boolean closedByTotal(Table table) {
        return !table.rows().isEmpty() && table.rows().get(table.rows().size() - 1).total();
    }

    private Result check(Table table, Row parent, List<Row> children, Column column, boolean strict, boolean near) {
        CellValue p = parent.get(column.index());
        if (!p.isNumber() || p.number().signum() <= 0) {
            return Result.NOT_TESTED;
        }
        // amounts in thousands are rounded: each rincian and the parent may be half a unit off
        BigDecimal slack = TableShape.isScaledAmount(column)
                ? BigDecimal.valueOf(children.size() + 1).divide(BigDecimal.valueOf(2)) : BigDecimal.ZERO;
        BigDecimal sum = BigDecimal.ZERO;
        BigDecimal closest = null;
        int closestCount = 0;
        int count = 0;
        for (Row child : children) {
            CellValue v = child.get(column.index());
            if (v.isNumeric()) {
                sum = sum.add(v.numberOrZero());
            } else if (!v.printed().isBlank()) {
                return Result.NOT_TESTED; // text or a malformed figure among the children
            }
            count++;
            if (sum.subtract(p.number()).abs().compareTo(slack) <= 0) {
                return Result.HOLDS;
            }
            if (closest == null || sum.subtract(p.number()).abs().compareTo(closest.subtract(p.number()).abs()) < 0) {
                closest = sum;
                closestCount = count;
            }
        }
        BigDecimal expected = strict ? sum : closest;
        int rows = strict ? children.size() : closestCount;
        if (expected == null || expected.signum() == 0) {
            return Result.NOT_TESTED;
        }
        BigDecimal ratio = expected.divide(p.number(), MathContext.DECIMAL64);
        boolean far = ratio.compareTo(NEAR_LOW) < 0 || ratio.compareTo(NEAR_HIGH) > 0;
        if (!strict && (rows < 2 || far) || near && far) {
            return Result.NOT_TESTED; // rincian a quarter off are not all of them (a fragment of the table)
        }
        String e = Rounding.format(expected, 0);
        return new Result(true, Evidence.from(Evidence.at(this, table, parent, column, p.printed(), e,
                "Jumlah " + rows + " rincian di bawah '" + parent.label() + "' pada kolom '" + column.label() + "' = "
                        + e + ", tertulis " + p.printed() + " (selisih " + Rounding.format(p.number().subtract(expected), 0) + ")"),
                children.subList(0, rows), column));
    }
}
