package id.inspektorat.lkauditor.rules;

import static org.assertj.core.api.Assertions.assertThat;

import id.inspektorat.lkauditor.fixtures.Tables;
import id.inspektorat.lkauditor.normalization.Table;
import id.inspektorat.lkauditor.rules.consistency.QuantityPrintedDifferently;
import java.util.List;
import org.junit.jupiter.api.Test;

/** LK-FACT-01: one quantity printed differently in two places, and the places that are not one quantity. */
class QuantityPrintedDifferentlyTest {

    private static List<Finding> check(Table... tables) {
        return new QuantityPrintedDifferently().check(new DocumentUnderAudit("d.pdf", 9, List.of(tables), List.of(),
                "Inspektorat Kabupaten Uji", 2023));
    }

    private static Table programs(String caption, String column, String penunjang) {
        return Tables.caption(caption)
                .row("Program", column)
                .row("Program Penyelenggaraan Pengawasan", "121.892.400")
                .row("Program Penunjang Urusan Pemerintahan", penunjang)
                .row("JUMLAH", "121.892.400")
                .build();
    }

    @Test
    void aProgramsPaguPrintedDifferentlyInTwoTablesIsFound() {
        List<Finding> f = check(programs("Tabel 3.2 Program dan Kegiatan", "Pagu Indikatif (Rp)", "11.518.292.618"),
                programs("Tabel 4.1 Rencana Program", "Pagu Indikatif (Rp)", "10.844.259.629"));
        assertThat(f).singleElement().satisfies(x -> {
            assertThat(x.reported()).isEqualTo("10.844.259.629");
            assertThat(x.expected()).isEqualTo("11.518.292.618");
        });
    }

    @Test
    void aPlanningStageIsNotTheFinalFigure() {
        // the Renja's "Rancangan Awal" stage is rightly another figure than the final pagu
        assertThat(check(programs("Tabel 2.3 Review Rancangan Awal RKPD", "Rancangan Awal RKPD › Pagu (Rp)", "19.219.519.600"),
                programs("Tabel 3.2 Program dan Kegiatan", "Pagu Indikatif (Rp)", "11.518.292.618"))).isEmpty();
        assertThat(check(programs("Tabel 2.4 Usulan Program", "Pagu (Rp)", "19.219.519.600"),
                programs("Tabel 3.2 Program dan Kegiatan", "Pagu Indikatif (Rp)", "11.518.292.618"))).isEmpty();
    }

    @Test
    void lastYearsColumnIsNotThisYearsFigure() {
        Table iku = Tables.caption("Tabel 3.1 Capaian IKU")
                .row("Indikator", "Target", "Realisasi", "Capaian (%)")
                .row("Indeks Kepuasan Masyarakat", "75,00", "72,06", "96,08")
                .build();
        Table history = Tables.caption("Tabel 3.2 Perbandingan dengan Tahun Lalu")
                .row("Indikator", "Realisasi Th. (n-1)")
                .row("Indeks Kepuasan Masyarakat", "75,46")
                .build();
        // 75,46 is 2022's IKM, 72,06 is 2023's
        assertThat(check(iku, history)).isEmpty();
        Table sameYear = Tables.caption("Tabel 3.2 Perbandingan dengan Tahun Lalu")
                .row("Indikator", "Realisasi 2023")
                .row("Indeks Kepuasan Masyarakat", "75,46")
                .build();
        assertThat(check(iku, sameYear)).singleElement().satisfies(x -> assertThat(x.rule()).isEqualTo("LK-FACT-01"));
    }
    @Test
    void aShareOfAgenciesByTheirScoreIsNotTheScore() {
        Table iku = Tables.caption("Tabel 3.1 Capaian IKU")
                .row("Indikator", "Target", "Realisasi", "Capaian (%)")
                .row("Nilai SAKIP Inspektorat", "70,00", "65,10", "93,00")
                .build();
        Table share = Tables.caption("Tabel 3.5 Capaian Indikator Program")
                .row("Indikator", "Realisasi 2023")
                .row("Persentase perangkat daerah dengan nilai SAKIP minimal B", "72,00")
                .build();
        // 72,00 % of the agencies scored B or better; the Inspektorat's own SAKIP score is 65,10
        assertThat(check(iku, share)).isEmpty();
        Table score = Tables.caption("Tabel 3.5 Capaian Indikator Program")
                .row("Indikator", "Realisasi 2023")
                .row("Nilai SAKIP Inspektorat", "72,00")
                .build();
        assertThat(check(iku, score)).singleElement().satisfies(x -> {
            assertThat(x.reported()).isIn("72,00", "65,10");
            assertThat(x.expected()).isIn("72,00", "65,10");
        });
    }
}
