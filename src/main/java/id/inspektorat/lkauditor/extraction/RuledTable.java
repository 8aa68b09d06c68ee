package id.inspektorat.lkauditor.extraction;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import technology.tabula.Cell;
import technology.tabula.Rectangle;
import technology.tabula.Table;
import technology.tabula.Utils;
import technology.tabula.extractors.ExtractionAlgorithm;

/**
 * Tabula 1.0.5's {@code TableWithRulingLines} (MIT licence): a lattice area's cells laid into rows
 * and columns the same way, in the same order of {@code add} calls. Tabula asks its spatial index
 * for the cells' bounding box three times per row (each time walking every cell), and for the
 * cells left of and below each row's first, sorted: on a ruled page of a few thousand cells that was
 * a fiftieth of an audit. Here the box is taken once and the cells counted by a scan. That is exact:
 * each row's cells go to distinct (row, column) places, so {@code Table.add} never merges one cell
 * into another and no cell changes shape while the rows are laid.
 * {@code RuledTableTest} holds the two equal, cell for cell, on the samples and real PDFs.
 */
@SuppressWarnings("serial")
final class RuledTable extends Table {

    RuledTable(Rectangle area, List<Cell> cells, ExtractionAlgorithm extractionAlgorithm) {
        super(extractionAlgorithm);
        setRect(area);
        addCells(cells);
    }

    private void addCells(List<Cell> cells) {
        if (cells.isEmpty()) {
            return;
        }
        List<Cell> all = new ArrayList<>(cells); // what Tabula puts in its spatial index, before the sort below
        Rectangle bounds = Rectangle.boundingBoxOf(all);
        List<List<Cell>> rowsOfCells = rowsOfCells(cells);
        float[] tops = new float[all.size()];
        for (int i = 0; i < rowsOfCells.size(); i++) {
            Iterator<Cell> rowCells = rowsOfCells.get(i).iterator();
            Cell cell = rowCells.next();
            Rectangle before = new Rectangle(cell.getBottom(), bounds.getLeft(), cell.getLeft() - bounds.getLeft(),
                    bounds.getBottom() - cell.getBottom());
            int startColumn = widestRow(all, before, tops);
            add(cell, i, startColumn++);
            while (rowCells.hasNext()) {
                add(rowCells.next(), i, startColumn++);
            }
        }
    }

    /**
     * The most cells in one of Tabula's rows among the cells inside {@code area}: what Tabula counts
     * from its spatial index's {@code contains} (an R-tree query, its candidates filtered by
     * {@code Rectangle2D.contains}, then sorted) laid into rows. Every cell inside the area meets the
     * query, and the rows' sizes do not depend on the order of cells with equal tops, so a plain scan
     * with the tops sorted gives the same count without the tree and the sort.
     */
    private static int widestRow(List<Cell> all, Rectangle area, float[] tops) {
        int n = 0;
        for (Cell c : all) {
            if (area.contains(c)) {
                tops[n++] = c.getTop();
            }
        }
        if (n == 0) {
            return 0;
        }
        Arrays.sort(tops, 0, n); // Float.compare's order, as Double.compare on the widened tops
        int widest = 1;
        int run = 1;
        for (int k = 1; k < n; k++) {
            run = Utils.feq(tops[k], tops[k - 1]) ? run + 1 : 1;
            widest = Math.max(widest, run);
        }
        return widest;
    }

    /** Tabula's rows: the cells sorted (stably) by top, a new row wherever the top moves by more than its epsilon. */
    private static List<List<Cell>> rowsOfCells(List<Cell> cells) {
        List<List<Cell>> rv = new ArrayList<>();
        if (cells.isEmpty()) {
            return rv;
        }
        cells.sort(Comparator.comparingDouble(Cell::getTop)); // Double.compare on the widened tops, as Tabula's comparator
        Iterator<Cell> iter = cells.iterator();
        Cell c = iter.next();
        float lastTop = c.getTop();
        List<Cell> lastRow = new ArrayList<>();
        lastRow.add(c);
        rv.add(lastRow);
        while (iter.hasNext()) {
            c = iter.next();
            if (!Utils.feq(c.getTop(), lastTop)) {
                lastRow = new ArrayList<>();
                rv.add(lastRow);
            }
            lastRow.add(c);
            lastTop = c.getTop();
        }
        return rv;
    }
}
