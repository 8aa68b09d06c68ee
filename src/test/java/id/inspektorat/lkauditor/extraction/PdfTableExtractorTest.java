package id.inspektorat.lkauditor.extraction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import id.inspektorat.lkauditor.fixtures.LkPdfBuilder;
import id.inspektorat.lkauditor.fixtures.LkPdfBuilder.HeaderCell;
import id.inspektorat.lkauditor.fixtures.LkPdfBuilder.TableSpec;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Extraction of generated PDFs: lattice and stream tables, captions, merged headers, stitching. */
class PdfTableExtractorTest {

    @TempDir
    Path dir;

    private ExtractedDocument extract(LkPdfBuilder b) throws Exception {
        Path pdf = dir.resolve("t.pdf");
        b.save(pdf);
        return new PdfTableExtractor(ExtractionLimits.defaults()).extract(pdf, List.of());
    }

    private static List<String> texts(TableRow r) {
        return r.cells().stream().map(TableCell::text).toList();
    }

    @Test
    void readsARuledTableWithItsCaptionMergedHeaderAndBoldTotal() throws Exception {
        LkPdfBuilder b = new LkPdfBuilder().titlePage("Kecamatan Uji", "Kabupaten Contoh", 2023);
        b.paragraph("Penduduk menurut desa disajikan pada tabel berikut.");
        b.table(new TableSpec("Tabel 1.1 Jumlah Penduduk", 55, 150, 70, 70, 70)
                .header(new HeaderCell("No.", 1, 2), new HeaderCell("Desa", 1, 2), new HeaderCell("Jumlah Penduduk", 3, 1))
                .header("L", "P", "L+P")
                .row("1", "Desa Satu", "1.200", "1.300", "2.500")
                .boldRow("JUMLAH", "", "1.200", "1.300", "2.500"));
        ExtractedDocument doc = extract(b);
        assertThat(doc.tables()).singleElement().satisfies(t -> {
            assertThat(t.caption()).isEqualTo("Tabel 1.1 Jumlah Penduduk");
            assertThat(t.method()).isEqualTo("lattice");
            assertThat(t.columnCount()).isEqualTo(5);
            assertThat(t.rows().get(0).cells().get(2)).satisfies(c -> {
                assertThat(c.text()).isEqualTo("Jumlah Penduduk");
                assertThat(c.colSpan()).isEqualTo(3);
            });
            assertThat(texts(t.rows().get(1))).containsExactly("", "", "L", "P", "L+P");
            assertThat(texts(t.rows().get(2))).containsExactly("1", "Desa Satu", "1.200", "1.300", "2.500");
            assertThat(t.rows().get(3).cells().get(2).bold()).isTrue();
            assertThat(t.rows().get(2).cells().get(2).bold()).isFalse();
        });
        assertThat(doc.pages().get(1).lines()).extracting(TextLine::text)
                .contains("Penduduk menurut desa disajikan pada tabel berikut.");
    }

    @Test
    void stitchesATableOverAPageBreakDroppingTheRepeatedHeader() throws Exception {
        LkPdfBuilder b = new LkPdfBuilder().titlePage("Kecamatan Uji", "Kabupaten Contoh", 2023);
        b.pageBreak().space(560);
        TableSpec t = new TableSpec("Tabel 3.18 Realisasi", 55, 180, 95, 95).header("No.", "Kegiatan", "Anggaran (Rp)", "Realisasi (Rp)");
        for (int i = 1; i <= 20; i++) {
            t.row(i + ".", "Kegiatan " + i, i + ".000.000", i + "00.000");
        }
        b.table(t);
        ExtractedDocument doc = extract(b);
        assertThat(doc.tables()).singleElement().satisfies(x -> {
            assertThat(x.lastPage()).isGreaterThan(x.firstPage());
            assertThat(x.rows()).hasSize(21); // one header, twenty rows: the repeated header is gone
            assertThat(texts(x.rows().get(20))).containsExactly("20.", "Kegiatan 20", "20.000.000", "2000.000");
        });
    }

    @Test
    void readsABorderlessTableByTextAlignment() throws Exception {
        LkPdfBuilder b = new LkPdfBuilder().titlePage("Kecamatan Uji", "Kabupaten Contoh", 2023);
        b.table(new TableSpec("Tabel 1.4 Sarana Ibadah", 55, 150, 90, 90).borderless()
                .header("No.", "Sarana", "Jumlah", "Kondisi Baik")
                .row("1.", "Masjid", "23", "20")
                .row("2.", "Musholla", "41", "39")
                .row("3.", "Gereja", "6", "6")
                .row("", "JUMLAH", "70", "65"));
        ExtractedDocument doc = extract(b);
        assertThat(doc.tables()).singleElement().satisfies(t -> {
            assertThat(t.method()).isEqualTo("stream");
            assertThat(t.caption()).isEqualTo("Tabel 1.4 Sarana Ibadah");
            assertThat(t.rows()).anySatisfy(r -> assertThat(String.join("|", texts(r))).contains("Musholla|41|39"));
        });
    }

    /** The label's indent and the room its text leaves, as the fixture draws them: 3 points of padding, then the indent. */
    @Test
    void measuresHowFarEachCellsTextIsIndentedInItsRuledCell() throws Exception {
        LkPdfBuilder b = new LkPdfBuilder().titlePage("Kecamatan Uji", "Kabupaten Contoh", 2023);
        b.table(new TableSpec("Tabel 3.17 Program dan Kegiatan", 28, 200, 95).header("No", "Program/Kegiatan", "Anggaran (Rp)")
                .indentedRow(1, 0, "1.", "Program Penunjang", "150.000.000")
                .indentedRow(1, 12, "", "Administrasi Keuangan", "100.000.000")
                .indentedRow(1, 24, "", "Penyediaan Alat Tulis Kantor dan Bahan Cetakan untuk Kebutuhan Kantor", "50.000.000"));
        ExtractedDocument doc = extract(b);
        assertThat(doc.tables()).singleElement().satisfies(t -> {
            List<TableCell> labels = t.rows().stream().skip(1).map(r -> r.cells().get(1)).toList();
            assertThat(labels).extracting(TableCell::indent).satisfiesExactly(
                    i -> assertThat(i).isCloseTo(3f, within(0.5f)),
                    i -> assertThat(i).isCloseTo(15f, within(0.5f)),
                    i -> assertThat(i).isCloseTo(27f, within(0.5f)));
            // the room right of the last line: the cell less the padding, the indent and the text
            assertThat(labels.get(0).trailing()).isCloseTo(200 - 3 - widthOf("Program Penunjang"), within(0.5f));
            assertThat(labels.get(2).text()).startsWith("Penyediaan Alat Tulis Kantor").endsWith("Kebutuhan Kantor");
            TableCell amount = t.rows().get(1).cells().get(2);
            assertThat(amount.indent()).isCloseTo(3f, within(0.5f)); // the fixture sets figures left too
            assertThat(amount.trailing()).isCloseTo(95 - 3 - widthOf("150.000.000"), within(0.5f));
            assertThat(t.rows().get(0).cells().get(0).hasIndent()).isTrue();
        });
    }

    @Test
    void aCentredCellLeavesAsMuchRoomRightOfItsTextAsLeft() throws Exception {
        LkPdfBuilder b = new LkPdfBuilder().titlePage("Kecamatan Uji", "Kabupaten Contoh", 2023);
        b.table(new TableSpec("Tabel 3.17 Program dan Kegiatan", 200, 95).centred(0).header("Program/Kegiatan", "Anggaran (Rp)")
                .row("Program Penunjang", "150.000.000")
                .row("Belanja ATK", "100.000.000"));
        assertThat(extract(b).tables()).singleElement().satisfies(t -> {
            for (TableRow r : t.rows().subList(1, 3)) {
                TableCell c = r.cells().get(0);
                assertThat(c.indent()).isGreaterThan(20f).isCloseTo(c.trailing(), within(0.5f));
            }
        });
    }

    @Test
    void withoutRulingsAnIndentIsMeasuredFromTheColumnsLeftmostText() throws Exception {
        LkPdfBuilder b = new LkPdfBuilder().titlePage("Kecamatan Uji", "Kabupaten Contoh", 2023);
        b.table(new TableSpec("Tabel 3.17 Program dan Kegiatan", 200, 95, 95).borderless()
                .header("Uraian", "Anggaran", "Realisasi")
                .indentedRow(0, 0, "Program Penunjang", "150.000.000", "140.000.000")
                .indentedRow(0, 12, "Administrasi Keuangan", "100.000.000", "90.000.000")
                .indentedRow(0, 12, "Administrasi Umum", "50.000.000", "50.000.000"));
        assertThat(extract(b).tables()).singleElement().satisfies(t -> {
            assertThat(t.method()).isEqualTo("stream");
            List<TableCell> labels = t.rows().stream().filter(r -> r.cells().get(0).text().startsWith("Program")
                    || r.cells().get(0).text().startsWith("Administrasi")).map(r -> r.cells().get(0)).toList();
            assertThat(labels).extracting(TableCell::indent).satisfiesExactly(
                    i -> assertThat(i).isCloseTo(0f, within(0.5f)),
                    i -> assertThat(i).isCloseTo(12f, within(0.5f)),
                    i -> assertThat(i).isCloseTo(12f, within(0.5f)));
        });
    }

    private static float widthOf(String text) throws IOException {
        return PDType1Font.HELVETICA.getStringWidth(text) / 1000 * 9;
    }

    @Test
    void proseIsNotATable() throws Exception {
        LkPdfBuilder b = new LkPdfBuilder().titlePage("Kecamatan Uji", "Kabupaten Contoh", 2023);
        for (int i = 0; i < 6; i++) {
            b.paragraph("Pada tahun 2023 Kecamatan Uji melaksanakan 12 kegiatan dengan anggaran sebesar Rp 1.200.000.000 "
                    + "yang terealisasi 95,50 persen sesuai dengan rencana kerja tahun berjalan.");
        }
        assertThat(extract(b).tables()).isEmpty();
    }
}
