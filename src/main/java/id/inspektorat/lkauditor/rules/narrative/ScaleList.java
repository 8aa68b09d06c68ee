package id.inspektorat.lkauditor.rules.narrative;

import id.inspektorat.lkauditor.extraction.PageText;
import id.inspektorat.lkauditor.extraction.TextLine;
import id.inspektorat.lkauditor.normalization.NumberParser;
import id.inspektorat.lkauditor.normalization.Row;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A rating scale printed as a list in the running text, one line per predikat ("AA : > 90 – 100
 * (Memuaskan)", "1. 76 – 90 = Tinggi"), read as rows of cells so that it is checked as a printed
 * table is. A list is at least three such lines in a row on one page; a line is short, has a cell
 * with a range (a digit and a range sign) and a cell without one, cut at ":", "=", ";", ", " or a
 * run of spaces, after its list marker ("a.", "1.", "•", "-").
 */
record ScaleList(List<Row> rows, List<TextLine> lines) {

    private static final NumberParser PARSER = new NumberParser();
    private static final Pattern MARKER = Pattern.compile("^\\s*(?:[a-z][.)]|\\d{1,2}[.)]|[•●▪*\\-–])\\s+");
    private static final Pattern CELL_BREAK = Pattern.compile("\\s*[:=;]\\s*|,\\s+|\\s{2,}|\\t");
    private static final int MIN_LINES = 3;
    private static final int MAX_LINE = 100; // longer is a sentence, not a list item

    TextLine line(Row row) {
        return lines.get(rows.indexOf(row));
    }

    static List<ScaleList> read(List<PageText> pages) {
        List<ScaleList> out = new ArrayList<>();
        for (PageText p : pages) {
            List<Row> rows = new ArrayList<>();
            List<TextLine> lines = new ArrayList<>();
            for (TextLine l : p.lines()) {
                List<String> cells = cells(l.text());
                if (cells.isEmpty()) {
                    add(out, rows, lines);
                    rows = new ArrayList<>();
                    lines = new ArrayList<>();
                    continue;
                }
                rows.add(new Row(rows.size() + 1, p.page(), cells.stream().map(PARSER::parse).toList(), false, false));
                lines.add(l);
            }
            add(out, rows, lines);
        }
        return out;
    }

    private static void add(List<ScaleList> out, List<Row> rows, List<TextLine> lines) {
        if (rows.size() >= MIN_LINES) {
            out.add(new ScaleList(List.copyOf(rows), List.copyOf(lines)));
        }
    }

    /** The cells of a line that can be a scale's row, else none. */
    static List<String> cells(String line) {
        if (line.length() > MAX_LINE) {
            return List.of();
        }
        String body = MARKER.matcher(line).replaceFirst("");
        List<String> cells = new ArrayList<>();
        for (String c : CELL_BREAK.split(body.trim())) {
            if (!c.isBlank()) {
                cells.add(c.trim());
            }
        }
        boolean range = cells.stream().anyMatch(PrintedScaleMismatch::rangeLike);
        boolean other = cells.stream().anyMatch(c -> !PrintedScaleMismatch.rangeLike(c));
        return range && other ? cells : List.of();
    }

}
