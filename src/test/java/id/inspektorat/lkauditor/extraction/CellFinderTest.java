package id.inspektorat.lkauditor.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import id.inspektorat.lkauditor.fixtures.PdfFiles;
import id.inspektorat.lkauditor.fixtures.SampleReports;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import technology.tabula.Cell;
import technology.tabula.Page;
import technology.tabula.extractors.SpreadsheetExtractionAlgorithm;

/**
 * {@link CellFinder} finds what Tabula's {@code SpreadsheetExtractionAlgorithm.findCells} finds —
 * the same cells, to the bit, in the same order — on every page of the bundled samples, the training
 * reports and the real corpus (when {@code ../shared} is beside), from the rulings the lattice finder
 * gives it.
 */
class CellFinderTest {

    private static final Path SHARED = PdfFiles.SHARED_CORPUS;

    @TempDir
    Path dir;

    @Test
    void findsTabulasCellsOnTheSamples() throws Exception {
        SampleReports.writeAll(dir);
        Comparison c = compare(PdfFiles.under(dir));
        assertThat(c.cells()).isGreaterThan(100); // the samples' ruled tables
        assertThat(c.differences()).isEmpty();
    }

    @Test
    void findsTabulasCellsOnTheTrainingAndRealReports() throws Exception {
        Assumptions.assumeTrue(Files.isDirectory(SHARED), "../shared/corpus is not beside");
        List<Path> pdfs = new ArrayList<>(PdfFiles.under(SHARED.resolve("train")));
        pdfs.addAll(PdfFiles.under(SHARED.resolve("real")));
        Comparison c = compare(pdfs);
        assertThat(c.pages()).isGreaterThan(1000);
        assertThat(c.cells()).isGreaterThan(10_000);
        assertThat(c.differences()).isEmpty();
    }

    record Comparison(int pages, int cells, List<String> differences) {
    }

    private static Comparison compare(List<Path> pdfs) throws Exception {
        int pages = 0;
        int cells = 0;
        List<String> differences = new ArrayList<>();
        for (Path pdf : pdfs) {
            try (PDDocument doc = PDDocument.load(pdf.toFile())) {
                for (int n = 1; n <= doc.getNumberOfPages(); n++) {
                    Page page = PageReader.read(doc, n);
                    RulingSnap.Grid grid = LatticeTableFinder.grid(page);
                    List<String> ours = describe(CellFinder.findCells(grid.horizontal(), grid.vertical()));
                    List<String> tabula = describe(SpreadsheetExtractionAlgorithm.findCells(grid.horizontal(), grid.vertical()));
                    pages++;
                    cells += tabula.size();
                    if (!ours.equals(tabula)) {
                        differences.add(pdf.getFileName() + " p" + n + ": " + ours.size() + " cells, Tabula " + tabula.size());
                    }
                }
            }
        }
        return new Comparison(pages, cells, differences);
    }

    /** A cell by its exact float bounds. */
    private static List<String> describe(List<Cell> cells) {
        return cells.stream().map(c -> Float.floatToIntBits(c.x) + "," + Float.floatToIntBits(c.y) + ","
                + Float.floatToIntBits(c.width) + "," + Float.floatToIntBits(c.height)).toList();
    }
}
