package id.inspektorat.lkauditor.rules;

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
     * Where on its page the evidence is: the table's region, the row, and the cell printed wrong
     * (PDF points from the top left), for the evidence image. Any part may be null.
     */
    public record Geometry(id.inspektorat.lkauditor.extraction.Box table, id.inspektorat.lkauditor.extraction.Box row,
                           id.inspektorat.lkauditor.extraction.Box cell) {

        public String encode() {
            return "t:" + enc(table) + ";r:" + enc(row) + ";c:" + enc(cell);
        }

        public static Geometry decode(String s) {
            if (s == null || s.isBlank()) {
                return null;
            }
            java.util.Map<String, id.inspektorat.lkauditor.extraction.Box> parts = new java.util.HashMap<>();
            for (String p : s.split(";")) {
                parts.put(p.substring(0, 1), id.inspektorat.lkauditor.extraction.Box.decode(p.substring(2)));
            }
            return new Geometry(parts.get("t"), parts.get("r"), parts.get("c"));
        }

        private static String enc(id.inspektorat.lkauditor.extraction.Box b) {
            return b == null ? "" : b.encode();
        }
    }

    public Finding(String rule, Severity severity, int page, String table, int row, String rowLabel, String column,
                   String reported, String expected, String message) {
        this(rule, severity, page, table, row, rowLabel, column, reported, expected, message, null);
    }

    public Finding withSeverity(Severity s) {
        return new Finding(rule, s, page, table, row, rowLabel, column, reported, expected, message, geometry);
    }
}
