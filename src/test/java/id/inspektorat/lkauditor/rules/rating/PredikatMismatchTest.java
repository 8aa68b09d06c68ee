package id.inspektorat.lkauditor.rules.rating;

import static id.inspektorat.lkauditor.rules.RuleTestSupport.SETTINGS;
import static id.inspektorat.lkauditor.rules.RuleTestSupport.assertNoFinding;
import static id.inspektorat.lkauditor.rules.RuleTestSupport.run;
import static id.inspektorat.lkauditor.rules.RuleTestSupport.table;
import static org.assertj.core.api.Assertions.assertThat;

import id.inspektorat.lkauditor.normalization.Table;
import org.junit.jupiter.api.Test;

/** LK-PRED-01: a predikat against its score on the regulation's scale (spec §3: AKIP > 60 – 70 is B, > 70 – 80 BB). */
class PredikatMismatchTest {

    private final PredikatMismatch rule = new PredikatMismatch(SETTINGS);

    @Test
    void aLetterTheScaleContradictsIsFound() {
        Table t = table("Tabel 3.11 Nilai AKIP")
                .row("Indikator", "Target", "Realisasi")
                .row("Nilai Evaluasi AKIP", "70,11 (BB)", "64,38 (BB)")
                .build();
        // 64,38 lies in > 60 – 70: B, printed BB (70,11 is BB: no finding for the target)
        assertThat(run(rule, t)).singleElement().satisfies(x -> {
            assertThat(x.rule()).isEqualTo("LK-PRED-01");
            assertThat(x.page()).isEqualTo(1);
            assertThat(x.row()).isEqualTo(1);
            assertThat(x.column()).isEqualTo("Realisasi");
            assertThat(x.expected()).isEqualTo("B");
            assertThat(x.message()).contains("88 Tahun 2021");
        });
    }

    @Test
    void scoresAtTheBoundariesAreNoFinding() {
        // 70,00 is B (lower bound exclusive), 70,01 is BB
        Table t = table("Tabel AKIP")
                .row("Indikator", "2022", "2023")
                .row("Nilai AKIP", "B (70,00)", "BB (70,01)")
                .build();
        assertNoFinding(run(rule, t));
    }

    @Test
    void theScoreBesideAKategoriColumnIsRead() {
        Table t = table("Rekapitulasi Evaluasi SAKIP")
                .row("No", "OPD", "TOTAL NILAI EVALUASI SAKIP", "KATEGORI")
                .row("1", "DINAS A", "69,77", "B")
                .row("2", "DINAS B", "70,50", "B")
                .build();
        // 69,77 is B; 70,50 is BB, printed B
        assertThat(run(rule, t)).singleElement().satisfies(x -> {
            assertThat(x.row()).isEqualTo(2);
            assertThat(x.expected()).isEqualTo("BB");
        });
    }
}
