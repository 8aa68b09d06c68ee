package id.inspektorat.lkauditor.extraction;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import technology.tabula.Cell;
import technology.tabula.Rectangle;
import technology.tabula.RectangleSpatialIndex;
import technology.tabula.Table;
import technology.tabula.Utils;
import technology.tabula.extractors.ExtractionAlgorithm;

/**
 * Tabula 1.0.5's {@code TableWithRulingLines} (MIT licence): a lattice area's cells laid into rows
 * and columns the same way, in the same order of {@code add} calls. Tabula asks its spatial index
 * for the cells' bounding box three times per row, and each time the index walks every cell: on a
 * ruled page of a few thousand cells that walk was a fiftieth of an audit. Here it is taken once.
 * That is exact: each row's cells go to distinct (row, column) places, so {@code Table.add} never
 * merges one cell into another and no cell changes shape while the rows are laid.
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
        RectangleSpatialIndex<Cell> si = new RectangleSpatialIndex<>();
        for (Cell ce : cells) {
            si.add(ce);
        }
        Rectangle bounds = si.getBounds();
        List<List<Cell>> rowsOfCells = rowsOfCells(cells);
        for (int i = 0; i < rowsOfCells.size(); i++) {
            Iterator<Cell> rowCells = rowsOfCells.get(i).iterator();
            Cell cell = rowCells.next();
            List<List<Cell>> others = rowsOfCells(si.contains(new Rectangle(cell.getBottom(), bounds.getLeft(),
                    cell.getLeft() - bounds.getLeft(), bounds.getBottom() - cell.getBottom())));
            int startColumn = 0;
            for (List<Cell> r : others) {
                startColumn = Math.max(startColumn, r.size());
            }
            add(cell, i, startColumn++);
            while (rowCells.hasNext()) {
                add(rowCells.next(), i, startColumn++);
            }
        }
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
