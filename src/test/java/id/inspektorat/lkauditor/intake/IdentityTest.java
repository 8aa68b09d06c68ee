package id.inspektorat.lkauditor.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class IdentityTest {

    @Test
    void slugsCannotLeaveTheOutputFolder() {
        assertThat(Slugs.slug("../../etc/passwd")).isEqualTo("etc-passwd");
        assertThat(Slugs.slug("Kecamatan Medang Deras")).isEqualTo("kecamatan-medang-deras");
        assertThat(Slugs.slug("///")).isEqualTo("opd-tanpa-nama");
        assertThat(Slugs.slug("Dinas Pendidikan & Kebudayaan")).isEqualTo("dinas-pendidikan-kebudayaan");
    }

    @Test
    void opdFromTitlePage() {
        assertThat(OpdNames.fromTitleLines(List.of("LAPORAN KINERJA",
                "KECAMATAN MEDANG DERAS KABUPATEN BATU BARA TAHUN 2023"))).contains("Kecamatan Medang Deras");
        assertThat(OpdNames.fromTitleLines(List.of("LAPORAN KINERJA", "DINAS KESEHATAN", "KABUPATEN BATU BARA")))
                .contains("Dinas Kesehatan");
        assertThat(OpdNames.fromTitleLines(List.of("Puji syukur kehadirat Tuhan"))).isEmpty();
    }

    @Test
    void aNameBrokenOverTwoTitleLinesIsJoined() {
        // the Blora Renstra's title: the OPD's name runs over two lines before its region
        assertThat(OpdNames.fromTitleLines(List.of("RENCANA STRATEGIS DINAS PEKERJAAN", "UMUM DAN PENATAAN RUANG",
                "KABUPATEN BLORA TAHUN 2017-2021"))).contains("Dinas Pekerjaan Umum Dan Penataan Ruang");
        // a next line that is the report's name, a region or an address is no part of it
        assertThat(OpdNames.fromTitleLines(List.of("DINAS KESEHATAN", "LAPORAN KINERJA TAHUN 2023")))
                .contains("Dinas Kesehatan");
        assertThat(OpdNames.fromTitleLines(List.of("DINAS PERHUBUNGAN", "JL. AHMAD YANI NO. 268")))
                .contains("Dinas Perhubungan");
    }

    @Test
    void aCoverInTitleCaseNamesTheOpdOnItsFirstPageOnly() {
        assertThat(OpdNames.fromTitle(List.of("i", "Dinas Kebersihan dan Pertamanan Kabupaten Cianjur"), List.of()))
                .contains("Dinas Kebersihan Dan Pertamanan");
        // prose on the cover, or a title-case line on page 2 (a foreword naming another OPD), is no title
        assertThat(OpdNames.fromTitle(List.of("Laporan ini disusun bersama Dinas Kesehatan Kabupaten Cianjur"), List.of()))
                .isEmpty();
        assertThat(OpdNames.fromTitle(List.of(), List.of("Dinas Kesehatan Kabupaten Cianjur"))).isEmpty();
        // an upper-case title anywhere on pages 1-3 comes first
        assertThat(OpdNames.fromTitle(List.of("Dinas Sosial Kota Contoh"), List.of("DINAS KESEHATAN KOTA CONTOH")))
                .contains("Dinas Kesehatan");
    }

    @Test
    void aBranchOfficeIsPartOfTheName() {
        // two BPK Renstras, two offices: two OPDs, not one
        assertThat(OpdNames.fromTitle(List.of("BADAN PEMERIKSA KEUANGAN", "PERWAKILAN PROVINSI SUMATERA BARAT", "RENCANA",
                "STRATEGIS", "2016 - 2020"), List.of())).contains("Badan Pemeriksa Keuangan Perwakilan Provinsi Sumatera Barat");
        assertThat(OpdNames.fromTitle(List.of("Badan Pemeriksa Keuangan",
                "Rencana Strategis BPK Perwakilan Provinsi Riau 2016-2020"), List.of()))
                .contains("Badan Pemeriksa Keuangan Perwakilan Provinsi Riau");
        assertThat(OpdNames.fromTitle(List.of("LAPORAN", "KINERJA", "BALAI BESAR WILAYAH SUNGAI", "CITARUM"), List.of()))
                .contains("Balai Besar Wilayah Sungai Citarum");
    }

    @Test
    void anInspektoratIsNamedByItsRegion() {
        assertThat(OpdNames.fromTitleLines(List.of("RENCANA KERJA", "TA. 2023", "INSPEKTORAT", "KABUPATEN", "JOMBANG")))
                .contains("Inspektorat Kabupaten Jombang");
        assertThat(OpdNames.fromTitleLines(List.of("INSPEKTORAT", "KOTA BATU"))).contains("Inspektorat Kota Batu");
        // without its region it is no name
        assertThat(OpdNames.fromTitleLines(List.of("INSPEKTORAT", "LAPORAN KINERJA"))).isEmpty();
    }

    @Test
    void anImageCoverLeavesTheOpdToTheOpeningPagesText() {
        // the Jombang LKjIP 2022: its cover is an image; the foreword and the summary name the OPD
        List<List<String>> pages = List.of(
                List.of("KATA PENGANTAR", "Berdasarkan Peraturan Pemerintah Nomor 8 Tahun 2006 ... maka",
                        "Inspektorat Kabupaten Jombang menyusun laporan kinerja yang disampaikan kepada", "Bupati Jombang."),
                List.of("RINGKASAN EKSEKUTIF", "Laporan Kinerja Inspektorat Kabupaten Jombang merupakan pertanggungjawaban",
                        "kinerja Inspektorat Kabupaten Jombang dalam mencapai sasaran strategis. Laporan",
                        "akuntabilitas kinerja Inspektorat Kabupaten Jombang Tahun 2022 disusun melalui pengukuran"));
        assertThat(OpdNames.fromText(pages)).contains("Inspektorat Kabupaten Jombang");
        // a name broken over two lines counts: "Dinas Pekerjaan Umum dan Penataan" / "Ruang Kabupaten Grobogan"
        assertThat(OpdNames.fromText(List.of(List.of("Laporan Kinerja Dinas Pekerjaan Umum dan Penataan",
                "Ruang Kabupaten Grobogan disusun ...", "oleh Dinas Pekerjaan Umum dan Penataan Ruang Kabupaten Grobogan."))))
                .contains("Dinas Pekerjaan Umum Dan Penataan Ruang Kabupaten Grobogan");
    }

    @Test
    void noOpdIsTakenFromTextThatDoesNotClearlySpeakForOne() {
        // named once only
        assertThat(OpdNames.fromText(List.of(List.of("Laporan ini disusun oleh Dinas Kesehatan Kabupaten Batu Bara.")))).isEmpty();
        // two OPDs as often as each other: a partner, not the author, may be either
        assertThat(OpdNames.fromText(List.of(List.of("Dinas Kesehatan Kabupaten Batu Bara bersama Dinas Sosial Kabupaten Batu Bara,",
                "Dinas Kesehatan Kabupaten Batu Bara dan Dinas Sosial Kabupaten Batu Bara.")))).isEmpty();
        // an OPD named without its region is no mention (it could be any kabupaten's)
        assertThat(OpdNames.fromText(List.of(List.of("Dinas Kesehatan menyusun laporan.", "Dinas Kesehatan.")))).isEmpty();
    }
}
