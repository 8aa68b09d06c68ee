package id.inspektorat.lkauditor.rules.budget;

import static id.inspektorat.lkauditor.fixtures.ReportTables.realisation;
import static id.inspektorat.lkauditor.rules.RuleTestSupport.assertNoFinding;
import static id.inspektorat.lkauditor.rules.RuleTestSupport.assertOneFinding;
import static id.inspektorat.lkauditor.rules.RuleTestSupport.run;
import static org.assertj.core.api.Assertions.assertThat;

import id.inspektorat.lkauditor.rules.Finding;
import id.inspektorat.lkauditor.vocabulary.Severity;
import org.junit.jupiter.api.Test;

/** LK-BUD-02: realisasi above its anggaran (a warning). A split pagu: RealReportPatternsTest. */
class OverspentBudgetTest {

    private final OverspentBudget rule = new OverspentBudget();

    @Test
    void realisasiAboveAnggaranIsAWarning() {
        // 105.000.000 > 100.000.000: reported the realisasi, "expected" the anggaran it should not exceed
        Finding f = assertOneFinding(run(rule, realisation("105.000.000", "-5.000.000")), "LK-BUD-02", 2, "Realisasi (Rp)",
                "105.000.000", "100.000.000");
        assertThat(f.severity()).isEqualTo(Severity.WARNING);
    }

    @Test
    void realisasiWithinBudgetIsNoFinding() {
        assertNoFinding(run(rule, realisation("95.000.000", "5.000.000")));
    }
}
