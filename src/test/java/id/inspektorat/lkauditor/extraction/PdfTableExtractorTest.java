package id.inspektorat.lkauditor.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import id.inspektorat.lkauditor.fixtures.LkPdfBuilder;
import id.inspektorat.lkauditor.fixtures.LkPdfBuilder.HeaderCell;
import id.inspektorat.lkauditor.fixtures.LkPdfBuilder.TableSpec;
import java.nio.file.Path;
import java.util.List;
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
