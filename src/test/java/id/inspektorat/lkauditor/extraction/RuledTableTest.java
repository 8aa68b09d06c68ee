package id.inspektorat.lkauditor.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import id.inspektorat.lkauditor.fixtures.PdfFiles;
import id.inspektorat.lkauditor.fixtures.SampleReports;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import technology.tabula.Cell;
import technology.tabula.Page;
import technology.tabula.Rectangle;
import technology.tabula.RectangularTextContainer;
import technology.tabula.Ruling;
import technology.tabula.Table;
import technology.tabula.TableWithRulingLines;
import technology.tabula.extractors.SpreadsheetExtractionAlgorithm;

/**
 * {@link RuledTable} lays a lattice area's cells into the rows and columns Tabula's
 * {@code TableWithRulingLines} does — the same cell in every place, the same table bounds, to the
 * bit — on every ruled area of the bundled samples, the training reports and the real corpus
 * (when {@code ../shared} is beside). Each side gets its own cells, as laying them changes shapes.
 */
class RuledTableTest {

    @TempDir
    Path dir;

    @Test
    void laysCellsAsTabulaDoesOnTheSamples() throws Exception {
        SampleReports.writeAll(dir);
        Comparison c = compare(PdfFiles.under(dir));
        assertThat(c.areas()).isGreaterThan(10);
        assertThat(c.differences()).isEmpty();
    }

    @Test
    void laysCellsAsTabulaDoesOnTheTrainingAndRealReports() throws Exception {
        Comparison c = compare(PdfFiles.trainingAndReal());
        assertThat(c.areas()).isGreaterThan(500);
        assertThat(c.cells()).isGreaterThan(10_000);
        assertThat(c.differences()).isEmpty();
    }

    @Test
    void aTableWithoutCellsIsEmpty() {
        Table t = new RuledTable(new Rectangle(10, 20, 30, 40), new ArrayList<>(), new SpreadsheetExtractionAlgorithm());
        assertThat(t.getRowCount()).isZero();
        assertThat(describe(t, List.of())).isEqualTo(describe(new TableWithRulingLines(new Rectangle(10, 20, 30, 40),
                new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new SpreadsheetExtractionAlgorithm()), List.of()));
    }

    record Comparison(int areas, int cells, List<String> differences) {
    }

    private static Comparison compare(List<Path> pdfs) throws Exception {
        int areas = 0;
        int cells = 0;
        List<String> differences = new ArrayList<>();
        for (Path pdf : pdfs) {
            try (PDDocument doc = PDDocument.load(pdf.toFile())) {
                for (int n = 1; n <= doc.getNumberOfPages(); n++) {
                    RulingSnap.Grid grid = LatticeTableFinder.grid(PageReader.read(doc, n));
                    List<Cell> theirs = CellFinder.findCells(grid.horizontal(), grid.vertical());
                    List<Cell> ours = CellFinder.findCells(grid.horizontal(), grid.vertical());
                    for (Rectangle area : SpreadsheetExtractionAlgorithm.findSpreadsheetsFromCells(theirs)) {
                        List<Cell> a = theirs.stream().filter(c -> c.intersects(area)).toList();
                        List<Cell> b = ours.stream().filter(c -> c.intersects(area)).toList();
                        List<Ruling> h = grid.horizontal().stream().filter(area::intersectsLine).toList();
                        List<Ruling> v = grid.vertical().stream().filter(area::intersectsLine).toList();
                        String tabula = describe(new TableWithRulingLines(area, new ArrayList<>(a), new ArrayList<>(h),
                                new ArrayList<>(v), new SpreadsheetExtractionAlgorithm()), a);
                        String mine = describe(new RuledTable(area, new ArrayList<>(b), new SpreadsheetExtractionAlgorithm()), b);
                        areas++;
                        cells += a.size();
                        if (!mine.equals(tabula)) {
                            differences.add(pdf.getFileName() + " p" + n + " area " + area);
                        }
                    }
                }
            }
        }
        return new Comparison(areas, cells, differences);
    }

    /** The table's bounds and, place by place, which of the given cells stands there (by its index) and its bounds. */
    private static String describe(Table t, List<Cell> cells) {
        Map<Object, Integer> index = new IdentityHashMap<>();
        for (int i = 0; i < cells.size(); i++) {
            index.put(cells.get(i), i);
        }
        StringBuilder sb = new StringBuilder(bits(t)).append(' ').append(t.getRowCount()).append('x').append(t.getColCount())
                .append(' ').append(t.getExtractionMethod()).append('\n');
        for (List<RectangularTextContainer> row : t.getRows()) {
            for (RectangularTextContainer<?> c : row) {
                Integer i = index.get(c);
                sb.append(i == null ? "-" : i + "@" + bits(c)).append(' ');
            }
            sb.append('\n');
        }
        return sb.toString();
    }

    private static String bits(Rectangle r) {
        return Float.floatToIntBits(r.x) + "," + Float.floatToIntBits(r.y) + "," + Float.floatToIntBits(r.width) + ","
                + Float.floatToIntBits(r.height);
    }
}
