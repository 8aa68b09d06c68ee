package id.inspektorat.lkauditor.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import id.inspektorat.lkauditor.extraction.PdfTableExtractor.PageTable;
import id.inspektorat.lkauditor.fixtures.LkPdfBuilder;
import id.inspektorat.lkauditor.fixtures.LkPdfBuilder.TableSpec;
import java.nio.file.Path;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import technology.tabula.Page;

/** Each finder on its own: lattice reads ruled tables only, stream unruled ones in the text it is left. */
class TableFinderTest {

    @TempDir
    Path dir;

    private final TableFinder lattice = new LatticeTableFinder(ExtractionLimits.defaults().maxCellsPerPage());
    private final TableFinder stream = new StreamTableFinder();

    private static TableSpec table(String caption) {
        return new TableSpec(caption, 55, 150, 90, 90)
                .header("No.", "Sarana", "Jumlah", "Kondisi Baik")
                .row("1.", "Masjid", "23", "20")
                .row("2.", "Musholla", "41", "39")
                .row("3.", "Gereja", "6", "6")
                .row("", "JUMLAH", "70", "65");
    }

    /** Page 2 of a report whose second page holds the table. */
    private Page page(TableSpec table) throws Exception {
        Path pdf = dir.resolve("t.pdf");
        new LkPdfBuilder().titlePage("Kecamatan Uji", "Kabupaten Contoh", 2023).table(table).save(pdf);
        try (PDDocument doc = PDDocument.load(pdf.toFile())) {
            return PageReader.read(doc, 2);
        }
    }

    @Test
    void latticeReadsARuledTableAndTakesItsGlyphs() throws Exception {
        Page page = page(table("Tabel 1.4 Sarana Ibadah"));
        TableFinder.Context all = new TableFinder.Context(page, page.getText());
        TableFinder.Found found = lattice.find(all);
        assertThat(found.tables()).singleElement().extracting(PageTable::method).isEqualTo(LatticeTableFinder.METHOD);
        assertThat(found.taken()).isNotEmpty();
        TableFinder.Context left = all.without(found.taken());
        assertThat(left.lines()).extracting(TextLine::text).contains("Tabel 1.4 Sarana Ibadah")
                .noneMatch(l -> l.contains("Musholla"));
        assertThat(stream.find(left).tables()).as("the ruled table's figures are not read twice").isEmpty();
    }

    @Test
    void streamReadsAnUnruledTableThatLatticeLeaves() throws Exception {
        Page page = page(table("Tabel 1.4 Sarana Ibadah").borderless());
        TableFinder.Context all = new TableFinder.Context(page, page.getText());
        TableFinder.Found ruled = lattice.find(all);
        assertThat(ruled.tables()).isEmpty();
        assertThat(all.without(ruled.taken())).as("nothing taken: the same page, its lines kept").isSameAs(all);
        TableFinder.Found found = stream.find(all);
        assertThat(found.tables()).singleElement().satisfies(t -> {
            assertThat(t.method()).isEqualTo(StreamTableFinder.METHOD);
            assertThat(t.rows()).anySatisfy(r -> assertThat(r.cells()).extracting(TableCell::text).contains("Musholla", "41", "39"));
        });
        assertThat(all.without(found.taken()).lines()).extracting(TextLine::text).noneMatch(l -> l.contains("Musholla"));
    }
}
