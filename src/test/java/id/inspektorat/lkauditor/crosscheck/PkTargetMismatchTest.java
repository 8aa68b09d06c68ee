package id.inspektorat.lkauditor.crosscheck;

import static id.inspektorat.lkauditor.rules.RuleTestSupport.assertNoFinding;
import static id.inspektorat.lkauditor.rules.RuleTestSupport.assertOneFinding;
import static id.inspektorat.lkauditor.rules.RuleTestSupport.fact;
import static id.inspektorat.lkauditor.rules.RuleTestSupport.run;
import static org.assertj.core.api.Assertions.assertThat;

import id.inspektorat.lkauditor.facts.Quantity;
import id.inspektorat.lkauditor.history.StoredFact;
import id.inspektorat.lkauditor.rules.Finding;
import java.util.List;
import org.junit.jupiter.api.Test;

/** LK-PK-01: the LK's targets against the Perjanjian Kinerja of the same OPD and year. */
class PkTargetMismatchTest {

    private static final String LK = "dinas-alpha/lk-2023.pdf";

    private final PkTargetMismatch rule = new PkTargetMismatch();

    /** Alpha's LK 2023: the IKM target in Tabel 3.1 on page 12, row 2. */
    private static ReportFacts lk(String target) {
        return new ReportFacts(LK, "Dinas Alpha", 2023, List.of(
                fact(Quantity.TARGET_IKM, "", 2023, target, "Tabel 3.1", 12, 2, "Target")), true, "LK");
    }

    private static ReportFacts pk(String path, String opd, int year, String kind, boolean tonight, String target) {
        StoredFact f = fact(Quantity.TARGET_IKM, "", year, target, "Tabel 1", 2, 1, "Target");
        return new ReportFacts(path, opd, year, List.of(f), tonight, kind);
    }

    @Test
    void aTargetThePkDidNotSetIsFound() {
        // the PK 2023 (audited on an earlier night) set 85,00; the LK prints 82,00
        Finding f = assertOneFinding(run(rule, LK, lk("82,00"), pk("dinas-alpha/pk-2023.pdf", "Dinas Alpha Kabupaten Contoh", 2023,
                "PK", false, "85,00")), "LK-PK-01", 12, 2, "Target", "82,00", "85,00");
        assertThat(f.message()).contains("dinas-alpha/pk-2023.pdf").contains("Perjanjian Kinerja tahun 2023");
    }

    @Test
    void theTargetOfAnyPkOfTheYearIsNoFinding() {
        assertNoFinding(run(rule, LK, lk("85,00"), pk("dinas-alpha/pk-2023.pdf", "Dinas Alpha", 2023, "PK", true, "85,00")));
        // a PK perubahan set 82,00 after the first PK's 85,00
        assertNoFinding(run(rule, LK, lk("82,00"), pk("dinas-alpha/pk-2023.pdf", "Dinas Alpha", 2023, "PK", true, "85,00"),
                pk("dinas-alpha/pk-perubahan-2023.pdf", "Dinas Alpha", 2023, "PK", true, "82,00")));
    }

    @Test
    void withoutAPkOfTheOpdAndYearThereIsNothingToCompare() {
        assertNoFinding(run(rule, LK, lk("82,00")));
        assertNoFinding(run(rule, LK, lk("82,00"), pk("dinas-beta/pk-2023.pdf", "Dinas Beta", 2023, "PK", true, "85,00")));
        assertNoFinding(run(rule, LK, lk("82,00"), pk("dinas-alpha/pk-2022.pdf", "Dinas Alpha", 2022, "PK", true, "85,00")));
        // a Renja's target is a plan, not the agreement the LK reports against
        assertNoFinding(run(rule, LK, lk("82,00"), pk("dinas-alpha/renja-2023.pdf", "Dinas Alpha", 2023, "RENJA", true, "85,00")));
    }
}
