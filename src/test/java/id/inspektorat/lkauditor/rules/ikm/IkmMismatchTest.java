package id.inspektorat.lkauditor.rules.ikm;

import static id.inspektorat.lkauditor.rules.RuleTestSupport.FACTS;
import static id.inspektorat.lkauditor.rules.RuleTestSupport.SETTINGS;
import static id.inspektorat.lkauditor.rules.RuleTestSupport.assertNoFinding;
import static id.inspektorat.lkauditor.rules.RuleTestSupport.assertOneFinding;
import static id.inspektorat.lkauditor.rules.RuleTestSupport.document;
import static id.inspektorat.lkauditor.rules.RuleTestSupport.run;
import static id.inspektorat.lkauditor.rules.RuleTestSupport.table;
import static org.assertj.core.api.Assertions.assertThat;

import id.inspektorat.lkauditor.normalization.Table;
import id.inspektorat.lkauditor.rules.DocumentUnderAudit;
import id.inspektorat.lkauditor.rules.Finding;
import org.junit.jupiter.api.Test;

/** LK-IKM-01: NRR tertimbang = Σ NRR × 0,111, IKM = tertimbang × 25, and its mutu (spec §4). */
class IkmMismatchTest {

    private final IkmMismatch rule = new IkmMismatch(SETTINGS);

    private static DocumentUnderAudit survey(String tertimbang, String ikm, String mutu) {
        Table nrr = table("Tabel 3.3 Hasil Survey Kepuasan Masyarakat")
                .row("No.", "Unsur Pelayanan", "Nilai Rata-Rata")
                .row("1.", "Persyaratan", "3,00").row("2.", "Prosedur", "3,10").row("3.", "Waktu", "3,14")
                .row("4.", "Biaya", "3,94").row("5.", "Produk", "3,05").row("6.", "Kompetensi", "3,17")
                .row("7.", "Perilaku", "3,25").row("8.", "Sarana", "3,05").row("9.", "Pengaduan", "3,31")
                .row("Jumlah NRR Tertimbang", "", tertimbang)
                .build();
        Table result = table("")
                .row("IKM Unit Pelayanan", ikm)
                .row("Mutu Pelayanan", ": " + mutu)
                .build();
        return document(nrr, result);
    }

    @Test
    void theRegulationsWeightIsNoFinding() {
        // Σ NRR = 29,01; × 0,111 = 3,22; × 25 = 80,50 → B (76,61 – 88,30)
        assertNoFinding(run(rule, survey("3,22", "80,50", "B")));
    }

    @Test
    void aWrongTertimbangIsFoundAtItsRow() {
        // 29,01 × 0,111 = 3,220…, printed 3,32 in the tenth row; IKM 3,32 × 25 = 83,00 follows the printed
        // tertimbang, and 83,00 is B (76,61 – 88,30): only the tertimbang is wrong
        Finding f = assertOneFinding(run(rule, survey("3,32", "83,00", "B")), "LK-IKM-01", 10, "Nilai Rata-Rata", "3,32",
                "3,22");
        assertThat(f.table()).isEqualTo("Tabel 3.3");
    }

    @Test
    void wrongTertimbangIkmAndMutuAreFound() {
        // tertimbang 3,32 (3,22 expected); IKM 80,50 from 3,32 × 25 = 83,00; mutu A where 80,50 is B
        assertThat(run(rule, survey("3,32", "80,50", "A"))).extracting(Finding::expected)
                .containsExactlyInAnyOrder("3,22", "83,00", "B");
    }

    // --- scales by period (issue 16) -------------------------------------------------------------

    private static DocumentUnderAudit survey(int year, String mutu) {
        DocumentUnderAudit d = survey("3,22", "80,50", mutu);
        return new DocumentUnderAudit(d.document(), d.pageCount(), d.tables(), d.pages(), d.opd(), year, FACTS);
    }

    @Test
    void theMutuIsJudgedByTheIkmScaleOfTheReportsYear() {
        // 2023: PermenPAN-RB 14/2017 applies, IKM 80,50 is B (76,61 – 88,30), printed A
        assertThat(run(rule, survey(2023, "A"))).extracting(Finding::expected).containsExactly("B");
    }

    @Test
    void theMutuOfAReportBeforeEveryIkmScaleIsNotJudged() {
        // 2016: 14/2017 does not cover it (the scale of 16/2014 is not bundled)
        assertNoFinding(run(rule, survey(2016, "A")));
    }
}
