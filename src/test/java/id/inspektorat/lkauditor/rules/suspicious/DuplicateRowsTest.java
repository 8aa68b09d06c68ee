package id.inspektorat.lkauditor.rules.suspicious;

import static id.inspektorat.lkauditor.rules.RuleTestSupport.assertNoFinding;
import static id.inspektorat.lkauditor.rules.RuleTestSupport.run;
import static id.inspektorat.lkauditor.rules.RuleTestSupport.table;
import static org.assertj.core.api.Assertions.assertThat;

import id.inspektorat.lkauditor.normalization.Table;
import id.inspektorat.lkauditor.vocabulary.Severity;
import org.junit.jupiter.api.Test;

/** LK-DUP-01: two rows with the very same figures (a copy). The shapes that are no copy: RealReportPatternsTest. */
class DuplicateRowsTest {

    private final DuplicateRows rule = new DuplicateRows();

    private static Table villages(String perjuanganL) {
        return table("Tabel 1.2 Penduduk")
                .row("No.", "Desa", "Dusun", "L", "P", "L+P")
                .row("1.", "Sei Balai", "16", "1.570", "1.767", "3.337")
                .row("2.", "Kwala Sikasim", "8", "1.447", "1.653", "3.100")
                .row("3.", "Mekar Mulio", "7", "607", "546", "1.153")
                .row("4.", "Perjuangan", "9", perjuanganL, "1.653", "3.100")
                .build();
    }

    @Test
    void aCopiedRowIsFound() {
        // Perjuangan (row 4) repeats Kwala Sikasim's 1.447 / 1.653 / 3.100; nothing is recomputed
        assertThat(run(rule, villages("1.447"))).singleElement().satisfies(x -> {
            assertThat(x.rule()).isEqualTo("LK-DUP-01");
            assertThat(x.severity()).isEqualTo(Severity.WARNING);
            assertThat(x.page()).isEqualTo(1);
            assertThat(x.row()).isEqualTo(4);
            assertThat(x.rowLabel()).endsWith("Perjuangan"); // the label cells joined: "4. / Perjuangan"
            assertThat(x.expected()).isEmpty();
            assertThat(x.message()).contains("Kwala Sikasim");
        });
    }

    @Test
    void rowsThatDifferAreNoFinding() {
        assertNoFinding(run(rule, villages("1.446")));
    }
}
