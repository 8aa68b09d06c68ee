package id.inspektorat.lkauditor.rules.narrative;

import static id.inspektorat.lkauditor.rules.RuleTestSupport.assertNoFinding;
import static id.inspektorat.lkauditor.rules.RuleTestSupport.assertOneFinding;
import static id.inspektorat.lkauditor.rules.RuleTestSupport.run;
import static id.inspektorat.lkauditor.rules.RuleTestSupport.text;
import static org.assertj.core.api.Assertions.assertThat;

import id.inspektorat.lkauditor.rules.Finding;
import org.junit.jupiter.api.Test;

/** LK-TXT-07: the percentage a sentence gives for its own anggaran and realisasi. */
class BudgetClaimMismatchTest {

    private final BudgetClaimMismatch rule = new BudgetClaimMismatch();

    @Test
    void aPercentageThatIsNotRealisasiOverAnggaranIsFound() {
        // 631.716.596.662 / 658.408.424.000 × 100 = 95,946 → 95,95; printed 96,95
        Finding f = assertOneFinding(run(rule, text("Pagu anggaran belanja langsung sebesar Rp. 658.408.424.000,- dengan realisasi",
                "anggaran sebesar Rp. 631.716.596.662,- atau 96,95 %.")), "LK-TXT-07", 1, 0, "", "96,95 %", "95,95");
        assertThat(f.message()).contains("631.716.596.662").contains("658.408.424.000");
    }

    @Test
    void theRealisasiMayComeFirst() {
        // 10.987.685.404 / 12.106.750.000 × 100 = 90,756 → 90,76; printed 92,76
        assertOneFinding(run(rule, text("Realisasi sebesar Rp 10.987.685.404,- dari pagu Rp 12.106.750.000,- atau 92,76%.")),
                "LK-TXT-07", 1, 0, "", "92,76 %", "90,76");
    }

    @Test
    void aSentenceWhosePercentageHoldsIsNoFinding() {
        // the Wonosobo LK's own sentence: 95,95 holds; truncated (90,75 for 90,756) holds too
        assertNoFinding(run(rule, text("Pagu anggaran belanja langsung sebesar Rp. 658.408.424.000,- dengan realisasi",
                "anggaran sebesar Rp. 631.716.596.662,- atau 95,95 %.")));
        assertNoFinding(run(rule, text("Realisasi sebesar Rp 10.987.685.404,- dari pagu Rp 12.106.750.000,- atau 90,75%.")));
    }

    @Test
    void twoAnggaranBeforeThePercentageAreNotSure() {
        // penetapan + perubahan = total: which one the percentage is of, the sentence does not say
        assertNoFinding(run(rule, text("Anggaran sebesar Rp. 8.389.092.450,- pada anggaran penetapan, dan Rp. 1.963.520.000,-",
                "pada anggaran perubahan, sedangkan realisasi penyerapan sebesar Rp. 9.000.000.000,- atau 99,00 %.")));
    }
}
