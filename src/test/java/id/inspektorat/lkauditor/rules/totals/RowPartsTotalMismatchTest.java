package id.inspektorat.lkauditor.rules.totals;

import static id.inspektorat.lkauditor.fixtures.ReportTables.population;
import static id.inspektorat.lkauditor.rules.RuleTestSupport.assertNoFinding;
import static id.inspektorat.lkauditor.rules.RuleTestSupport.assertOneFinding;
import static id.inspektorat.lkauditor.rules.RuleTestSupport.run;
import static id.inspektorat.lkauditor.rules.RuleTestSupport.table;
import static org.assertj.core.api.Assertions.assertThat;

import id.inspektorat.lkauditor.fixtures.Tables;
import id.inspektorat.lkauditor.normalization.Table;
import id.inspektorat.lkauditor.rules.Finding;
import org.junit.jupiter.api.Test;

/** LK-TOT-02: the parts of one row against its total column. More shapes in RealReportPatternsTest. */
class RowPartsTotalMismatchTest {

    private final RowPartsTotalMismatch rule = new RowPartsTotalMismatch();

    @Test
    void anLPlusPThatDoesNotAddIsFound() {
        // 845 + 905 = 1.750, printed 1.760
        Finding f = assertOneFinding(run(rule, population("1.760", "2.045")), "LK-TOT-02", 2, "Jumlah Penduduk › L+P",
                "1.760", "1.750");
        assertThat(f.geometry().cell()).isEqualTo(Tables.box(3, 4));
        assertThat(f.geometry().sources()).startsWith(Tables.box(3, 2), Tables.box(3, 3));
        // the column L+P breaks with it (2.500 + 1.760 = 4.260, printed 4.250): said in the one finding
        assertThat(f.message()).contains("Jumlah kolomnya juga tidak cocok").contains("bila angka ini 1.750, keduanya cocok");
    }

    @Test
    void rowsThatAddAreNoFinding() {
        assertNoFinding(run(rule, population("1.750", "2.045")));
    }

    @Test
    void componentsAgainstTheirTotalColumn() {
        Table t = table("Rekap LHE")
                .row("No", "OPD", "KOMPONEN{4}", "TOTAL NILAI", "KATEGORI")
                .row("", "", "PERENCANAAN", "PENGUKURAN", "PELAPORAN", "EVALUASI", "", "")
                .row("27", "KECAMATAN NIBUNG HANGUS", "22,58", "24,03", "9,9", "15,75", "69,77", "B")
                .row("4", "DINAS PENDIDIKAN", "24,1", "22,4", "9,6", "15,2", "71,39", "BB")
                .build();
        // 22,58 + 24,03 + 9,9 + 15,75 = 72,26, printed 69,77; Dinas Pendidikan 71,3 is within rounding of 71,39
        assertThat(run(rule, t)).singleElement().satisfies(x -> {
            assertThat(x.row()).isEqualTo(1);
            assertThat(x.reported()).isEqualTo("69,77");
            assertThat(x.expected()).isEqualTo("72,26");
        });
    }
}
