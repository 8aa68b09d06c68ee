package id.inspektorat.lkauditor.normalization;

import id.inspektorat.lkauditor.extraction.Box;
import id.inspektorat.lkauditor.extraction.ExtractedTable;
import id.inspektorat.lkauditor.extraction.TableCell;
import id.inspektorat.lkauditor.extraction.TableRow;
import id.inspektorat.lkauditor.text.Texts;
import id.inspektorat.lkauditor.vocabulary.Vocabulary;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns an extracted table into typed rows under a header model: finds the header rows and the
 * numbering row ({@code (1) (2) (3)}, {@code 1 2 3}, with its formula when printed), flattens merged
 * header cells into column paths, parses every cell, settles ambiguous figures from their column,
 * marks total rows, and classifies the table. Stateless.
 */
public final class TableNormalizer {

    private static final Pattern HAS_LETTER = Pattern.compile(".*\\p{L}.*");
    private static final Pattern LATEX_FRACTION = Pattern.compile("\\\\frac\\s*\\{([^}]*)}\\s*\\{([^}]*)}");
    private static final Pattern NUMBER_DOT = Pattern.compile("\\d{1,3}\\.");
    private static final Pattern ONE_SPACE = Pattern.compile("\\s");
    private static final Pattern PLAIN_TOTAL_WORD = Pattern.compile("(SUB)?(JUMLAH|TOTAL)");
    private static final Pattern SPACE_COLON_DOT = Pattern.compile("[\\s:.]");

    private static final Pattern ONE_OR_TWO_DIGITS = Pattern.compile("\\d{1,2}");

    private static final Pattern FORMULA_LEAD = Pattern.compile("\\$?\\s*(\\d{1,2})\\s*=");

    private static final int MAX_HEADER_ROWS = 5;
    /** Four digits with no separator beside them: "2023", "Target 2023"; not "2.045". */
    private static final Pattern PLAIN_YEAR = Pattern.compile("(?<![\\d.,])\\d{4}(?![\\d.,])");
    private static final Pattern CAPTION_NUMBER =
            Pattern.compile("(?i)^tabel\\s*\\.?\\s*([0-9IVX]+(?:\\s*\\.\\s*\\d+)*)");
    private static final Pattern NUMBERING_CELL = Pattern.compile("\\(?\\s*(\\d{1,2})\\s*\\)?");
    private static final Pattern TOTAL = Pattern.compile("^(JUMLAH|TOTAL|JML|SUB ?TOTAL|GRAND ?TOTAL)\\b.*");

    private final NumberParser parser = new NumberParser();
    private final TableClassifier classifier = new TableClassifier();
    private final Vocabulary vocabulary;

    /** Normalizes with the header words of {@code vocabulary} (see {@code rules/vocabulary.yml}). */
    public TableNormalizer(Vocabulary vocabulary) {
        this.vocabulary = vocabulary;
    }

    public Table normalize(ExtractedTable table) {
        List<TableRow> rows = table.rows().stream().filter(r -> !r.isBlank()).toList();
        int width = table.columnCount();
        List<List<CellValue>> parsed = new ArrayList<>();
        for (TableRow r : rows) {
            List<CellValue> values = new ArrayList<>(width);
            for (int c = 0; c < width; c++) {
                values.add(parser.parse(c < r.cells().size() ? r.cells().get(c).text() : ""));
            }
            parsed.add(values);
        }
        int numbering = numberingRow(rows, parsed);
        int headerRows = numbering >= 0 ? numbering : firstDataRow(parsed);
        int firstData = numbering >= 0 ? numbering + 1 : headerRows;
        List<Column> columns = columns(rows.subList(0, headerRows), numbering >= 0 ? rows.get(numbering) : null, width);
        String formula = numbering >= 0 ? formula(rows.get(numbering)) : "";

        List<Row> data = new ArrayList<>();
        List<TableRow> sources = new ArrayList<>(); // the extracted row of each data row
        List<TableRow> kept = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        boolean multiPage = table.lastPage() > table.firstPage();
        for (int i = firstData; i < rows.size(); i++) {
            TableRow r = rows.get(i);
            if (i > firstData && headerRows > 0 && repeatsHeader(r, rows.subList(0, headerRows))) {
                continue; // a header repeated inside the table (page break Word did not mark)
            }
            if (isNumbering(r, width)) {
                continue; // the numbering row (1) (2) (3) … repeated under a continuation page's header
            }
            if (i > firstData && (numbering >= 0 && sameCells(r, rows.get(numbering))
                    || rows.subList(0, headerRows).stream().anyMatch(h -> sameCells(r, h)))) {
                continue; // a header or numbering row printed again on a continuation page, figures and all (2021 2022 2023)
            }
            if (!kept.isEmpty() && shiftedCopy(kept.get(kept.size() - 1), r)) {
                continue; // the row read a second time, one grid column over (overlapping rulings)
            }
            if (lineOfNeighbour(rows, i, firstData)) {
                continue; // one line of a wrapped cell read as a row of its own
            }
            kept.add(r);
            if (!seen.add(r.joined()) && multiPage && Texts.HAS_DIGIT_ANYWHERE.matcher(r.joined()).matches()) {
                continue; // a row repeated with the header on a new page, word for word
            }
            List<Box> boxes = new ArrayList<>();
            for (int c = 0; c < width; c++) {
                boxes.add(c < r.cells().size() ? r.cells().get(c).box() : null);
            }
            data.add(new Row(data.size() + 1, r.page(), parsed.get(i), isBold(r), isTotal(r), boxes));
            sources.add(r);
        }
        data = settleAmbiguous(data, width);
        data = indentLevels(data, sources);
        String caption = table.caption();
        Map<Integer, Box> regions = new HashMap<>();
        for (TableRow r : rows) {
            for (TableCell c : r.cells()) {
                if (c.box() != null) {
                    regions.merge(r.page(), c.box(), Box::union);
                }
            }
        }
        Map<Integer, Box> repeated = new HashMap<>();
        for (TableRow r : table.repeatedHeaders()) {
            for (TableCell c : r.cells()) {
                if (c.box() != null) {
                    repeated.merge(r.page(), c.box(), Box::union);
                }
            }
        }
        Table normalized = new Table(name(caption, table), caption, TableKind.OTHER, table.firstPage(),
                table.lastPage(), columns, data, formula, regions, table.mayContinue(), repeated,
                vocabulary.caption(caption == null ? "" : caption));
        return normalized.withKind(classifier.classify(normalized));
    }

    /** Each row with its level by indentation, when the label column shows such levels (see {@link IndentLevels}). */
    private static List<Row> indentLevels(List<Row> rows, List<TableRow> sources) {
        boolean[] total = new boolean[rows.size()];
        for (int i = 0; i < rows.size(); i++) {
            total[i] = rows.get(i).total();
        }
        int[] levels = IndentLevels.of(sources, total);
        if (levels == null) {
            return rows;
        }
        List<Row> out = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            out.add(rows.get(i).withIndentLevel(levels[i]));
        }
        return out;
    }

    static String name(String caption, ExtractedTable table) {
        Matcher m = CAPTION_NUMBER.matcher(caption == null ? "" : caption.trim());
        if (m.find()) {
            return "Tabel " + ONE_SPACE.matcher(m.group(1)).replaceAll("");
        }
        return "Tabel tanpa judul ke-" + table.ordinal() + " (hlm " + table.firstPage() + ")";
    }

    private static boolean isBold(TableRow r) {
        if (r.afterRepeatedHeader()) {
            // renderers set the row under a repeated header bold; only an upper-case program name
            // is trusted to be a level there
            String first = r.cells().stream().map(TableCell::text).filter(t -> !t.isBlank()).findFirst().orElse("");
            if (!first.equals(first.toUpperCase(Locale.ROOT))) {
                return false;
            }
        }
        long filled = r.cells().stream().filter(c -> !c.isBlank()).count();
        long bold = r.cells().stream().filter(c -> !c.isBlank() && c.bold()).count();
        return filled > 0 && bold * 2 > filled;
    }

    static boolean isTotal(TableRow r) {
        for (TableCell c : r.cells()) {
            if (!c.isBlank()) {
                String text = NumberParser.clean(c.text()).toUpperCase(Locale.ROOT);
                String squeezed = SPACE_COLON_DOT.matcher(text).replaceAll("");
                // "J u m l a h" is spaced out letter by letter
                return TOTAL.matcher(text).matches() || PLAIN_TOTAL_WORD.matcher(squeezed).matches();
            }
        }
        return false;
    }

    /** (1) (2) (3) ... or 1 2 3 ...: at least two cells, increasing from 1 or 2. */
    private static int numberingRow(List<TableRow> rows, List<List<CellValue>> parsed) {
        for (int i = 1; i < Math.min(rows.size(), MAX_HEADER_ROWS + 1); i++) {
            int last = 0;
            int count = 0;
            boolean ok = true;
            for (TableCell c : rows.get(i).cells()) {
                String t = c.text().trim();
                if (t.isEmpty()) {
                    continue;
                }
                Matcher m = NUMBERING_CELL.matcher(t);
                int n;
                if (m.matches()) {
                    n = Integer.parseInt(m.group(1));
                } else if (t.contains("=")) {
                    Matcher lead = FORMULA_LEAD.matcher(t);
                    n = lead.lookingAt() ? Integer.parseInt(lead.group(1)) : last + 1;
                } else {
                    ok = false;
                    break;
                }
                if (count == 0 ? n > 2 : n < last) {
                    ok = false;
                    break;
                }
                last = n;
                count++;
            }
            if (ok && count >= 2 && count * 2 >= nonEmpty(rows.get(i))) {
                return i;
            }
            if (isDataRow(parsed.get(i))) {
                return -1;
            }
        }
        return -1;
    }

    private static long nonEmpty(TableRow r) {
        return r.cells().stream().filter(c -> !c.isBlank()).count();
    }

    private static int firstDataRow(List<List<CellValue>> parsed) {
        for (int i = 0; i < parsed.size() && i <= MAX_HEADER_ROWS; i++) {
            if (isDataRow(parsed.get(i))) {
                return i;
            }
        }
        return parsed.isEmpty() ? 0 : 1; // a table of text: its first row is the header
    }

    /** A row holding a figure that is not a year heading. */
    private static boolean isDataRow(List<CellValue> values) {
        for (CellValue v : values) {
            switch (v.kind()) {
                case NUMBER -> {
                    // a year is printed as four plain digits; "2.045" with its thousands dot is a count
                    boolean yearHeading = v.decimals() == 0 && !v.percent() && PLAIN_YEAR.matcher(v.printed()).find()
                            && v.number().compareTo(BigDecimal.valueOf(1990)) >= 0
                            && v.number().compareTo(BigDecimal.valueOf(2100)) <= 0;
                    if (!yearHeading) {
                        return true;
                    }
                }
                case MALFORMED, MULTI, DASH -> {
                    return true;
                }
                case TEXT -> {
                    if (NUMBER_DOT.matcher(v.printed()).matches()) {
                        return true; // "1." numbers a data row
                    }
                }
                default -> {
                }
            }
        }
        return false;
    }

    private List<Column> columns(List<TableRow> header, TableRow numbering, int width) {
        String[][] grid = new String[header.size()][width];
        for (int r = 0; r < header.size(); r++) {
            List<TableCell> cells = header.get(r).cells();
            for (int c = 0; c < width; c++) {
                if (grid[r][c] != null) {
                    continue;
                }
                TableCell cell = c < cells.size() ? cells.get(c) : TableCell.EMPTY;
                String text = NumberParser.clean(cell.text());
                grid[r][c] = text;
                for (int k = 1; k < cell.colSpan() && c + k < width; k++) {
                    grid[r][c + k] = text; // a merged header cell heads every column it covers
                }
            }
        }
        List<Column> columns = new ArrayList<>(width);
        for (int c = 0; c < width; c++) {
            List<String> path = new ArrayList<>();
            for (int r = 0; r < header.size(); r++) {
                String t = grid[r][c];
                if (t != null && !t.isEmpty() && (path.isEmpty() || !path.get(path.size() - 1).equals(t))) {
                    path.add(t);
                }
            }
            String number = "";
            if (numbering != null && c < numbering.cells().size()) {
                Matcher m = ONE_OR_TWO_DIGITS.matcher(numbering.cells().get(c).text());
                number = m.find() ? m.group() : "";
            }
            columns.add(Column.read(c, path, number, vocabulary));
        }
        return columns;
    }

    /** The formula of a numbering row, cleaned of typesetting ({@code $9 = \frac{(7)}{(8)} * 100$}). */
    static String formula(TableRow numbering) {
        for (TableCell c : numbering.cells()) {
            if (c.text().contains("=")) {
                String f = Texts.WHITESPACE.matcher(LATEX_FRACTION.matcher(c.text().replace("$", "")).replaceAll("$1/$2")
                        .replace("x", "*").replace("×", "*")).replaceAll("");
                return f;
            }
        }
        return "";
    }

    /** Every printed cell of {@code row} (two at least) is the cell of {@code other} in its column. */
    private static boolean sameCells(TableRow row, TableRow other) {
        int printed = 0;
        for (int c = 0; c < row.cells().size(); c++) {
            String cell = squeeze(row.cells().get(c).text());
            if (cell.isEmpty()) {
                continue;
            }
            printed++;
            if (c >= other.cells().size() || !squeeze(other.cells().get(c).text()).equals(cell)) {
                return false;
            }
        }
        return printed >= 2;
    }

    /**
     * A header repeated on a continuation page: word for word, or cell by cell with most of its
     * worded cells equal to the header's in the same column (a report that retitles "Rencana Tahun
     * (2023)" as "(2022)" on the next page still repeats "Kode", "Program/Kegiatan", "Indikator").
     */
    private static boolean repeatsHeader(TableRow row, List<TableRow> header) {
        String key = squeeze(row.joined());
        if (key.isEmpty()) {
            return false;
        }
        if (!Texts.HAS_DIGIT.matcher(key).matches() && header.stream().anyMatch(h -> squeeze(h.joined()).equals(key))) {
            return true;
        }
        int worded = 0;
        int same = 0;
        for (int c = 0; c < row.cells().size(); c++) {
            String cell = squeeze(row.cells().get(c).text());
            if (cell.isEmpty() || !HAS_LETTER.matcher(cell).matches()) {
                continue;
            }
            worded++;
            final int col = c;
            if (header.stream().anyMatch(h -> col < h.cells().size() && squeeze(h.cells().get(col).text()).equals(cell))) {
                same++;
            }
        }
        return same >= 3 && same * 2 >= worded;
    }

    /**
     * The texts of {@code previous}, in the same order, in other columns: all of them, or its figures
     * and some of its words (the wrapped label and place left out on the second reading).
     */
    static boolean shiftedCopy(TableRow previous, TableRow row) {
        List<String> a = filled(previous);
        List<String> b = filled(row);
        List<String> figuresA = a.stream().filter(t -> Texts.HAS_DIGIT.matcher(t).matches()).toList();
        List<String> figuresB = b.stream().filter(t -> Texts.HAS_DIGIT.matcher(t).matches()).toList();
        if (b.size() < 2 || figuresB.size() < 2 || !figuresA.equals(figuresB) || !subsequence(b, a)) {
            return false;
        }
        for (int c = 0; c < Math.min(previous.cells().size(), row.cells().size()); c++) {
            if (!previous.cells().get(c).text().trim().equals(row.cells().get(c).text().trim())) {
                return true;
            }
        }
        return false;
    }

    private static boolean subsequence(List<String> small, List<String> big) {
        int j = 0;
        for (String t : big) {
            if (j < small.size() && small.get(j).equals(t)) {
                j++;
            }
        }
        return j == small.size();
    }

    private static List<String> filled(TableRow row) {
        return row.cells().stream().map(c -> NumberParser.clean(c.text())).filter(t -> !t.isEmpty()).toList();
    }

    /**
     * A row without figures whose every text is part of a cell of a row nearby ("e-Monitoring SNVT
     * Pelaksana Jaringan Sumber" under "e-Monitoring SNVT Pelaksana Jaringan Sumber Air Citarum"):
     * a line of a wrapped cell that the grid read as a row.
     */
    static boolean lineOfNeighbour(List<TableRow> rows, int i, int firstData) {
        List<String> texts = filled(rows.get(i));
        if (texts.isEmpty() || texts.stream().anyMatch(t -> Texts.HAS_DIGIT.matcher(t).matches())) {
            return false;
        }
        for (String t : texts) {
            boolean inNeighbour = false;
            for (int k = Math.max(firstData, i - 3); k <= Math.min(rows.size() - 1, i + 3) && !inNeighbour; k++) {
                if (k == i) {
                    continue;
                }
                for (String other : filled(rows.get(k))) {
                    if (other.length() > t.length() && other.contains(t)) {
                        inNeighbour = true;
                        break;
                    }
                }
            }
            if (!inNeighbour) {
                return false;
            }
        }
        return true;
    }

    private static String squeeze(String s) {
        return Texts.lettersAndDigits(s).toLowerCase(Locale.ROOT);
    }

    /** 1 2 3 4 … (or (1) (2) (3) …) across at least four cells and half the table: a numbering row. */
    static boolean isNumbering(TableRow row, int width) {
        int expected = -1;
        int count = 0;
        for (TableCell c : row.cells()) {
            String t = c.text().trim();
            if (t.isEmpty()) {
                continue;
            }
            Matcher m = NUMBERING_CELL.matcher(t);
            if (!m.matches()) {
                return false;
            }
            int n = Integer.parseInt(m.group(1));
            if (expected < 0 ? n > 2 : n != expected) {
                return false;
            }
            expected = n + 1;
            count++;
        }
        return count >= 4 && count * 2 >= width;
    }

    /**
     * "30,163" in a column of whole numbers is 30.163 written with an English comma: read it so,
     * and say so in the value's note (spec §6: the column's sum tells).
     */
    private static List<Row> settleAmbiguous(List<Row> rows, int width) {
        List<Row> out = new ArrayList<>(rows);
        for (int c = 0; c < width; c++) {
            int whole = 0;
            int fractional = 0;
            for (Row r : rows) {
                CellValue v = r.get(c);
                if (v.isNumber() && v.alternative() == null) {
                    if (v.number().stripTrailingZeros().scale() <= 0) {
                        whole++;
                    } else {
                        fractional++;
                    }
                }
            }
            if (whole < 2 || fractional > 0) {
                continue;
            }
            for (int i = 0; i < out.size(); i++) {
                Row r = out.get(i);
                CellValue v = r.get(c);
                if (v.isNumber() && v.alternative() != null) {
                    List<CellValue> values = new ArrayList<>(r.values());
                    values.set(c, v.withNumber(v.alternative(), 0,
                            "koma dibaca sebagai pemisah ribuan: kolom berisi bilangan bulat"));
                    out.set(i, new Row(r.number(), r.page(), values, r.bold(), r.total(), r.boxes(), r.indentLevel()));
                }
            }
        }
        return out;
    }
}
