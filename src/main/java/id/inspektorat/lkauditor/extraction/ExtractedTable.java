package id.inspektorat.lkauditor.extraction;

import java.util.List;

/**
 * A table as extracted, stitched across pages when it continues.
 *
 * @param ordinal   1-based position of the table in the document
 * @param firstPage page where it starts (1-based)
 * @param lastPage  page where it ends
 * @param caption   nearest {@code Tabel N.M ...} heading above it (possibly on the previous page), or empty
 * @param box       its bounding box on the first page
 * @param method    {@code lattice} (ruling lines) or {@code stream} (text alignment)
 * @param rows      all rows, header rows included, continuation headers removed
 * @param mayContinue it ends at the foot of its page and the next page starts with a table it was not
 *                  joined with: rows may follow there, so what it lists may be incomplete
 * @param repeatedHeaders the header rows repeated on its continuation pages, dropped from {@code rows}
 */
public record ExtractedTable(int ordinal, int firstPage, int lastPage, String caption, Box box, String method,
                             List<TableRow> rows, boolean mayContinue, List<TableRow> repeatedHeaders) {

    public ExtractedTable {
        rows = List.copyOf(rows);
        repeatedHeaders = repeatedHeaders == null ? List.of() : List.copyOf(repeatedHeaders);
    }

    public ExtractedTable(int ordinal, int firstPage, int lastPage, String caption, Box box, String method,
                          List<TableRow> rows, boolean mayContinue) {
        this(ordinal, firstPage, lastPage, caption, box, method, rows, mayContinue, List.of());
    }

    public ExtractedTable(int ordinal, int firstPage, int lastPage, String caption, Box box, String method,
                          List<TableRow> rows) {
        this(ordinal, firstPage, lastPage, caption, box, method, rows, false, List.of());
    }

    public int columnCount() {
        return rows.stream().mapToInt(r -> r.cells().size()).max().orElse(0);
    }
}
