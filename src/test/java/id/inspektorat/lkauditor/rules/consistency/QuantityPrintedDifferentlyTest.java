package id.inspektorat.lkauditor.rules.consistency;

import static id.inspektorat.lkauditor.rules.RuleTestSupport.assertNoFinding;
import static id.inspektorat.lkauditor.rules.RuleTestSupport.assertOneFinding;
import static id.inspektorat.lkauditor.rules.RuleTestSupport.document;
import static id.inspektorat.lkauditor.rules.RuleTestSupport.run;
import static id.inspektorat.lkauditor.rules.RuleTestSupport.table;
import static org.assertj.core.api.Assertions.assertThat;

import id.inspektorat.lkauditor.normalization.Table;
import id.inspektorat.lkauditor.rules.Finding;
import java.util.List;
import org.junit.jupiter.api.Test;

/** LK-FACT-01: one quantity printed differently in two places, and the places that are not one quantity. */
class QuantityPrintedDifferentlyTest {

    private static List<Finding> check(Table... tables) {
        return run(new QuantityPrintedDifferently(), document("Inspektorat Kabupaten Uji", 2023, List.of(tables)));
    }

    private static Table programs(String caption, String column, String penunjang) {
        return table(caption)
                .row("Program", column)
                .row("Program Penyelenggaraan Pengawasan", "121.892.400")
                .row("Program Penunjang Urusan Pemerintahan", penunjang)
                .row("JUMLAH", "121.892.400")
                .build();
    }

    /** An IKU table of one indicator: target, realisasi, capaian of the report's year. */
    private static Table iku(String indicator, String target, String realisasi, String capaian) {
        return table("Tabel 3.1 Capaian IKU")
                .row("Indikator", "Target", "Realisasi", "Capaian (%)")
                .row(indicator, target, realisasi, capaian)
                .build();
    }

    /** A table of one indicator and one figure under {@code column}. */
    private static Table oneFigure(String caption, String column, String indicator, String value) {
        return table(caption).row("Indikator", column).row(indicator, value).build();
    }

    @Test
    void aProgramsPaguPrintedDifferentlyInTwoTablesIsFound() {
        List<Finding> f = check(programs("Tabel 3.2 Program dan Kegiatan", "Pagu Indikatif (Rp)", "11.518.292.618"),
                programs("Tabel 4.1 Rencana Program", "Pagu Indikatif (Rp)", "10.844.259.629"));
        // the Penunjang program's pagu: 11.518.292.618 in Tabel 3.2, 10.844.259.629 in Tabel 4.1 (row 2)
        Finding x = assertOneFinding(f, "LK-FACT-01", 2, "Pagu Indikatif (Rp)", "10.844.259.629", "11.518.292.618");
        assertThat(x.table()).isEqualTo("Tabel 4.1");
    }

    @Test
    void aPlanningStageIsNotTheFinalFigure() {
        // the Renja's "Rancangan Awal" stage is rightly another figure than the final pagu
        assertNoFinding(check(programs("Tabel 2.3 Review Rancangan Awal RKPD", "Rancangan Awal RKPD › Pagu (Rp)", "19.219.519.600"),
                programs("Tabel 3.2 Program dan Kegiatan", "Pagu Indikatif (Rp)", "11.518.292.618")));
        assertNoFinding(check(programs("Tabel 2.4 Usulan Program", "Pagu (Rp)", "19.219.519.600"),
                programs("Tabel 3.2 Program dan Kegiatan", "Pagu Indikatif (Rp)", "11.518.292.618")));
    }

    @Test
    void lastYearsColumnIsNotThisYearsFigure() {
        Table iku = iku("Indeks Kepuasan Masyarakat", "75,00", "72,06", "96,08");
        Table history = oneFigure("Tabel 3.2 Perbandingan dengan Tahun Lalu", "Realisasi Th. (n-1)",
                "Indeks Kepuasan Masyarakat", "75,46");
        // 75,46 is 2022's IKM, 72,06 is 2023's
        assertThat(check(iku, history)).isEmpty();
        Table sameYear = oneFigure("Tabel 3.2 Perbandingan dengan Tahun Lalu", "Realisasi 2023",
                "Indeks Kepuasan Masyarakat", "75,46");
        assertThat(check(iku, sameYear)).singleElement().satisfies(x -> assertThat(x.rule()).isEqualTo("LK-FACT-01"));
    }

    @Test
    void aShareOfAgenciesByTheirScoreIsNotTheScore() {
        Table iku = iku("Nilai SAKIP Inspektorat", "70,00", "65,10", "93,00");
        Table share = oneFigure("Tabel 3.5 Capaian Indikator Program", "Realisasi 2023",
                "Persentase perangkat daerah dengan nilai SAKIP minimal B", "72,00");
        // 72,00 % of the agencies scored B or better; the Inspektorat's own SAKIP score is 65,10
        assertThat(check(iku, share)).isEmpty();
        Table score = oneFigure("Tabel 3.5 Capaian Indikator Program", "Realisasi 2023", "Nilai SAKIP Inspektorat", "72,00");
        assertThat(check(iku, score)).singleElement().satisfies(x -> {
            assertThat(x.reported()).isIn("72,00", "65,10");
            assertThat(x.expected()).isIn("72,00", "65,10");
        });
    }
}
