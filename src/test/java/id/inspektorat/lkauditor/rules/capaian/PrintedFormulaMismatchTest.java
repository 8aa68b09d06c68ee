package id.inspektorat.lkauditor.rules.capaian;

import static id.inspektorat.lkauditor.rules.RuleTestSupport.assertNoFinding;
import static id.inspektorat.lkauditor.rules.RuleTestSupport.run;
import static id.inspektorat.lkauditor.rules.RuleTestSupport.table;
import static org.assertj.core.api.Assertions.assertThat;

import id.inspektorat.lkauditor.normalization.Table;
import org.junit.jupiter.api.Test;

/** LK-FRM-01: a column against the formula printed on the table's numbering row ("9 = (7)/(8)*100"). */
class PrintedFormulaMismatchTest {

    private final PrintedFormulaMismatch rule = new PrintedFormulaMismatch();

    private static Table renstra(String kemajuan) {
        return table("TABEL 3.13")
                .row("No", "Indikator", "Realisasi 2023", "Target Akhir 2023", "Tingkat kemajuan")
                .row("(1)", "(2)", "(7)", "(8)", "9 = (7)/(8)*100")
                .row("1", "Nilai Evaluasi AKIP", "B (66,66)", "B (70,00)", kemajuan)
                .build();
    }

    @Test
    void aColumnThatBreaksItsPrintedFormulaIsFound() {
        // (7)/(8)*100 = 66,66 / 70,00 × 100 = 95,228…, printed 89,07
        assertThat(run(rule, renstra("89,07"))).singleElement().satisfies(x -> {
            assertThat(x.rule()).isEqualTo("LK-FRM-01");
            assertThat(x.page()).isEqualTo(1);
            assertThat(x.reported()).isEqualTo("89,07");
            assertThat(x.expected()).isEqualTo("95,23");
        });
    }

    @Test
    void aColumnThatFollowsItIsNoFinding() {
        // 95,228… truncated: 95,22
        assertNoFinding(run(rule, renstra("95,22")));
    }
}
