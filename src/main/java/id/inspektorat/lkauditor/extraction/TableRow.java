package id.inspektorat.lkauditor.extraction;

import java.util.List;

/** A row of a table and the page it is printed on (a stitched table spans pages). */
public record TableRow(int page, float top, List<TableCell> cells, boolean afterRepeatedHeader) {

    public TableRow {
        cells = List.copyOf(cells);
    }

    public TableRow(int page, float top, List<TableCell> cells) {
        this(page, top, cells, false);
    }

    /** The first row under a header Word repeated on a new page: renderers often set it bold. */
    public TableRow markAfterRepeatedHeader() {
        return new TableRow(page, top, cells, true);
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
