package id.inspektorat.lkauditor.rules.capaian;

import static id.inspektorat.lkauditor.rules.RuleTestSupport.document;
import static id.inspektorat.lkauditor.rules.RuleTestSupport.SETTINGS;
import static id.inspektorat.lkauditor.rules.RuleTestSupport.assertNoFinding;
import static id.inspektorat.lkauditor.rules.RuleTestSupport.assertOneFinding;
import static id.inspektorat.lkauditor.rules.RuleTestSupport.run;
import static id.inspektorat.lkauditor.rules.RuleTestSupport.table;
import static org.assertj.core.api.Assertions.assertThat;

import id.inspektorat.lkauditor.normalization.Table;
import id.inspektorat.lkauditor.rules.Finding;
import id.inspektorat.lkauditor.vocabulary.Severity;
import java.util.List;
import org.junit.jupiter.api.Test;

/** LK-CAP-01: capaian = realisasi / target × 100 (spec §3), truncated or rounded (§7). */
class CapaianMismatchTest {

    private final CapaianMismatch rule = new CapaianMismatch(SETTINGS);

    private static Table iku(String akipCapaian) {
        return table("Tabel 3.2 Capaian IKU")
                .row("No.", "Sasaran", "Indikator", "Satuan", "Target", "Realisasi", "Capaian")
                .row("1", "Kepuasan", "IKM", "Nilai", "88,31", "85,35", "96,64")
                .row("2", "Akuntabilitas", "Nilai Evaluasi AKIP", "Nilai", "70,00 ( B )", "66,66 ( B )", akipCapaian)
                .build();
    }

    @Test
    void realisasiOverTargetThatIsNotTheCapaianIsFound() {
        // 66,66 / 70,00 × 100 = 95,228…, printed 89,07
        Finding f = assertOneFinding(run(rule, iku("89,07")), "LK-CAP-01", 2, "Capaian", "89,07", "95,23");
        assertThat(f.message()).contains("66,66 / 70,00 × 100 = 95,23");
    }

    @Test
    void truncatedAndCorrectFiguresAreNoFinding() {
        // 85,35 / 88,31 × 100 = 96,648… printed 96,64 (truncated); 95,228… printed 95,23 (rounded)
        assertNoFinding(run(rule, iku("95,23")));
    }

    @Test
    void everyYearOfAHistoryTableIsChecked() {
        // 2022: 90,10 / 80,00 × 100 = 112,625, printed 112,25; 2023: 80,50 / 85,00 × 100 = 94,70…, printed 94,71
        Table t = table("Tabel 3.10 IKM 2019-2023")
                .row("Indikator", "Satuan", "Target{2}", "Realisasi{2}", "Persentase Capaian Kinerja{2}")
                .row("", "", "2022", "2023", "2022", "2023", "2022", "2023")
                .row("IKM", "Nilai", "80,00", "85,00", "90,10", "80,50", "112,25%", "94,71%")
                .build();
        assertThat(run(rule, t)).singleElement().satisfies(x -> {
            assertThat(x.column()).isEqualTo("Persentase Capaian Kinerja › 2022");
            assertThat(x.expected()).isEqualTo("112,63");
        });
    }

    @Test
    void aLetterTargetUsesItsLowerBoundAndOnlyWarns() {
        Table t = table("Tabel 3.1")
                .row("No.", "Indikator", "Target", "Realisasi", "Capaian")
                .row("1", "Nilai AKIP", "BB", "76,30", "109,00")
                .row("2", "Nilai AKIP 2", "A", "76,00", "99,00")
                .build();
        // BB → 70: 76,30 / 70 = 109,00 (consistent); A → 80: 76 / 80 = 95,00, printed 99,00
        assertThat(run(rule, t)).singleElement().satisfies(x -> {
            assertThat(x.row()).isEqualTo(2);
            assertThat(x.severity()).isEqualTo(Severity.WARNING);
            assertThat(x.expected()).isEqualTo("95,00");
        });
    }

    @Test
    void aBudgetPercentIsRealisasiOverAnggaran() {
        Table t = table("Realisasi Anggaran")
                .row("No", "Belanja", "Anggaran", "Realisasi", "Persentase")
                .row("1.", "Belanja Operasi", "4.569.324.466", "4.407.925.416", "96,46 %")
                .row("2.", "Belanja Modal", "353.029.738", "350.540.000", "93,29 %")
                .build();
        // 4.407.925.416 / 4.569.324.466 × 100 = 96,46…; 350.540.000 / 353.029.738 × 100 = 99,29, printed 93,29
        assertThat(run(rule, t)).singleElement().satisfies(x -> {
            assertThat(x.row()).isEqualTo(2);
            assertThat(x.expected()).isEqualTo("99,29");
        });
    }

    // --- scales by period (issue 16) -------------------------------------------------------------

    private static Table letterTarget() {
        return table("Tabel 3.1")
                .row("No.", "Indikator", "Target", "Realisasi", "Capaian")
                .row("1", "Nilai AKIP 2", "A", "76,00", "99,00")
                .build();
    }

    @Test
    void aLetterTargetIsReadOnTheAkipScaleOfTheReportsYear() {
        // 2023: 88/2021 applies, A → 80: 76 / 80 = 95,00, printed 99,00
        assertThat(run(rule, document(2023, letterTarget()))).singleElement()
                .satisfies(x -> assertThat(x.expected()).isEqualTo("95,00"));
    }

    @Test
    void aLetterTargetOfAReportBeforeEveryAkipScaleIsNotRead() {
        // 2016: no AKIP scale covers the year, the letter's lower bound is not known
        assertNoFinding(run(rule, document(2016, letterTarget())));
    }

    @Test
    void aNumericTargetNeedsNoScale() {
        Table t = table("Tabel 3.1")
                .row("No.", "Indikator", "Target", "Realisasi", "Capaian")
                .row("1", "Nilai AKIP", "80,00", "76,00", "99,00")
                .build();
        assertThat(run(rule, document(2016, t))).singleElement().satisfies(x -> assertThat(x.expected()).isEqualTo("95,00"));
    }

    // --- a lower-is-better indicator the text declares, and a budget table's "Persen" (real reports) ------

    /** The DKP Cianjur LAKIP 2015, p26: TPST target 18, realisasi 25, capaian 61 % = (2 × 18 − 25) / 18. */
    private static Table tpst() {
        return table("Tabel 3.1 Capaian Sasaran")
                .row("No.", "Indikator", "Target", "Realisasi", "Capaian")
                .row("1", "Luas RTH", "0,820", "0,162", "19,76")
                .row("2", "Rasio volume sampah terangkut", "75", "75", "100")
                .row("3", "Tempat pembuangan sampah (TPST) per satuan penduduk", "18", "25", "61")
                .build();
    }

    @Test
    void aLowerIsBetterIndicatorTheTextDeclaresMayUseItsFormula() {
        // (2 × 18 − 25) / 18 × 100 = 61,1: the report says "realisasi makin tinggi maka makin rendah capaian kinerja"
        assertNoFinding(run(rule, document(List.of(tpst()),
                "Dan capaian TPST persatuan penduduk 61% dari target 18% yang dapat direalisasikan 25% karena",
                "realisasi makin tinggi maka makin rendah capaian kinerja sehingga menjadi 61%.")));
        // without the statement 25 / 18 × 100 = 138,89 is the capaian
        assertThat(run(rule, document(List.of(tpst()), "Capaian sasaran disajikan pada tabel berikut.")))
                .singleElement().satisfies(x -> assertThat(x.expected()).isEqualTo("138,89"));
    }

    @Test
    void aBudgetTablesPersenColumnIsRealisasiOverAnggaran() {
        // the DPUPR Grobogan LKjIP 2021, p73: 784.311.900 / 845.629.898 × 100 = 92,7488…, printed 92,72
        Table t = table("Tabel 3.20 Realisasi Anggaran")
                .row("NO.", "KEGIATAN", "ANGGARAN (Rp.)", "REALISASI (RP)", "Persen (%)")
                .row("1.", "Kegiatan Perencanaan", "264.320.000", "195.645.500", "74,02")
                .row("2.", "Kegiatan Administrasi Keuangan", "10.662.131.000", "10.134.753.523", "95,05")
                .row("3.", "Kegiatan Administrasi Barang", "76.412.000", "71.650.000", "93,77")
                .row("4.", "Kegiatan Administrasi Kepegawaian", "845.629.898", "784.311.900", "92,72")
                .build();
        Finding f = assertOneFinding(run(rule, t), "LK-CAP-01", 4, "Persen (%)", "92,72", "92,75");
        assertThat(f.message()).startsWith("Persentase = realisasi / anggaran × 100 = 784.311.900 / 845.629.898");
    }

    @Test
    void aProgressTablesKeuColumnIsRealisasiOverPagu() {
        // BBWS Citarum LAKIN 2022 Tabel IV.6 (p119): 1.545.081.740 / 2.019.818.555 × 100 = 76,50, printed 97,31;
        // "Fis" (physical progress) is not computed from the amounts and is left alone
        Table t = table("Tabel IV.6 Progres per Balai")
                .row("NO", "BALAI", "PAGU (Rp. 000)", "REALISASI (Rp. 000)", "PROGRES{2}")
                .row("", "", "", "", "Keu", "Fis")
                .row("1", "BBWS Pemali-Juana", "2.326.961.118", "2.307.282.313", "99,15", "100,00")
                .row("2", "BBWS Cimanuk-Cisanggarung", "2.439.346.018", "2.408.454.496", "98,73", "99,91")
                .row("3", "BBWS Brantas", "2.450.862.306", "2.401.829.242", "98,00", "99,73")
                .row("4", "BBWS Bengawan Solo", "2.019.818.555", "1.545.081.740", "97,31", "97,17")
                .build();
        assertOneFinding(run(rule, t), "LK-CAP-01", 4, "PROGRES › Keu", "97,31", "76,50");
    }
}
