package id.inspektorat.lkauditor.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * Lays the ruled cells of a table onto one grid from their geometry: the union of all left edges
 * gives the columns, the union of all top edges the rows. A merged cell lands in its top-left slot
 * with its span; the slots it covers stay empty. (Tabula 1.0.5 places cells by counting, which
 * shifts every cell right of a merged one.)
 */
final class GridBuilder {

    private static final float TOLERANCE = 2f;

    /**
     * A cell with its geometry, independent of Tabula's types; {@code textLeft} is where its first line
     * of text starts, {@code textRight} where its last line ends (NaN when it has no text).
     */
    record RawCell(float top, float left, float bottom, float right, String text, boolean bold, float textLeft,
                   float textRight) {

        RawCell(float top, float left, float bottom, float right, String text, boolean bold) {
            this(top, left, bottom, right, text, bold, Float.NaN, Float.NaN);
        }
    }

    record Grid(List<Float> rowTops, List<Float> columnLefts, List<List<TableCell>> rows, float top, float bottom) {
    }

    private GridBuilder() {
    }

    /**
     * Tabula returns Word tables that touch (one per page band, each with its own column widths)
     * as one spreadsheet; a grid over their union would invent columns. Rows whose cell edges
     * cannot belong to one grid start a new segment, and each segment gets its own grid.
     */
    static List<Grid> buildSegments(List<RawCell> cells) {
        List<RawCell> sorted = new ArrayList<>(cells);
        sorted.sort((a, b) -> Float.compare(a.top(), b.top()));
        List<List<RawCell>> rows = new ArrayList<>();
        for (RawCell c : sorted) {
            if (rows.isEmpty() || Math.abs(rows.get(rows.size() - 1).get(0).top() - c.top()) > TOLERANCE) {
                rows.add(new ArrayList<>());
            }
            rows.get(rows.size() - 1).add(c);
        }
        List<Grid> grids = new ArrayList<>();
        List<RawCell> segment = new ArrayList<>();
        List<Float> previous = null;
        for (List<RawCell> row : rows) {
            // the cells across this row's band, including cells that span down from rows above:
            // within one table each band refines or coarsens its neighbour (merged headers), while
            // two tables that merely touch have edges that fit neither way
            float top = row.get(0).top() + TOLERANCE;
            List<Float> edges = edges(sorted.stream().filter(c -> c.top() <= top && c.bottom() > top)
                    .map(RawCell::left).toList());
            if (previous != null && !subset(edges, previous) && !subset(previous, edges)) {
                grids.add(build(segment));
                segment = new ArrayList<>();
            }
            segment.addAll(row);
            previous = edges;
        }
        if (!segment.isEmpty()) {
            grids.add(build(segment));
        }
        return grids;
    }

    private static boolean subset(List<Float> small, List<Float> large) {
        for (Float s : small) {
            if (large.stream().noneMatch(l -> Math.abs(l - s) <= TOLERANCE)) {
                return false;
            }
        }
        return true;
    }

    static Grid build(List<RawCell> cells) {
        List<Float> lefts = edges(cells.stream().map(RawCell::left).toList());
        List<Float> tops = edges(cells.stream().map(RawCell::top).toList());
        TableCell[][] slots = new TableCell[tops.size()][lefts.size()];
        for (RawCell c : cells) {
            int row = index(tops, c.top());
            int col = index(lefts, c.left());
            int span = 0;
            for (int i = col; i < lefts.size() && lefts.get(i) < c.right() - TOLERANCE; i++) {
                span++;
            }
            TableCell existing = slots[row][col];
            String text = existing == null ? c.text() : (existing.text() + " " + c.text()).trim();
            // the first cell's text starts the slot's, the last one's ends it
            boolean first = existing == null || existing.isBlank();
            float indent = first ? c.textLeft() - c.left() : existing.indent();
            float trailing = first || !c.text().isBlank() ? c.right() - c.textRight() : existing.trailing();
            slots[row][col] = new TableCell(text, c.bold() || existing != null && existing.bold(), Math.max(1, span),
                    new Box(c.top(), c.left(), c.bottom(), c.right()), indent, trailing);
        }
        List<List<TableCell>> rows = new ArrayList<>();
        for (TableCell[] slotRow : slots) {
            List<TableCell> row = new ArrayList<>(slotRow.length);
            for (TableCell cell : slotRow) {
                row.add(cell == null ? TableCell.EMPTY : cell);
            }
            rows.add(row);
        }
        float bottom = (float) cells.stream().mapToDouble(RawCell::bottom).max().orElse(0);
        return new Grid(tops, lefts, rows, tops.get(0), bottom);
    }

    private static List<Float> edges(List<Float> values) {
        TreeSet<Float> sorted = new TreeSet<>(values);
        List<Float> merged = new ArrayList<>();
        for (Float v : sorted) {
            if (merged.isEmpty() || v - merged.get(merged.size() - 1) > TOLERANCE) {
                merged.add(v);
            }
        }
        return merged;
    }

    private static int index(List<Float> edges, float v) {
        int best = 0;
        for (int i = 0; i < edges.size(); i++) {
            if (edges.get(i) <= v + TOLERANCE) {
                best = i;
            }
        }
        return best;
    }
}
