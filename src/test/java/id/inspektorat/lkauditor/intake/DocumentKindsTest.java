package id.inspektorat.lkauditor.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A document's kind from its title, then from its file name. */
class DocumentKindsTest {

    @Test
    void theTitlePageNamesTheKind() {
        assertThat(DocumentKinds.of(List.of("LAPORAN KINERJA INSTANSI PEMERINTAH", "KECAMATAN MEDANG DERAS", "TAHUN 2023"),
                List.of(), "laporan.pdf")).isEqualTo(new DocumentKinds.Kind("LK", "TITLE_PAGE"));
        assertThat(DocumentKinds.of(List.of("Rencana Strategis", "Dinas Pemuda dan Olahraga 2021-2026"), List.of(), "x.pdf").kind())
                .isEqualTo("RENSTRA");
        assertThat(DocumentKinds.of(List.of("RENCANA KERJA (RENJA)", "TAHUN 2023"), List.of(), "x.pdf").kind()).isEqualTo("RENJA");
        assertThat(DocumentKinds.of(List.of("PERJANJIAN KINERJA TAHUN 2023"), List.of(), "x.pdf").kind()).isEqualTo("PK");
        // "Laporan Hasil Evaluasi Akuntabilitas Kinerja" names an LHE, not an LK
        assertThat(DocumentKinds.of(List.of("LAPORAN HASIL EVALUASI AKUNTABILITAS KINERJA"), List.of(), "x.pdf").kind())
                .isEqualTo("LHE");
    }

    @Test
    void theTitleComesBeforeAForewordThatQuotesAnotherKind() {
        assertThat(DocumentKinds.of(List.of("LKjIP 2022"), List.of("sesuai Rencana Strategis 2021-2026 ..."), "x.pdf").kind())
                .isEqualTo("LK");
        // a cover that is an image: the file name comes before a foreword that quotes the Perjanjian Kinerja
        assertThat(DocumentKinds.of(List.of(), List.of("… sesuai Perjanjian Kinerja 2022 …"), "2023-06-13-lkjip-inspektorat.pdf"))
                .isEqualTo(new DocumentKinds.Kind("LK", "FILE_NAME"));
        assertThat(DocumentKinds.of(List.of("KABUPATEN JOMBANG"), List.of("RENSTRA PERUBAHAN 2018-2023"), "dokumen.pdf").kind())
                .isEqualTo("RENSTRA");
    }

    @Test
    void aScanOrAnUntitledPdfIsNamedByItsFileNameOrNotAtAll() {
        assertThat(DocumentKinds.of(List.of(), List.of(), "dispora/LHE_AKIP_2023.pdf"))
                .isEqualTo(new DocumentKinds.Kind("LHE", "FILE_NAME"));
        assertThat(DocumentKinds.of(List.of(), List.of(), "scanned/PK_Kadin.pdf").kind()).isEqualTo("PK");
        assertThat(DocumentKinds.of(List.of("DAFTAR ISI"), List.of(), "20200629092147_787.pdf")).isEqualTo(DocumentKinds.Kind.OTHER);
    }

    @Test
    void quarterlyRealisationTablesAreAKindOfTheirOwn() {
        assertThat(DocumentKinds.of(List.of("Urusan/Bidang", "Realisasi Kinerja Pada Triwulan I - IV Tahun 2023 Perangkat Daerah"),
                List.of(), "dikbud.pdf")).isEqualTo(new DocumentKinds.Kind(DocumentKinds.REALISASI_TRIWULAN, "TITLE_PAGE"));
        // an LK's title comes first, though its tables give realisasi per triwulan
        assertThat(DocumentKinds.of(List.of("LAPORAN KINERJA 2023", "Realisasi per triwulan"), List.of(), "x.pdf").kind())
                .isEqualTo("LK");
        // realisasi without a quarter names no kind
        assertThat(DocumentKinds.of(List.of("Realisasi Kinerja Tahun 2023"), List.of(), "x.pdf")).isEqualTo(DocumentKinds.Kind.OTHER);
    }

    @Test
    void aTitlePageThatIsOneTableIsReadWhenTheRunningTextNamesNoKind() {
        List<String> table = List.of("Urusan/Bidang | Realisasi Kinerja Pada Triwulan I - IV Tahun 2023 | Perangkat Daerah");
        assertThat(DocumentKinds.of(List.of(), List.of(), table, List.of(), "dikbud.pdf").kind())
                .isEqualTo(DocumentKinds.REALISASI_TRIWULAN);
        // the running text names the kind: a table quoting another kind does not change it
        assertThat(DocumentKinds.of(List.of("LAPORAN KINERJA 2023"), List.of(), List.of("Renstra 2021-2026 | target"), List.of(),
                "x.pdf").kind()).isEqualTo("LK");
        assertThat(DocumentKinds.of(List.of(), List.of(), List.of("Urusan | Program"), List.of(), "x.pdf"))
                .isEqualTo(DocumentKinds.Kind.OTHER);
    }
}
