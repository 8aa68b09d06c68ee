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

    /** Tabel 1.2 of the Sei Balai LK: dusun, KK, then the population group L / P / L+P under one header. */
    private static Table population(String perjuanganL, String perjuanganKk) {
        return table("Tabel 1.2 Jumlah Dusun, KK dan Jumlah Penduduk")
                .row("No.", "Nama Desa", "Dusun", "Jumlah KK", "Jumlah Penduduk{3}")
                .row("", "", "", "", "L", "P", "L+P")
                .row("1.", "Sei Balai", "16", "1010", "1.570", "1.767", "3.337")
                .row("2.", "Kwala Sikasim", "8", "846", "1.447", "1.653", "3.100")
                .row("3.", "Mekar Mulio", "7", "359", "607", "546", "1.153")
                .row("4.", "Perjuangan", "9", perjuanganKk, perjuanganL, "1.653", "3.100")
                .build();
    }

    @Test
    void aCopiedGroupOfColumnsIsFoundThoughTheOtherColumnsDiffer() {
        // Perjuangan's L / P / L+P are Kwala Sikasim's (1.447 / 1.653 / 3.100); its dusun and KK are its own
        assertThat(run(rule, population("1.447", "919"))).singleElement().satisfies(x -> {
            assertThat(x.row()).isEqualTo(4);
            assertThat(x.reported()).isEqualTo("1.447 / 1.653 / 3.100");
            assertThat(x.message()).contains("Kwala Sikasim").contains("Jumlah Penduduk");
        });
    }

    @Test
    void aGroupThatDiffersInOneColumnOrIsNotAWholeGroupIsNoFinding() {
        assertNoFinding(run(rule, population("1.446", "919")));
        // the same three figures without a header that groups them, the rows differing in dusun and KK:
        // nothing says the equal columns are one block
        assertNoFinding(run(rule, table("Tabel 1.2 Penduduk")
                .row("No.", "Desa", "Dusun", "KK", "L", "P", "L+P")
                .row("1.", "Kwala Sikasim", "8", "846", "1.447", "1.653", "3.100")
                .row("2.", "Mekar Mulio", "7", "359", "607", "546", "1.153")
                .row("3.", "Perjuangan", "9", "919", "1.447", "1.653", "3.100")
                .build()));
    }

    @Test
    void scoresThatCoincideInAGroupAreNoFinding() {
        // an evaluation recap: two OPDs with the same component scores under "Perencanaan Kinerja", other components apart
        assertNoFinding(run(rule, table("Rekapitulasi Nilai")
                .row("No", "OPD", "Perencanaan Kinerja{3}", "Nilai Akhir")
                .row("", "", "a", "b", "c", "")
                .row("1", "Dinas Alpha", "24,8", "22,4", "11,4", "70,12")
                .row("2", "Dinas Beta", "20,1", "19,5", "10,2", "61,40")
                .row("3", "Badan Gamma", "24,8", "22,4", "11,4", "65,90")
                .build()));
    }
}
