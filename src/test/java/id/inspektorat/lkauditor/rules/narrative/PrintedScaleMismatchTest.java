package id.inspektorat.lkauditor.rules.narrative;

import static id.inspektorat.lkauditor.rules.RuleTestSupport.document;
import static id.inspektorat.lkauditor.rules.RuleTestSupport.SETTINGS;
import static id.inspektorat.lkauditor.rules.RuleTestSupport.assertNoFinding;
import static id.inspektorat.lkauditor.rules.RuleTestSupport.run;
import static id.inspektorat.lkauditor.rules.RuleTestSupport.table;
import static id.inspektorat.lkauditor.rules.RuleTestSupport.text;
import static org.assertj.core.api.Assertions.assertThat;

import id.inspektorat.lkauditor.normalization.Table;
import org.junit.jupiter.api.Test;

/** LK-TXT-05: a printed rating scale against the regulation's (spec §3: Permendagri 86/2017, 76–90 Tinggi). */
class PrintedScaleMismatchTest {

    private final PrintedScaleMismatch rule = new PrintedScaleMismatch(SETTINGS);

    private static Table scale(String tinggi) {
        return table("TABEL 3.1 SKALA NILAI PERINGKAT KINERJA")
                .row("No", "Interval Nilai Realisasi Kinerja", "Kriteria Penilaian")
                .row("1", "91% ≤ 100%", "Sangat Tinggi")
                .row("2", tinggi, "Tinggi")
                .row("3", "66% ≤ 75%", "Sedang")
                .row("4", "51% ≤ 65%", "Rendah")
                .row("5", "≤ 50%", "Sangat Rendah")
                .build();
    }

    @Test
    void aBoundTheRegulationDoesNotHaveIsFound() {
        // Tinggi is 76–90 in the regulation (91 is Sangat Tinggi: Tinggi runs from 76 to below 91), printed up to 85
        assertThat(run(rule, scale("76% ≤ 85%"))).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("LK-TXT-05");
            assertThat(f.page()).isEqualTo(1);
            assertThat(f.row()).isEqualTo(2);
            assertThat(f.column()).isEqualTo("Interval Nilai Realisasi Kinerja");
            assertThat(f.reported()).isEqualTo("76% ≤ 85%");
            assertThat(f.expected()).contains("76").contains("91");
            assertThat(f.message()).contains("Nomor 86 Tahun 2017").contains("Tinggi");
        });
    }

    @Test
    void theRegulationsScaleIsNoFinding() {
        assertNoFinding(run(rule, scale("76% ≤ 90%")));
    }

    @Test
    void aScaleOfAnotherRegulationIsNotHeldToOurs() {
        // PermenPAN-RB 20/2013: AA "Memuaskan" > 85; since 88/2021 "Memuaskan" is A's label and AA is > 90
        Table old = table("Tabel II.6 Kriteria Penilaian Capaian")
                .row("No", "Nilai Huruf", "Nilai Angka", "Interpretasi")
                .row("1", "AA", "> 85 - 100", "Memuaskan")
                .row("2", "A", "> 75 - 85", "Sangat Baik")
                .row("3", "BB", "> 65 - 75", "Baik, perlu sedikit perbaikan")
                .row("4", "B", "> 50 - 65", "Cukup (memadai)")
                .build();
        assertNoFinding(run(rule, old));
    }

    // --- scales by period and the report's own capaian classification (issue 16) -------------------

    @Test
    void aReportIsComparedWithTheCapaianScaleOfItsYear() {
        // 2023: Permendagri 86/2017 (from 2017) applies; 2016: no capaian scale covers it
        assertThat(run(rule, document(2023, scale("76% ≤ 85%")))).singleElement()
                .satisfies(f -> assertThat(f.row()).isEqualTo(2));
        assertNoFinding(run(rule, document(2016, scale("76% ≤ 85%"))));
    }

    @Test
    void aReportsOwnCapaianClassificationIsNeverHeldToTheAkipScale() {
        // "Sangat Baik", "Baik", "Kurang", "Sangat Kurang" are AKIP labels (BB, B, C, D of 88/2021) too,
        // but percentages above 100 are a capaian: not a copy of the AKIP scale
        Table own = table("Tabel 3.1 Interval Penilaian Kinerja")
                .row("No", "Interval Nilai Realisasi Kinerja", "Kriteria Penilaian Realisasi Kinerja")
                .row("1", "> 100 %", "Sangat Baik")
                .row("2", "91 % ≤ 100 %", "Sangat Baik")
                .row("3", "76 % ≤ 90%", "Baik")
                .row("4", "51 % ≤ 65 %", "Kurang")
                .row("5", "≤ 50 %", "Sangat Kurang")
                .build();
        assertNoFinding(run(rule, document(2023, own)));
    }

    @Test
    void labelsWithoutTheLettersAreNotACopyOfTheAkipScale() {
        // the same classification without "%": no AA, BB, ... letter, so not the AKIP scale either
        Table own = table("Tabel 3.1 Skala Nilai Peringkat Kinerja")
                .row("No", "Interval Nilai Realisasi Kinerja", "Kriteria Penilaian")
                .row("1", "91 - 100", "Sangat Baik")
                .row("2", "76 - 90", "Baik")
                .row("3", "66 - 75", "Cukup")
                .row("4", "51 - 65", "Kurang")
                .row("5", "≤ 50", "Sangat Kurang")
                .build();
        assertNoFinding(run(rule, document(2023, own)));
    }

    @Test
    void aPrintedAkipScaleWithItsLettersIsStillCompared() {
        // 88/2021: BB is > 70 – 80; printed > 65 – 80
        Table akip = table("Tabel 2.1 Kategori Nilai AKIP")
                .row("No", "Kategori", "Nilai Angka", "Interpretasi")
                .row("1", "AA", "> 90 - 100", "Sangat Memuaskan")
                .row("2", "A", "> 80 - 90", "Memuaskan")
                .row("3", "BB", "> 65 - 80", "Sangat Baik")
                .row("4", "B", "> 60 - 70", "Baik")
                .build();
        assertThat(run(rule, document(2023, akip))).singleElement().satisfies(f -> {
            assertThat(f.row()).isEqualTo(3);
            assertThat(f.message()).contains("88 Tahun 2021");
        });
        assertNoFinding(run(rule, document(2016, akip))); // before 88/2021, no AKIP scale
    }

    // --- a scale printed as a list in the running text (issue 16) ---------------------------------

    private static String[] akipList(String bb) {
        return new String[] {"Predikat nilai hasil evaluasi AKIP adalah sebagai berikut:",
            "a. AA : > 90 – 100 (Sangat Memuaskan)", "b. A : > 80 – 90 (Memuaskan)", "c. BB : " + bb + " (Sangat Baik)",
            "d. B : > 60 – 70 (Baik)", "e. CC : > 50 – 60 (Cukup)", "Nilai tersebut ditetapkan oleh evaluator."};
    }

    @Test
    void aScalePrintedAsAListInTheTextIsCheckedLikeATable() {
        // PermenPAN-RB 88/2021: BB is > 70 – 80; the list prints > 75 – 80
        assertThat(run(rule, text(akipList("> 75 – 80")))).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("LK-TXT-05");
            assertThat(f.page()).isEqualTo(1);
            assertThat(f.table()).isEmpty();
            assertThat(f.reported()).isEqualTo("> 75 – 80 (Sangat Baik)");
            assertThat(f.expected()).contains("70").contains("80");
            assertThat(f.message()).contains("Nomor 88 Tahun 2021").contains("c. BB : > 75 – 80");
        });
    }

    @Test
    void aRightListAShortOneAndSentencesWithRangesAreNoFinding() {
        assertNoFinding(run(rule, text(akipList("> 70 – 80"))));
        // two lines are no list
        assertNoFinding(run(rule, text("a. AA : > 95 – 100 (Sangat Memuaskan)", "b. A : > 85 – 95 (Memuaskan)",
                "Nilai tersebut ditetapkan oleh evaluator.")));
        // the lines of a paragraph that happen to hold a range: no predikat per line, no scale
        assertNoFinding(run(rule, text("Target capaian 80 – 90 persen pada tahun 2023,", "dengan realisasi 75 – 85 persen dan",
                "rentang 60 – 70 persen pada tahun sebelumnya.")));
    }
}
