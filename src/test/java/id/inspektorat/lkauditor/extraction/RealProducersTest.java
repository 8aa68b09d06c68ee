package id.inspektorat.lkauditor.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import id.inspektorat.lkauditor.fixtures.LkPdfBuilder.TableSpec;
import id.inspektorat.lkauditor.fixtures.LkPdfBuilder;
import id.inspektorat.lkauditor.normalization.Row;
import id.inspektorat.lkauditor.normalization.Table;
import id.inspektorat.lkauditor.normalization.TableNormalizer;
import id.inspektorat.lkauditor.normalization.ValueKind;
import id.inspektorat.lkauditor.rules.Evidence;
import id.inspektorat.lkauditor.rules.Finding;
import id.inspektorat.lkauditor.rules.format.MalformedNumber;
import id.inspektorat.lkauditor.rules.totals.ColumnTotalMismatch;
import id.inspektorat.lkauditor.settings.RulesSettings;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What real producers do to tables, rendered on purpose: each must read as the plain table reads. */
class RealProducersTest {

    @TempDir
    Path dir;

    private ExtractedDocument extract(LkPdfBuilder b, String name) throws Exception {
        Path pdf = dir.resolve(name + ".pdf");
        b.save(pdf);
        return new PdfTableExtractor(ExtractionLimits.defaults()).extract(pdf, List.of());
    }

    private static List<List<String>> texts(ExtractedTable t) {
        return t.rows().stream().map(r -> r.cells().stream().map(TableCell::text).toList()).toList();
    }

    private static TableSpec budget(String caption) {
        return new TableSpec(caption, 40, 170, 95, 95)
                .header("No.", "Kegiatan", "Anggaran (Rp)", "Realisasi (Rp)")
                .row("1.", "Penyediaan Alat Tulis Kantor", "60.000.000", "55.000.000")
                .row("2.", "Penyediaan Bahan Bacaan", "40.000.000", "35.000.000")
                .row("3.", "Pemeliharaan Kendaraan Dinas", "30.000.000", "30.000.000")
                .boldRow("", "JUMLAH", "130.000.000", "120.000.000");
    }

    @Test
    void aFigureWrappedInsideANarrowCellIsOneFigure() throws Exception {
        LkPdfBuilder b = new LkPdfBuilder().titlePage("Kecamatan Uji", "Kabupaten Contoh", 2023);
        b.table(new TableSpec("Tabel 3.18 Realisasi", 40, 170, 42, 42).breakWords()
                .header("No.", "Kegiatan", "Pagu", "Realisasi")
                .row("1.", "Pembangunan Jalan", "5.099.119.000", "4.986.300.000")
                .row("2.", "Pemeliharaan Jalan", "1.200.000.000", "1.150.000.000")
                .boldRow("", "JUMLAH", "6.299.119.000", "6.136.300.000"));
        ExtractedTable t = extract(b, "wrapped").tables().get(0);
        // the cell holds two lines of the figure ("5.099.119." and "000" or so), read with a space
        assertThat(t.rows().get(1).cells().get(2).text()).contains(" ");
        Table n = new TableNormalizer(RulesSettings.bundledVocabulary()).normalize(t);
        assertThat(n.rows().get(0).get(2).kind()).isEqualTo(ValueKind.NUMBER);
        assertThat(n.rows().get(0).get(2).number()).isEqualByComparingTo("5099119000");
        assertThat(new MalformedNumber().check(n)).isEmpty();
        assertThat(new ColumnTotalMismatch().check(n)).isEmpty(); // 5.099.119.000 + 1.200.000.000 = 6.299.119.000
    }

    @Test
    void cellsDrawnAsBoxesInsideTheGridAreOneTable() throws Exception {
        LkPdfBuilder plain = new LkPdfBuilder().titlePage("Kecamatan Uji", "Kabupaten Contoh", 2023);
        plain.table(budget("Tabel 3.18 Realisasi"));
        LkPdfBuilder boxed = new LkPdfBuilder().titlePage("Kecamatan Uji", "Kabupaten Contoh", 2023);
        boxed.table(budget("Tabel 3.18 Realisasi").insetBoxes());
        List<ExtractedTable> a = extract(plain, "plain").tables();
        List<ExtractedTable> c = extract(boxed, "boxed").tables();
        assertThat(c).hasSize(1);
        assertThat(texts(c.get(0))).isEqualTo(texts(a.get(0)));
    }

    @Test
    void aTablePrintedInBlocksIsSummedOverAllItsBlocks() throws Exception {
        LkPdfBuilder b = new LkPdfBuilder().titlePage("Kecamatan Uji", "Kabupaten Contoh", 2023);
        b.table(new TableSpec("Tabel 3.4 Capaian per Misi", 40, 170, 95, 95)
                .header("No.", "Kegiatan", "Anggaran (Rp)", "Realisasi (Rp)")
                .row("1.", "Misi 1: Penyediaan Alat Tulis", "60.000.000", "55.000.000")
                .row("2.", "Misi 1: Bahan Bacaan", "40.000.000", "35.000.000")
                // the next block opens with the header again
                .boldRow("No.", "Kegiatan", "Anggaran (Rp)", "Realisasi (Rp)")
                .row("3.", "Misi 2: Pemeliharaan Kendaraan", "30.000.000", "30.000.000")
                .boldRow("", "JUMLAH", "130.000.000", "125.000.000"));
        Table n = new TableNormalizer(RulesSettings.bundledVocabulary()).normalize(extract(b, "blocks").tables().get(0));
        assertThat(n.rows()).hasSize(4);
        // anggaran: 60 + 40 + 30 = 130 juta ✓; realisasi: 55 + 35 + 30 = 120 juta, printed 125
        assertThat(new ColumnTotalMismatch().check(n)).singleElement().satisfies(f -> {
            assertThat(f.column()).isEqualTo("Realisasi (Rp)");
            assertThat(f.expected()).isEqualTo("120.000.000");
        });
    }

    @Test
    void aFindingOnAContinuationPageKeepsTheHeaderPrintedThere() throws Exception {
        LkPdfBuilder b = new LkPdfBuilder().titlePage("Kecamatan Uji", "Kabupaten Contoh", 2023);
        b.pageBreak().space(560);
        TableSpec t = new TableSpec("Tabel 3.18 Realisasi", 55, 180, 95, 95).header("No.", "Kegiatan", "Anggaran (Rp)", "Realisasi (Rp)");
        for (int i = 1; i <= 20; i++) {
            t.row(i + ".", "Kegiatan " + i, i + ".000.000", i + "00.000");
        }
        b.table(t);
        Table n = new TableNormalizer(RulesSettings.bundledVocabulary()).normalize(extract(b, "continued").tables().get(0));
        Row last = n.rows().get(n.rows().size() - 1);
        assertThat(last.page()).isGreaterThan(n.page());
        Finding.Geometry g = Evidence.geometry(n, last,
                n.columns().get(2));
        // the header Word repeated on that page, above the row, goes into the crop
        assertThat(g.header()).isNotNull();
        assertThat(g.header().bottom()).isLessThanOrEqualTo(last.extent().top() + 0.5f);
    }

    @Test
    void aRotatedPageIsReadInItsOwnOrientation() throws Exception {
        LkPdfBuilder b = new LkPdfBuilder().titlePage("Kecamatan Uji", "Kabupaten Contoh", 2023);
        b.table(budget("Tabel 3.18 Realisasi"));
        Path plain = dir.resolve("upright.pdf");
        b.save(plain);
        Path rotated = dir.resolve("rotated.pdf");
        try (PDDocument d = PDDocument.load(plain.toFile())) {
            for (PDPage p : d.getPages()) {
                p.setRotation(90);
            }
            d.save(rotated.toFile());
        }
        PdfTableExtractor x = new PdfTableExtractor(ExtractionLimits.defaults());
        List<ExtractedTable> upright = x.extract(plain, List.of()).tables();
        List<ExtractedTable> turned = x.extract(rotated, List.of()).tables();
        assertThat(turned).hasSize(upright.size());
        assertThat(texts(turned.get(0))).isEqualTo(texts(upright.get(0)));
        assertThat(turned.get(0).caption()).isEqualTo("Tabel 3.18 Realisasi");
        // and its evidence is drawn in the same space: the same crop of the table as on the upright page
        Box cell = turned.get(0).rows().get(4).cells().get(3).box();
        Box same = upright.get(0).rows().get(4).cells().get(3).box();
        Offset<Float> noise = Offset.offset(0.01f); // the turn back and forth in floats
        assertThat(cell.top()).isCloseTo(same.top(), noise);
        assertThat(cell.left()).isCloseTo(same.left(), noise);
        assertThat(cell.bottom()).isCloseTo(same.bottom(), noise);
        assertThat(cell.right()).isCloseTo(same.right(), noise);
        BufferedImage[] images = new BufferedImage[2];
        int k = 0;
        for (Path pdf : List.of(plain, rotated)) {
            Path png = dir.resolve("bukti-" + k + ".png");
            try (PdfTableExtractor.OpenedPdf opened = x.open(pdf, List.of())) {
                opened.evidence().render(new EvidenceRenderer.Request(turned.get(0).firstPage(), turned.get(0).box(), null, cell,
                        List.of(), png));
            }
            images[k++] = ImageIO.read(png.toFile());
        }
        assertThat(images[1].getWidth()).isEqualTo(images[0].getWidth());
        assertThat(images[1].getHeight()).isEqualTo(images[0].getHeight());
        for (int px = 0; px < images[0].getWidth(); px += 7) {
            for (int py = 0; py < images[0].getHeight(); py += 7) {
                assertThat(images[1].getRGB(px, py)).as("pixel %d,%d", px, py).isEqualTo(images[0].getRGB(px, py));
            }
        }
    }
}
