package id.inspektorat.lkauditor.rules.akip;

import static id.inspektorat.lkauditor.rules.RuleTestSupport.assertNoFinding;
import static id.inspektorat.lkauditor.rules.RuleTestSupport.assertOneFinding;
import static id.inspektorat.lkauditor.rules.RuleTestSupport.run;
import static id.inspektorat.lkauditor.rules.RuleTestSupport.table;

import id.inspektorat.lkauditor.normalization.Table;
import org.junit.jupiter.api.Test;

/** LK-AKIP-01: an AKIP component above its weight, or weights that do not make 100 (spec §3, PermenPAN-RB 88/2021). */
class AkipComponentOverWeightTest {

    private final AkipComponentOverWeight rule = new AkipComponentOverWeight();

    private static Table akip(String pelaporanBobot, String pelaporan) {
        return table("Tabel 3.4 Aspek Penilaian AKIP")
                .row("NO", "KOMPONEN", "BOBOT", "NILAI")
                .row("1", "Perencanaan Kinerja", "30,00", "21,37")
                .row("2", "Pengukuran Kinerja", "30,00", "18,22")
                .row("3", "Pelaporan Kinerja", pelaporanBobot, pelaporan)
                .row("4", "Evaluasi Akuntabilitas Kinerja Internal", "25,00", "15,87")
                .build();
    }

    @Test
    void aComponentAboveItsWeightIsFound() {
        // Pelaporan 16,20 > its weight 15,00
        assertOneFinding(run(rule, akip("15,00", "16,20")), "LK-AKIP-01", 3, "NILAI", "16,20", "15,00");
    }

    @Test
    void weightsThatDoNotMakeHundredAreFound() {
        // 30,00 + 30,00 + 20,00 + 25,00 = 105,00, reported at the last component's weight
        assertOneFinding(run(rule, akip("20,00", "11,20")), "LK-AKIP-01", 4, "BOBOT", "105,00", "100,00");
    }

    @Test
    void componentsWithinTheirWeightsAreNoFinding() {
        // 30 + 30 + 15 + 25 = 100; every value below its weight
        assertNoFinding(run(rule, akip("15,00", "11,20")));
    }
}
