package id.inspektorat.lkauditor.extraction;

import java.util.List;

/**
 * A row of a table and the page it is printed on (a stitched table spans pages).
 *
 * @param restOnPage the page a row cut by the page break goes on on (its rest joined into it), or 0
 */
public record TableRow(int page, float top, List<TableCell> cells, boolean afterRepeatedHeader, int restOnPage) {

    public TableRow {
        cells = List.copyOf(cells);
    }

    public TableRow(int page, float top, List<TableCell> cells) {
        this(page, top, cells, false, 0);
    }

    /** The first row under a header Word repeated on a new page: renderers often set it bold. */
    public TableRow markAfterRepeatedHeader() {
        return new TableRow(page, top, cells, true, restOnPage);
    }

    /** This row with the rest of it that the page break put on {@code page}. */
    public TableRow continuedOn(int page, List<TableCell> joinedCells) {
        return new TableRow(this.page, top, joinedCells, afterRepeatedHeader, page);
    }

    /** Printed (at least in part) on this page. */
    public boolean isOn(int p) {
        return page == p || restOnPage == p;
    }

    public boolean isBlank() {
        return cells.stream().allMatch(TableCell::isBlank);
    }

    public String joined() {
        StringBuilder sb = new StringBuilder();
        for (TableCell c : cells) {
            sb.append(c.text().trim()).append('\t');
        }
        return sb.toString();
    }
}
