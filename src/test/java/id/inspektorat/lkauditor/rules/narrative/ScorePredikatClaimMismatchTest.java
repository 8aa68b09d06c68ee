package id.inspektorat.lkauditor.rules.narrative;

import static id.inspektorat.lkauditor.rules.RuleTestSupport.assertNoFinding;
import static id.inspektorat.lkauditor.rules.RuleTestSupport.assertOneFinding;
import static id.inspektorat.lkauditor.rules.RuleTestSupport.document;
import static id.inspektorat.lkauditor.rules.RuleTestSupport.page;
import static id.inspektorat.lkauditor.rules.RuleTestSupport.run;
import static id.inspektorat.lkauditor.rules.RuleTestSupport.text;
import static org.assertj.core.api.Assertions.assertThat;

import id.inspektorat.lkauditor.rules.Finding;
import id.inspektorat.lkauditor.settings.RulesSettings;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * LK-TXT-06: a score and its predikat stated together in the text. Expected grades from the AKIP
 * scale of PermenPAN-RB 88/2021 (AA > 90–100, A > 80–90, BB > 70–80, B > 60–70, CC > 50–60,
 * C > 30–50, D 0–30; lower bound exclusive) and the IKM scale of PermenPAN-RB 14/2017 (A 88,31–100,
 * B 76,61–88,30, C 65,00–76,60, D 25,00–64,99).
 */
class ScorePredikatClaimMismatchTest {

    private final ScorePredikatClaimMismatch rule = new ScorePredikatClaimMismatch(RulesSettings.defaults());

    @Test
    void aScoreTheScaleGivesAnotherPredikatIsFound() {
        // 58,20 lies in > 50 – 60: CC, not B
        Finding f = assertOneFinding(run(rule, text("Nilai evaluasi AKIP tahun 2023 sebesar 58,20 dengan predikat B.")),
                "LK-TXT-06", 1, 0, "", "B (58,20)", "CC");
        assertThat(f.message()).contains("Nomor 88 Tahun 2021").contains("tertulis predikat B");
    }

    @Test
    void thePredikatBeforeItsScoreIsReadToo() {
        // "predikat BB (64,38)": 64,38 is B; the sentence wraps over two lines
        assertOneFinding(run(rule, text("Hasil evaluasi SAKIP Kecamatan Uji memperoleh", "predikat BB (64,38) pada tahun 2023.")),
                "LK-TXT-06", 1, 0, "", "BB (64,38)", "B");
    }

    @Test
    void anIkmWithAWrongMutuIsFoundByTheIkmScale() {
        // IKM 80,50 is B (76,61 – 88,30), printed A
        assertOneFinding(run(rule, text("Nilai IKM tahun 2023 sebesar 80,50 dengan mutu pelayanan A.")),
                "LK-TXT-06", 1, 0, "", "A (80,50)", "B");
    }

    @Test
    void aScoreWithItsOwnPredikatIsNoFinding() {
        // the Medang Deras LK's own sentence: 69,70 is B (> 60 – 70)
        assertNoFinding(run(rule, text("Kecamatan Sei Suka masih lebih unggul jika dilihat dari perolehan nilai yaitu 69,70",
                "dan kategori Predikat B. Naik turunnya capaian realisasi nilai Evaluasi AKIP dipengaruhi dokumen.")));
        // 70,00 is B, 70,01 BB: the lower bound is exclusive
        assertNoFinding(run(rule, text("Nilai AKIP sebesar 70,00 dengan predikat B.")));
    }

    @Test
    void aChangeIsNoScoreAndAnUnnamedScoreIsNoClaim() {
        // "kenaikan 4,31 poin": a difference, not a score
        assertNoFinding(run(rule, text("Nilai AKIP mengalami kenaikan 4,31 poin dengan kategori predikat B.")));
        // no AKIP or IKM named: whose predikat it is is not known
        assertNoFinding(run(rule, text("Nilai rata-rata 58,20 dengan predikat B.")));
        // "Baik" is a word, not the letter B
        assertNoFinding(run(rule, text("Nilai AKIP sebesar 58,20 dengan predikat Baik menurut penilaian internal.")));
    }

    @Test
    void aReportBeforeEveryScaleIsNotHeldToOne() {
        // a 2016 report: the bundled AKIP scale starts with the 2021 regulation
        assertNoFinding(run(rule, document("Kecamatan Uji", 2016, List.of(),
                page(1, "Nilai evaluasi AKIP tahun 2016 sebesar 58,20 dengan predikat B."))));
    }
}
