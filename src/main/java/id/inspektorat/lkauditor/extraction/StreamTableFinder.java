package id.inspektorat.lkauditor.extraction;

import id.inspektorat.lkauditor.extraction.PdfTableExtractor.PageTable;
import id.inspektorat.lkauditor.text.Texts;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import technology.tabula.Page;
import technology.tabula.Rectangle;
import technology.tabula.RectangularTextContainer;
import technology.tabula.Table;
import technology.tabula.TextElement;
import technology.tabula.extractors.BasicExtractionAlgorithm;

/**
 * Tables without ruling lines, read from text alignment (Tabula's stream mode): a run of at least
 * three lines made mostly of figures, with the line above it as its header. Finding the runs from
 * the text is cheap; Tabula's own detector renders every page. Kept only when they look like
 * figures in columns: prose that happens to align must not become a table whose "totals" are then
 * checked.
 */
final class StreamTableFinder implements TableFinder {

    static final String METHOD = "stream";

    private static final Pattern FIGURE = Pattern.compile("[-(]?\\d[\\d.,]*%?\\)?");
    /** A cell that holds a figure (an amount in rupiah, a percentage, a negative in brackets). */
    private static final Pattern CELL_FIGURE = Pattern.compile("[-(]?[Rp. ]*\\d[\\d.,]*\\s*%?\\)?");

    @Override
    public Found find(Context context) {
        List<PageTable> found = streamTables(context.page(), context.lines());
        if (found.isEmpty()) {
            return Found.NOTHING;
        }
        return new Found(found, inside(context.glyphs(), found));
    }

    private static List<PageTable> streamTables(Page page, List<TextLine> lines) {
        List<PageTable> found = new ArrayList<>();
        int i = 0;
        while (i < lines.size()) {
            int j = i;
            while (j < lines.size() && figureDense(lines.get(j))) {
                j++;
            }
            if (j - i >= 3) {
                float top = lines.get(Math.max(0, i - 1)).top() - 1;
                float bottom = (j < lines.size() ? lines.get(j).top() : (float) page.getBottom()) - 1;
                Rectangle area = new Rectangle(top, (float) page.getLeft(), (float) page.getWidth(), bottom - top);
                for (Table table : new BasicExtractionAlgorithm().extract(page.getArea(area))) {
                    PageTable t = streamTable(page.getPageNumber(), table);
                    if (t != null) {
                        found.add(t);
                    }
                }
            }
            i = Math.max(j, i + 1);
        }
        return found;
    }

    private static boolean figureDense(TextLine line) {
        String[] tokens = line.text().split(" ");
        long figures = Arrays.stream(tokens).filter(t -> FIGURE.matcher(t).matches()).count();
        return figures >= 2 && figures * 5 >= tokens.length * 2;
    }

    /** The glyphs in some table's box: the rest of the page stays running text. */
    private static Set<TextElement> inside(List<TextElement> glyphs, List<PageTable> tables) {
        Set<TextElement> in = Found.glyphSet();
        for (TextElement e : glyphs) {
            float cx = (float) e.getCenterX();
            float cy = (float) e.getCenterY();
            for (PageTable t : tables) {
                if (t.box().contains(cx, cy)) {
                    in.add(e);
                    break;
                }
            }
        }
        return in;
    }

    private static PageTable streamTable(int page, Table table) {
        List<List<RectangularTextContainer>> rows = table.getRows();
        int width = table.getColCount();
        if (rows.size() < 3 || width < 3) {
            return null;
        }
        List<TableRow> out = new ArrayList<>();
        float[] lefts = new float[width];
        float[] rights = new float[width];
        Arrays.fill(lefts, Float.MAX_VALUE);
        Arrays.fill(rights, -Float.MAX_VALUE);
        int filled = 0;
        int figures = 0;
        int rowsWithFigures = 0;
        List<String[]> texts = new ArrayList<>();
        for (List<RectangularTextContainer> row : rows) {
            String[] rowTexts = new String[width];
            int rowFigures = 0;
            for (int c = 0; c < width; c++) {
                RectangularTextContainer<?> cell = c < row.size() ? row.get(c) : null;
                String text = cell == null ? "" : Texts.collapse(cell.getText()).trim();
                rowTexts[c] = text;
                if (!text.isEmpty()) {
                    filled++;
                    lefts[c] = Math.min(lefts[c], cell.getLeft());
                    rights[c] = Math.max(rights[c], cell.getRight());
                    if (CELL_FIGURE.matcher(text).matches()) {
                        figures++;
                        rowFigures++;
                    }
                }
            }
            texts.add(rowTexts);
            rowsWithFigures += rowFigures >= 2 ? 1 : 0;
        }
        if (figures * 10 < filled * 3 || rowsWithFigures < 2) {
            return null;
        }
        for (int r = 0; r < rows.size(); r++) {
            List<RectangularTextContainer> row = rows.get(r);
            List<TableCell> cells = new ArrayList<>();
            for (int c = 0; c < width; c++) {
                String text = texts.get(r)[c];
                RectangularTextContainer<?> cell = c < row.size() ? row.get(c) : null;
                // no ruled edges: a cell's text lies within its column's, from the leftmost text to the rightmost
                cells.add(text.isEmpty() ? TableCell.EMPTY : new TableCell(text, false, 1,
                        new Box(cell.getTop(), cell.getLeft(), cell.getBottom(), cell.getRight()),
                        cell.getLeft() - lefts[c], rights[c] - cell.getRight()));
            }
            out.add(new TableRow(page, row.isEmpty() ? 0 : row.get(0).getTop(), cells));
        }
        List<Float> columnLefts = new ArrayList<>();
        for (float l : lefts) {
            columnLefts.add(l == Float.MAX_VALUE ? 0f : l);
        }
        return new PageTable(new Box(table.getTop(), table.getLeft(), table.getBottom(), table.getRight()), columnLefts, out,
                METHOD);
    }
}
