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

    /** Tabel 3.8 of the Dishub Jatim LKjIP 2019 (p46): "Penumpang › Total" over Mudik and Balik, ships and capacity between. */
    private static Table mudikBalik(String total2015) {
        return table("Tabel 3.8 Penumpang Mudik-Balik Gratis Moda Laut")
                .row("Tahun", "Rute", "Mudik", "Balik", "Kapal", "Kapasitas", "Penumpang")
                .row("", "", "", "", "", "", "Total")
                .row("2011", "2 Rute", "975", "929", "2", "4.800", "1.904")
                .row("2012", "3 Rute", "1.742", "2.418", "3", "6.300", "4.160")
                .row("2013", "4 Rute", "2.878", "2.327", "4", "6.800", "5.205")
                .row("2014", "3 Rute", "3.432", "2.571", "3", "6.400", "6.003")
                .row("2015", "3 Rute", "2.785", "3.200", "3", "7.200", total2015)
                .row("2016", "3 Rute", "2.411", "2.242", "3", "5.400", "4.653")
                .build();
    }

    @Test
    void aTotalWhoseHeaderNamesNoPartsIsTheSumOfThePairItAddsUpOnNearlyEveryRow() {
        // 2.785 + 3.200 = 5.985, printed 4.653 (2016's figure); Mudik + Balik = Total on the other five rows
        Finding f = assertOneFinding(run(rule, mudikBalik("4.653")), "LK-TOT-02", 5, "Penumpang › Total", "4.653", "5.985");
        assertThat(f.message()).contains("5 dari 6");
    }

    @Test
    void withoutAPairThatAddsUpOnNearlyEveryRowThereIsNoRelation() {
        assertNoFinding(run(rule, mudikBalik("5.985")));
        // two rows that add up prove nothing
        assertNoFinding(run(rule, table("Tabel 1 Penumpang")
                .row("Tahun", "Mudik", "Balik", "Total")
                .row("2011", "975", "929", "1.904")
                .row("2012", "1.742", "2.418", "4.160")
                .row("2013", "2.878", "2.327", "5.105")
                .build()));
    }
}
