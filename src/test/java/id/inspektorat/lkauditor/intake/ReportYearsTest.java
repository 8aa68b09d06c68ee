package id.inspektorat.lkauditor.intake;

import static org.assertj.core.api.Assertions.assertThat;

import id.inspektorat.lkauditor.intake.ReportYears.Source;
import id.inspektorat.lkauditor.intake.ReportYears.Year;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Each identity cue for the report's year, with a case where it holds and one where it must not. */
class ReportYearsTest {

    private static Year of(List<String> first, List<String> next, String file, String kind) {
        return ReportYears.of(first, next, file, kind);
    }

    @Test
    void theTitlePageNamesTheYearInAnyLetterCase() {
        Year y = of(List.of("Laporan Kinerja Instansi Pemerintah", "Dinas Komunikasi dan Informatika", "Tahun 2019",
                "Kabupaten Wonosobo"), List.of(), "lkjip.pdf", "LK");
        assertThat(y).isEqualTo(new Year(2019, "2019", Source.TITLE_PAGE));
        // a line that is only the year, under "LAPORAN KINERJA" (the cover of a LAKIN)
        assertThat(of(List.of("2022", "LAPORAN", "KINERJA", "BALAI BESAR WILAYAH SUNGAI"), List.of(), "x.pdf", "LK").year())
                .isEqualTo(2022);
    }

    @Test
    void aRegulationsYearIsNotTheReportsYear() {
        // "Nomor 29 Tahun 2014", "NOMOR TAHUN 2018" (a number left blank), "UU No. 25 tahun 2004"
        assertThat(of(List.of("Peraturan Presiden Nomor 29 Tahun 2014"), List.of(), "x.pdf", "LK")).isEqualTo(Year.NONE);
        assertThat(of(List.of("PERATURAN BUPATI BLORA", "NOMOR TAHUN 2018"), List.of(), "x.pdf", "LK")).isEqualTo(Year.NONE);
        assertThat(of(List.of(), List.of("Sesuai dengan UU No. 25 tahun 2004 tentang Sistem Perencanaan"), "x.pdf", "LK"))
                .isEqualTo(Year.NONE);
    }

    @Test
    void theTitlesFirstYearOutweighsALaterOneOnTheSamePage() {
        // a Rencana Aksi table on page 1 whose cells say "Tahun 2024": the title above them says 2023
        Year y = of(List.of("RENCANA AKSI PENCAPAIAN KINERJA TAHUN 2023", "Sasaran | Indikator | Target", "Tahun 2024"),
                List.of(), "lhe.pdf", "LHE");
        assertThat(y.year()).isEqualTo(2023);
    }

    @Test
    void aReportsNameBeforeAYearOnPagesTwoAndThreeCounts() {
        // the foreword and the running footer; the name and its year may wrap onto two lines
        Year y = of(List.of(), List.of("Penyusunan LAKIP Dinas Kebersihan dan Pertamanan Tahun", "2015, merupakan tindak lanjut",
                "Laporan Kinerja Instansi Pemerintah Tahun 2015"), "lakip.pdf", "LK");
        assertThat(y).isEqualTo(new Year(2015, "2015", Source.TEXT));
        // once is not enough on its own: one mention in prose may be any year
        assertThat(of(List.of(), List.of("sesuai Perjanjian Kinerja Tahun 2022."), "x.pdf", "LK").year()).isZero();
        // a year in prose after no report's name is no cue at all
        assertThat(of(List.of(), List.of("Berdasarkan Badan Pusat Statistik Tahun 2021 jumlah pemuda"), "x.pdf", "LK"))
                .isEqualTo(Year.NONE);
    }

    @Test
    void anLkIsSignedEarlyInTheYearAfterItsYear() {
        Year y = of(List.of(), List.of("Jombang, 30 Januari 2023", "Laporan Kinerja Instansi Pemerintah Tahun 2022"), "x.pdf", "LK");
        assertThat(y.year()).isEqualTo(2022);
        // signed in Februari 2016 with nothing else: 2015, from the signing date alone
        assertThat(of(List.of(), List.of("Cianjur, Februari 2016"), "lakip.pdf", "LK"))
                .isEqualTo(new Year(2015, "2015", Source.SIGNING_DATE));
        // an LK signed in August says nothing of its year; nor does a signing date in a Renstra
        assertThat(of(List.of(), List.of("Cianjur, Agustus 2016"), "x.pdf", "LK")).isEqualTo(Year.NONE);
        assertThat(of(List.of(), List.of("Jombang, Juni 2022"), "x.pdf", "LAIN")).isEqualTo(Year.NONE);
    }

    @Test
    void aRenjaIsSignedTheYearBeforeTheYearItPlans() {
        Year y = of(List.of(), List.of("Rencana Kerja Kecamatan Rumbai Tahun 2022 ini dapat", "Pekanbaru, Agustus 2021"),
                "RENJA.pdf", "RENJA");
        assertThat(y.year()).isEqualTo(2022);
    }

    @Test
    void theFileNameCountsButAnUploadDateInItDoesNot() {
        // "2023-06-13-lkjip-inspektorat-tahun-2022": 2023 starts the upload date; with the title it is 2022
        Year y = of(List.of("LAPORAN KINERJA TAHUN 2022"), List.of(), "2023-06-13-lkjip-inspektorat-tahun-2022.pdf", "LK");
        assertThat(y).isEqualTo(new Year(2022, "2022", Source.TITLE_PAGE));
        // a time stamp for a name holds no year
        assertThat(of(List.of(), List.of(), "20200629092147_787.pdf", "LK")).isEqualTo(Year.NONE);
        // the file name alone is not sure
        assertThat(of(List.of(), List.of(), "DKIPS_PERJANJIAN_KINERJA_2021.pdf", "PK"))
                .isEqualTo(new Year(0, "tidak pasti: 2021 (1)", Source.NOT_SURE));
    }

    @Test
    void cuesThatDisagreeLeaveTheYearNotSure() {
        Year y = of(List.of("LAPORAN KINERJA TAHUN 2022"), List.of("Laporan Kinerja Instansi Pemerintah Tahun 2023",
                "Laporan Kinerja Instansi Pemerintah Tahun 2023", "Laporan Kinerja Tahun 2023"), "lk.pdf", "LK");
        assertThat(y.year()).isZero();
        assertThat(y.source()).isEqualTo(Source.NOT_SURE);
        assertThat(y.printed()).isEqualTo("tidak pasti: 2022 (4), 2023 (3)");
    }

    @Test
    void aRenstraIsForItsPeriodAndItsYearsAreNoReportYear() {
        Year y = of(List.of("Renstra Kecamatan Rumbai Tahun 2017-2022", "Revisi Renstra Tahun 2021-2022"), List.of(),
                "Renstra.pdf", "RENSTRA");
        assertThat(y).isEqualTo(new Year(0, "2017-2022", Source.TITLE_PAGE));
        // "2020- 2024" with a space, "2016 – 2020" with a dash
        assertThat(of(List.of("Rencana Strategis", "2020- 2024"), List.of(), "x.pdf", "RENSTRA").printed()).isEqualTo("2020-2024");
        // one mention in a foreword may be another body's Renstra: not sure
        assertThat(of(List.of(), List.of("mengacu pada Rencana Strategis Kementerian Tahun 2020-2024"), "x.pdf", "RENSTRA")
                .source()).isEqualTo(Source.NOT_SURE);
        // a period's years do not vote for a year in an LK ("disusun berdasarkan Renstra 2016 – 2021")
        assertThat(of(List.of(), List.of("Laporan Kinerja Tahun 2021 disusun berdasarkan Rencana Strategis 2016 – 2021",
                "Laporan Kinerja Instansi Pemerintah Tahun 2021"), "x.pdf", "LK").year()).isEqualTo(2021);
    }

    @Test
    void aTableOfContentsNamesOtherYears() {
        assertThat(of(List.of("Renstra Kementerian PUPR Tahun 2020-2024.............................. 39"), List.of(),
                "x.pdf", "RENSTRA")).isEqualTo(Year.NONE);
    }

    @Test
    void aFigureIsNotAYear() {
        // "Tahun 2016,50" is no year; "Tahun Anggaran 2016." ends a sentence and is one
        assertThat(of(List.of("Realisasi Tahun 2016,50"), List.of(), "x.pdf", "LK")).isEqualTo(Year.NONE);
        assertThat(of(List.of("Tahun Anggaran 2016."), List.of(), "x.pdf", "RENJA").year()).isEqualTo(2016);
    }
}
