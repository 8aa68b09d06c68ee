package id.inspektorat.lkauditor.understanding;

import id.inspektorat.lkauditor.normalization.CellValue;
import id.inspektorat.lkauditor.normalization.Column;
import id.inspektorat.lkauditor.normalization.Row;
import id.inspektorat.lkauditor.normalization.Table;
import id.inspektorat.lkauditor.vocabulary.Term;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Facts about a table's shape that several rules need. */
public final class TableShape {

    private static final Pattern CODE_SEPARATOR = Pattern.compile("[.\\s]+");
    private static final Pattern SPACE_COLON_DOT = Pattern.compile("[\\s:.]");
    private static final Pattern TRAILING_DOT = Pattern.compile("\\.$");
    private static final Pattern UP_TO_FOUR_DIGITS = Pattern.compile("\\d{1,4}");

    private TableShape() {
    }

    /** Bold and plain data rows mixed: the rows form levels (program › kegiatan › sub-kegiatan). */
    public static boolean hasLevels(Table table) {
        List<Row> data = table.dataRows();
        long bold = data.stream().filter(Row::bold).count();
        return bold > 0 && bold < data.size() && data.size() >= 3;
    }

    /**
     * The labels are indented in steps (a kegiatan set further right than its program, with no bold,
     * code or marker to tell them apart): every data row has its indentation level, and there are two
     * levels or three.
     */
    public static boolean hasIndentLevels(Table table) {
        List<Row> data = table.dataRows();
        return data.size() >= 3 && data.stream().allMatch(r -> r.indentLevel() > 0)
                && data.stream().anyMatch(r -> r.indentLevel() > 1);
    }

    /** Row numbers, codes and years are labels, not quantities. */
    public static boolean isKeyColumn(Column column) {
        return column.has(Term.KEY) || column.index() == 0 && !column.worded();
    }

    private static final Pattern CHILD = Pattern.compile("^(?:'?[-–•·*]|[a-z][.)])\\s*.*");
    private static final Pattern PLAIN_TOTAL =
            Pattern.compile("(SUB)?(JUMLAH|TOTAL|JML)(KESELURUHAN|SELURUHNYA)?");

    /**
     * The outline code a row's label starts with, as segments: {@code 2419.ABF.002} → [2419, ABF, 002],
     * {@code 7 01 02 2.02} → [7, 01, 02, 2, 02], {@code 1.03.10.2.01} → [1, 03, 10, 2, 01]; empty
     * when the label starts with no code. The first segment holds a digit; a segment is at most five
     * digits or capitals.
     */
    public static List<String> code(Row row) {
        String label = row.label();
        // "1. / 7.01.1 Program …": the row's number in its own column, then the outline code of its label
        Matcher numbered = NUMBERED.matcher(label);
        if (numbered.lookingAt() && CODE.matcher(label.substring(numbered.end())).lookingAt()) {
            label = label.substring(numbered.end());
        }
        Matcher m = CODE.matcher(label);
        if (!m.lookingAt()) {
            return List.of();
        }
        return List.of(CODE_SEPARATOR.split(m.group(1)));
    }

    /** {@code parent}'s code is a proper prefix of {@code child}'s: 2419 over 2419.ABF. */
    public static boolean isAncestor(Row parent, Row child) {
        return isAncestor(code(parent), code(child));
    }

    /** The same on codes already read by {@link #code}: for a rule comparing every pair of rows. */
    public static boolean isAncestor(List<String> parent, List<String> child) {
        return !parent.isEmpty() && child.size() > parent.size() && child.subList(0, parent.size()).equals(parent);
    }

    private static final Pattern NUMBERED = Pattern.compile("\\d{1,3}\\.? / ");
    private static final Pattern CODE =
            Pattern.compile("(\\d[0-9A-Z]{0,4}(?:\\.[0-9A-Z]{1,5}|\\s\\d{1,5})*)\\.?(?=\\s|$|/)");

    /**
     * The rows are numbered (1, 2, 3 … in their first cell) and the first of them is not 1 or 2: the
     * list began before this table (on an earlier page it was not joined with), so these rows are not
     * all of what a total below them adds up.
     */
    public static boolean startsMidList(List<Row> rows) {
        int numbered = 0;
        Integer first = null;
        for (Row r : rows) {
            CellValue v = r.get(0);
            String t = TRAILING_DOT.matcher(v.printed().trim()).replaceAll("");
            if (UP_TO_FOUR_DIGITS.matcher(t).matches()) {
                numbered++;
                first = first == null ? Integer.valueOf(t) : first;
            }
        }
        return first != null && first > 2 && numbered * 2 >= rows.size();
    }

    /** A row marked as a child by its label: "- Belanja Pegawai", "a. ...", "• ...". */
    public static boolean isChildRow(Row row) {
        String label = row.label().trim();
        return CHILD.matcher(label).matches();
    }

    /** A total row that names what it totals ("TOTAL PROGRAM ..."): the table nests subtotals. */
    public static boolean isNamedTotal(Row row) {
        String label = SPACE_COLON_DOT.matcher(row.label()).replaceAll("").toUpperCase(Locale.ROOT);
        return row.total() && !PLAIN_TOTAL.matcher(label).matches();
    }


    /** Columns of money amounts: most figures whole and at least 1.000. */
    public static boolean isAmountColumn(Table table, Column column) {
        if (isKeyColumn(column)) {
            return false;
        }
        int amounts = 0;
        int numbers = 0;
        for (Row r : table.rows()) {
            CellValue v = r.get(column.index());
            if (v.isNumber() && !v.percent()) {
                numbers++;
                if (v.number().stripTrailingZeros().scale() <= 0 && v.number().abs().compareTo(BigDecimal.valueOf(1000)) >= 0) {
                    amounts++;
                }
            }
        }
        return numbers >= 2 && amounts * 2 > numbers;
    }

    /**
     * Amounts printed in thousands or millions ("REALISASI (Rp.000)", "Rp (juta)", "dalam ribuan"):
     * whole figures there are rounded, not exact, and sums of them may miss by the rounding.
     */
    public static boolean isScaledAmount(Column column) {
        return column.has(Term.SCALED);
    }
}
