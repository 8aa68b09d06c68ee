package id.inspektorat.lkauditor.rules.narrative;

import static id.inspektorat.lkauditor.rules.RuleTestSupport.assertNoFinding;
import static id.inspektorat.lkauditor.rules.RuleTestSupport.assertOneFinding;
import static id.inspektorat.lkauditor.rules.RuleTestSupport.document;
import static id.inspektorat.lkauditor.rules.RuleTestSupport.run;
import static id.inspektorat.lkauditor.rules.RuleTestSupport.table;
import static org.assertj.core.api.Assertions.assertThat;

import id.inspektorat.lkauditor.normalization.Table;
import id.inspektorat.lkauditor.rules.Finding;
import java.util.List;
import org.junit.jupiter.api.Test;

/** LK-TXT-03: an average, or "semuanya di atas", in the text against the table it names. */
class AverageClaimMismatchTest {

    private final AverageClaimMismatch rule = new AverageClaimMismatch();

    private static Table programs() {
        return table("Tabel 3.18 Realisasi Anggaran Program")
                .row("No.", "Program", "Anggaran (Rp)", "Realisasi (Rp)", "Persentase (%)")
                .row("1.", "Program A", "2.650.313.819", "2.476.764.410", "93,45")
                .row("2.", "Program B", "13.000.000", "13.000.000", "100,00")
                .row("3.", "Program C", "18.800.000", "15.050.000", "80,05")
                .build();
    }

    @Test
    void aWrongAverageIsFound() {
        // (93,45 + 100,00 + 80,05) / 3 = 273,50 / 3 = 91,166…, printed 98,12
        assertOneFinding(run(rule, document(List.of(programs()),
                        "Dari tabel 3.18 di atas penyerapan anggaran rata-rata menjadi 98,12%.")),
                "LK-TXT-03", 1, 0, "", "98,12", "91,17");
    }

    @Test
    void anAverageAndAShareTheTableDoesNotGiveAreFound() {
        // (93,45 + 100,00 + 80,05) / 3 = 91,17; 80,05 is not above 95
        List<Finding> f = run(rule, document(List.of(programs()),
                "Dari tabel 3.18 di atas penyerapan anggaran semuanya di atas 95% atau apabila dirata-ratakan menjadi 98,12%."));
        assertThat(f).extracting(Finding::expected).containsExactlyInAnyOrder("91,17", "80,05");
    }

    @Test
    void theRightAverageIsNoFinding() {
        assertNoFinding(run(rule, document(List.of(programs()),
                "Dari tabel 3.18 di atas penyerapan anggaran semuanya di atas 80% dengan rata-rata 91,17%.")));
    }
}
