package id.inspektorat.lkauditor.rules.budget;

import static id.inspektorat.lkauditor.fixtures.ReportTables.realisation;
import static id.inspektorat.lkauditor.rules.RuleTestSupport.assertNoFinding;
import static id.inspektorat.lkauditor.rules.RuleTestSupport.assertOneFinding;
import static id.inspektorat.lkauditor.rules.RuleTestSupport.run;

import org.junit.jupiter.api.Test;

/** LK-BUD-01: sisa = anggaran − realisasi. How the relation votes over rows: RowRelationTest. */
class BudgetBalanceMismatchTest {

    private final BudgetBalanceMismatch rule = new BudgetBalanceMismatch();

    @Test
    void aRemainderThatIsNotAnggaranMinusRealisasiIsFound() {
        // 100.000.000 − 95.000.000 = 5.000.000, printed 6.000.000
        assertOneFinding(run(rule, realisation("95.000.000", "6.000.000")), "LK-BUD-01", 2, "Sisa (Rp)", "6.000.000",
                "5.000.000");
    }

    @Test
    void theRightRemainderIsNoFinding() {
        assertNoFinding(run(rule, realisation("95.000.000", "5.000.000")));
    }
}
