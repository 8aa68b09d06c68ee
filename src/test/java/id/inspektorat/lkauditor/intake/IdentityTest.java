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
}
