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
                      String column, String reported, String expected, String message) {

    public Finding withSeverity(Severity s) {
        return new Finding(rule, s, page, table, row, rowLabel, column, reported, expected, message);
    }
}
