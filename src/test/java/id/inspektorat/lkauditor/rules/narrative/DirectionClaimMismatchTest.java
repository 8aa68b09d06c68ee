package id.inspektorat.lkauditor.rules.narrative;

import static id.inspektorat.lkauditor.rules.RuleTestSupport.assertNoFinding;
import static id.inspektorat.lkauditor.rules.RuleTestSupport.assertOneFinding;
import static id.inspektorat.lkauditor.rules.RuleTestSupport.run;
import static id.inspektorat.lkauditor.rules.RuleTestSupport.text;

import org.junit.jupiter.api.Test;

/** LK-TXT-08: "meningkat menjadi" a lower level, "turun menjadi" a higher one. */
class DirectionClaimMismatchTest {

    private final DirectionClaimMismatch rule = new DirectionClaimMismatch();

    @Test
    void aRiseToALowerLevelIsFound() {
        // 80,50 < 82,10: the IKM fell
        assertOneFinding(run(rule, text("Nilai IKM tahun 2022 sebesar 82,10 meningkat menjadi 80,50 pada tahun 2023.")),
                "LK-TXT-08", 1, 0, "", "meningkat menjadi 80,50", "turun");
    }

    @Test
    void aFallToAHigherLevelIsFound() {
        // 10.424 > 9.916 ("dari A menjadi B")
        assertOneFinding(run(rule, text("Jumlah kunjungan kapal turun dari tahun 2001 sebesar 9.916 kapal menjadi 10.424 kapal.")),
                "LK-TXT-08", 1, 0, "", "turun menjadi 10.424", "naik");
        // 85,35 against the level just after: "dibandingkan tahun 2022 sebesar 86,00"
        assertOneFinding(run(rule, text("Capaian IKM tahun 2023 naik menjadi 85,35 dibandingkan tahun 2022 sebesar 86,00.")),
                "LK-TXT-08", 1, 0, "", "naik menjadi 85,35", "turun");
    }

    @Test
    void movesTheLevelsAgreeWithAreNoFinding() {
        assertNoFinding(run(rule, text(
                "Pada tahun 1991 jumlah kunjungan kapal total 9.916 kapal, kemudian pada tahun 2001 meningkat menjadi 11.200 kapal.",
                "Jumlah pesawat tahun 2001 sebanyak 3.256 pesawat dan pada tahun 2003 turun menjadi 2.707 pesawat.",
                // equal as printed: rounding may hide a small rise
                "Nilai IKM tahun 2022 sebesar 80,50 meningkat menjadi 80,50 pada tahun 2023.")));
    }

    @Test
    void aStartThatIsNotPlainOrOfAnotherUnitIsNoFinding() {
        assertNoFinding(run(rule, text(
                // the target, not a year's level, is the figure before the word
                "Target sebesar 100 kegiatan dan realisasinya meningkat menjadi 95 kegiatan.",
                // a percentage, then a count
                "Capaian tahun 2022 sebesar 95% sedangkan jumlah pengunjung turun menjadi 1.200 orang.",
                // a change between the word and "menjadi": where it started is said elsewhere
                "Terjadi kenaikan 35 poin menjadi sebesar 85,35.")));
    }
}
