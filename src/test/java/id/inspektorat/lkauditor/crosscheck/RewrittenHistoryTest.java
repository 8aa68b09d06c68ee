package id.inspektorat.lkauditor.crosscheck;

import static id.inspektorat.lkauditor.rules.RuleTestSupport.assertNoFinding;
import static id.inspektorat.lkauditor.rules.RuleTestSupport.assertOneFinding;
import static id.inspektorat.lkauditor.rules.RuleTestSupport.fact;
import static id.inspektorat.lkauditor.rules.RuleTestSupport.report;
import static id.inspektorat.lkauditor.rules.RuleTestSupport.run;
import static org.assertj.core.api.Assertions.assertThat;

import id.inspektorat.lkauditor.facts.Quantity;
import id.inspektorat.lkauditor.rules.Finding;
import java.util.List;
import org.junit.jupiter.api.Test;

/** LK-HIST-01: last year's figure in this year's LK against last year's LK of the same OPD. Through the whole job: CrossReportTest. */
class RewrittenHistoryTest {

    private static final String THIS_YEAR = "kecamatan-alpha/lk-2023.pdf";

    private final RewrittenHistory rule = new RewrittenHistory();

    /** Alpha's LK 2023: its AKIP 2023, and 2022's in the comparison of Tabel 3.5 on page 15, row 1. */
    private static ReportFacts alpha2023(String akip2022) {
        return report(THIS_YEAR, "Kecamatan Alpha", 2023, true,
                fact(Quantity.REALISASI_AKIP, "", 2023, "72,00", "Tabel 3.1", 12, 1, "Realisasi"),
                fact(Quantity.REALISASI_AKIP, "", 2022, akip2022, "Tabel 3.5", 15, 1, "Realisasi 2022"));
    }

    /** Alpha's LK 2022, audited on an earlier night: its AKIP 2022 was 69,50. */
    private static ReportFacts alpha2022() {
        return report("kecamatan-alpha/lk-2022.pdf", "Kecamatan Alpha", 2022, false,
                fact(Quantity.REALISASI_AKIP, "", 2022, "69,50", "Tabel 3.1", 11, 1, "Realisasi"));
    }

    @Test
    void lastYearsFigureRewrittenIsFound() {
        // printed 68,50 for 2022, the LK 2022 says 69,50
        Finding f = assertOneFinding(run(rule, THIS_YEAR, alpha2023("68,50"), alpha2022()), "LK-HIST-01", 15, 1,
                "Realisasi 2022", "68,50", "69,50");
        assertThat(f.table()).isEqualTo("Tabel 3.5");
        assertThat(f.message()).contains("kecamatan-alpha/lk-2022.pdf");
    }

    @Test
    void lastYearsFigureAsLastYearsReportPrintedItIsNoFinding() {
        assertNoFinding(run(rule, THIS_YEAR, alpha2023("69,50"), alpha2022()));
    }

    @Test
    void withoutLastYearsReportOrAnotherOpdsThereIsNothingToCompare() {
        assertNoFinding(run(rule, THIS_YEAR, alpha2023("68,50")));
        ReportFacts gamma2022 = report("kecamatan-gamma/lk-2022.pdf", "Kecamatan Gamma", 2022, false,
                fact(Quantity.REALISASI_AKIP, "", 2022, "69,50", "Tabel 3.1", 11, 1, "Realisasi"));
        assertNoFinding(run(rule, THIS_YEAR, alpha2023("68,50"), gamma2022));
    }

    @Test
    void aRenstraOrRenjaOfThatYearIsNotItsLk() {
        // the Renja 2022 plans 68,00 for 2022: a plan, not what the LK 2022 reported
        ReportFacts renja = new ReportFacts("kecamatan-alpha/renja-2022.pdf", "Kecamatan Alpha", 2022, List.of(
                fact(Quantity.REALISASI_AKIP, "", 2022, "68,00", "Tabel 2.1", 5, 1, "Realisasi")), false, "RENJA");
        assertNoFinding(run(rule, THIS_YEAR, alpha2023("68,50"), renja));
    }
}
