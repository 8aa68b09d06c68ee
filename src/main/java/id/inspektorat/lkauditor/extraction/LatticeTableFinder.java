package id.inspektorat.lkauditor.extraction;

import id.inspektorat.lkauditor.extraction.PdfTableExtractor.PageTable;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import technology.tabula.Cell;
import technology.tabula.Page;
import technology.tabula.Rectangle;
import technology.tabula.RectangularTextContainer;
import technology.tabula.Ruling;
import technology.tabula.Table;
import technology.tabula.TextElement;
import technology.tabula.Utils;
import technology.tabula.extractors.SpreadsheetExtractionAlgorithm;

/**
 * Ruled tables: Tabula's lattice algorithm finds the cells between the ruling lines, laid here onto
 * a geometric grid, each cell's text rebuilt from the glyphs whose centre lies in it.
 */
final class LatticeTableFinder implements TableFinder {

    static final String METHOD = "lattice";

    private static final SpreadsheetExtractionAlgorithm LATTICE = new SpreadsheetExtractionAlgorithm();

    private final int maxCellsPerPage;

    LatticeTableFinder(int maxCellsPerPage) {
        this.maxCellsPerPage = maxCellsPerPage;
    }

    @Override
    public Found find(Context context) {
        Page page = context.page();
        Set<TextElement> used = Found.glyphSet();
        List<PageTable> tables = new ArrayList<>();
        for (Table table : latticeTables(page)) {
            Set<TextElement> taken = Found.glyphSet();
            List<PageTable> kept = toPageTables(page.getPageNumber(), table, within(context.glyphs(), table), taken);
            if (!kept.isEmpty()) {
                tables.addAll(kept);
                // a frame that is no table leaves its glyphs to the running text
                used.addAll(taken);
            }
        }
        // glyphs inside a table's frame that no cell took (a frame drawn round a page of text) stay free
        return new Found(tables, used);
    }

    /**
     * Tabula's lattice tables ({@code SpreadsheetExtractionAlgorithm.extract}) without the text it
     * pours into every cell: cell text is rebuilt here from glyph centres, so Tabula's would be
     * computed and thrown away.
     */
    private static List<Table> latticeTables(Page page) {
        RulingSnap.Grid grid = grid(page);
        List<Ruling> horizontal = grid.horizontal();
        List<Ruling> vertical = grid.vertical();
        List<Cell> cells = CellFinder.findCells(horizontal, vertical);
        List<Table> tables = new ArrayList<>();
        for (Rectangle area : SpreadsheetExtractionAlgorithm.findSpreadsheetsFromCells(cells)) {
            List<Cell> overlapping = cells.stream().filter(c -> c.intersects(area)).toList();
            // Tabula's TableWithRulingLines also keeps the area's rulings; nothing here reads them
            tables.add(new RuledTable(area, new ArrayList<>(overlapping), LATTICE));
        }
        Utils.sort(tables, Rectangle.ILL_DEFINED_ORDER);
        return tables;
    }

    /** The page's rulings as the cells are found between them: collapsed per orientation, then snapped. */
    static RulingSnap.Grid grid(Page page) {
        List<Ruling> horizontal = new ArrayList<>();
        List<Ruling> vertical = new ArrayList<>();
        for (Ruling r : cleanRulings(page)) {
            if (r.horizontal()) {
                horizontal.add(r);
            } else if (r.vertical()) {
                vertical.add(r);
            }
        }
        return RulingSnap.snap(Ruling.collapseOrientedRulings(horizontal), Ruling.collapseOrientedRulings(vertical));
    }

    /**
     * Tabula's {@code Page.getRulings}: the page's rulings snapped ({@link PointSnap}, Tabula's
     * {@code Utils.snapPoints} restated), then the vertical and the horizontal ones each collapsed,
     * vertical first. Mutates the page's rulings as Tabula's does; called once per page.
     */
    static List<Ruling> cleanRulings(Page page) {
        List<Ruling> rulings = page.getUnprocessedRulings();
        if (rulings == null || rulings.isEmpty()) {
            return new ArrayList<>();
        }
        PointSnap.snap(rulings, page.getMinCharWidth(), page.getMinCharHeight());
        // in Tabula's order: collapsing lengthens rulings in place before the horizontal ones are chosen
        List<Ruling> clean = new ArrayList<>(Ruling.collapseOrientedRulings(oriented(rulings, true)));
        clean.addAll(Ruling.collapseOrientedRulings(oriented(rulings, false)));
        return clean;
    }

    private static List<Ruling> oriented(List<Ruling> rulings, boolean vertical) {
        List<Ruling> out = new ArrayList<>();
        for (Ruling r : rulings) {
            if (vertical ? r.vertical() : r.horizontal()) {
                out.add(r);
            }
        }
        return out;
    }

    /** The glyphs in a table's area (and to its right, where overflowing text lands). */
    private static List<TextElement> within(List<TextElement> glyphs, Table table) {
        List<TextElement> in = new ArrayList<>();
        double top = table.getTop() - 1;
        double bottom = table.getBottom() + 1;
        double left = table.getLeft() - 1;
        for (TextElement e : glyphs) {
            double cy = e.getCenterY();
            if (cy >= top && cy <= bottom && e.getCenterX() >= left) {
                in.add(e);
            }
        }
        return in;
    }

    /** @param used collects the glyphs the table's cells took */
    private List<PageTable> toPageTables(int page, Table table, List<TextElement> glyphs, Set<TextElement> used) {
        Map<RectangularTextContainer<?>, Boolean> seen = new IdentityHashMap<>();
        List<GridBuilder.RawCell> cells = new ArrayList<>();
        Glyphs.ByCentre byCentre = new Glyphs.ByCentre(glyphs);
        for (List<RectangularTextContainer> row : table.getRows()) {
            for (RectangularTextContainer<?> c : row) {
                if (c instanceof Cell cell && !cell.isPlaceholder() && seen.put(cell, Boolean.TRUE) == null) {
                    // text that runs past the table's right border (even off the page) is the last column's
                    boolean lastColumn = cell.getRight() >= table.getRight() - 2;
                    List<TextElement> inside = byCentre.inside(cell, lastColumn);
                    used.addAll(inside);
                    Glyphs.CellText text = Glyphs.cell(inside);
                    cells.add(new GridBuilder.RawCell(cell.getTop(), cell.getLeft(), cell.getBottom(), cell.getRight(),
                            text.text(), Glyphs.isBold(inside), text.firstLeft(), text.lastRight()));
                }
            }
        }
        List<PageTable> tables = new ArrayList<>();
        if (cells.size() < 2 || cells.size() > maxCellsPerPage) {
            return tables;
        }
        for (GridBuilder.Grid grid : GridBuilder.buildSegments(cells)) {
            if (grid.columnLefts().size() < 2) {
                continue; // a single ruled box (a frame around text) is not a table
            }
            List<TableRow> rows = new ArrayList<>();
            for (int i = 0; i < grid.rows().size(); i++) {
                rows.add(new TableRow(page, grid.rowTops().get(i), grid.rows().get(i)));
            }
            Box box = new Box(grid.top(), table.getLeft(), grid.bottom(), table.getRight());
            tables.add(new PageTable(box, grid.columnLefts(), rows, METHOD));
        }
        return tables;
    }
}
