package id.inspektorat.lkauditor.rules.reference;

import static id.inspektorat.lkauditor.rules.RuleTestSupport.OPD;
import static id.inspektorat.lkauditor.rules.RuleTestSupport.assertNoFinding;
import static id.inspektorat.lkauditor.rules.RuleTestSupport.assertOneFinding;
import static id.inspektorat.lkauditor.rules.RuleTestSupport.document;
import static id.inspektorat.lkauditor.rules.RuleTestSupport.lhe;
import static id.inspektorat.lkauditor.rules.RuleTestSupport.reference;
import static id.inspektorat.lkauditor.rules.RuleTestSupport.run;
import static id.inspektorat.lkauditor.rules.RuleTestSupport.table;

import id.inspektorat.lkauditor.normalization.Table;
import id.inspektorat.lkauditor.rules.Finding;
import java.util.List;
import org.junit.jupiter.api.Test;

/** LK-REF-01: the report's AKIP score against the Inspektorat's official one (LHE recap). */
class ReferenceScoreMismatchTest {

    private final ReferenceScoreMismatch rule = new ReferenceScoreMismatch(reference(lhe(2023, OPD, "70.15", "BB")));

    private List<Finding> audit(String realisasi, int year) {
        Table iku = table("Tabel 3.1 Capaian Indikator Kinerja Utama").row("Indikator", "Target", "Realisasi", "Capaian (%)")
                .row("Nilai AKIP", "70,00", realisasi, "100,21").build();
        return run(rule, document(OPD, year, List.of(iku)));
    }

    @Test
    void aScoreThatIsNotTheOfficialOneIsFound() {
        // printed 71,15, the LHE says 70,15
        assertOneFinding(audit("71,15", 2023), "LK-REF-01", 1, "Realisasi", "71,15", "70,15");
    }

    @Test
    void theOfficialScoreOrAnotherYearIsNoFinding() {
        assertNoFinding(audit("70,15", 2023));
        assertNoFinding(audit("71,15", 2022)); // the recap holds 2023 only
    }
}
