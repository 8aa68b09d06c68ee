package id.inspektorat.lkauditor.rules;

import id.inspektorat.lkauditor.vocabulary.Severity;
import id.inspektorat.lkauditor.extraction.Box;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * One inconsistency with its evidence: where it is printed, the figure as printed, the figure as
 * recomputed, and the recomputation in words.
 *
 * @param rule     id of the rule that found it
 * @param severity how sure and how serious
 * @param page     page number (1-based) or 0 when not tied to a page
 * @param table    table name ({@code Tabel 3.2}) or empty for text
 * @param row      data row number in the table (1-based) or 0
 * @param rowLabel the row's name ("Hindu") or empty
 * @param column   the column's header path or empty
 * @param reported the figure as printed
 * @param expected the figure as recomputed, or empty
 * @param message  what is wrong and how it was recomputed, in Indonesian
 */
public record Finding(String rule, Severity severity, int page, String table, int row, String rowLabel,
                      String column, String reported, String expected, String message, Geometry geometry) {

    /**
     * Where on its page the evidence is (PDF points from the top left), for the evidence image: the
     * table's region, the row, the cell (or text line) printed wrong, the cells on the same page the
     * expected figure was recomputed from, and the table's header rows on that page. Any part may be
     * null or empty.
     */
    public record Geometry(Box table, Box row, Box cell, List<Box> sources, Box header) {

        /** Bounds what one finding stores: a column of a long table, not the whole page. */
        public static final int MAX_SOURCES = 60;

        public Geometry {
            sources = sources == null ? List.of() : List.copyOf(sources.subList(0, Math.min(MAX_SOURCES, sources.size())));
        }

        public Geometry(Box table, Box row, Box cell) {
            this(table, row, cell, List.of(), null);
        }

        public Geometry(Box table, Box row, Box cell, List<Box> sources) {
            this(table, row, cell, sources, null);
        }

        public Geometry withSources(List<Box> more) {
            List<Box> all = new ArrayList<>(sources);
            more.stream().filter(b -> b != null && !b.equals(cell) && !all.contains(b)).forEach(all::add);
            return new Geometry(table, row, cell, all, header);
        }

        public String encode() {
            return "t:" + enc(table) + ";r:" + enc(row) + ";c:" + enc(cell) + (header == null ? "" : ";h:" + enc(header));
        }

        /** The source cells as "top,left,bottom,right|…" (at most MAX_SOURCES × 30 characters). */
        public String encodeSources() {
            return sources.stream().map(Box::encode).collect(Collectors.joining("|"));
        }

        public static Geometry decode(String s, String sources) {
            if (s == null || s.isBlank()) {
                return null;
            }
            Map<String, Box> parts = new HashMap<>();
            for (String p : s.split(";")) {
                parts.put(p.substring(0, 1), Box.decode(p.substring(2)));
            }
            List<Box> from = sources == null || sources.isBlank() ? List.of()
                    : Arrays.stream(sources.split("\\|")).map(Box::decode).filter(Objects::nonNull).toList();
            return new Geometry(parts.get("t"), parts.get("r"), parts.get("c"), from, parts.get("h"));
        }

        private static String enc(Box b) {
            return b == null ? "" : b.encode();
        }
    }

    public Finding(String rule, Severity severity, int page, String table, int row, String rowLabel, String column,
                   String reported, String expected, String message) {
        this(rule, severity, page, table, row, rowLabel, column, reported, expected, message, null);
    }

    /** This finding with more cells its expected figure was recomputed from. */
    public Finding withSources(List<Box> boxes) {
        if (geometry == null || boxes.isEmpty()) {
            return this;
        }
        return new Finding(rule, severity, page, table, row, rowLabel, column, reported, expected, message,
                geometry.withSources(boxes));
    }

    public Finding withMessage(String m) {
        return new Finding(rule, severity, page, table, row, rowLabel, column, reported, expected, m, geometry);
    }

    public Finding withSeverity(Severity s) {
        return new Finding(rule, s, page, table, row, rowLabel, column, reported, expected, message, geometry);
    }
}
