package id.inspektorat.lkauditor.rules.totals;

import static org.assertj.core.api.Assertions.assertThat;

import id.inspektorat.lkauditor.fixtures.Tables;
import id.inspektorat.lkauditor.normalization.Table;
import id.inspektorat.lkauditor.rules.Finding;
import id.inspektorat.lkauditor.settings.RulesSettings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CellBreaksBothTotalsTest {

    /** Consistent: 1.200 + 1.300 = 2.500, 845 + 905 = 1.750, 310 + 290 = 600; JUMLAH 2.355 + 2.495 = 4.850. */
    private static final String[][] CLEAN = {
        {"1", "Satu", "1.200", "1.300", "2.500"},
        {"2", "Dua", "845", "905", "1.750"},
        {"3", "Tiga", "310", "290", "600"},
        {"JUMLAH", "", "2.355", "2.495", "4.850"},
    };

    private static Table population(int row, int column, String printed) {
        Tables t = Tables.caption("Tabel 1.1 Penduduk")
                .row("No.", "Desa", "Jumlah Penduduk{3}")
                .row("", "", "L", "P", "L+P");
        for (int r = 0; r < CLEAN.length; r++) {
            String[] cells = CLEAN[r].clone();
            if (r == row) {
                cells[column] = printed;
            }
            t.row(cells);
        }
        return t.build();
    }

    private static List<Finding> all(Table t) {
        List<Finding> out = new ArrayList<>(new CellBreaksBothTotals().check(t));
        out.addAll(new ColumnTotalMismatch().check(t));
        out.addAll(new RowPartsTotalMismatch().check(t));
        return out;
    }

    @Test
    void aMisprintedPartIsOneFindingAtThatCell() {
        // P of Dua printed 950: 845 + 950 = 1.795 ≠ 1.750, and 1.300 + 950 + 290 = 2.540 ≠ 2.495;
        // 905 mends both (1.750 − 845 = 905; 2.495 − 1.300 − 290 = 905)
        assertThat(all(population(1, 3, "950"))).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("LK-TOT-03");
            assertThat(f.row()).isEqualTo(2);
            assertThat(f.column()).isEqualTo("Jumlah Penduduk › P");
            assertThat(f.reported()).isEqualTo("950");
            assertThat(f.expected()).isEqualTo("905");
            assertThat(f.message()).contains("845 + 950 = 1.795").contains("Jumlah kolom 'Jumlah Penduduk › P'");
            assertThat(f.geometry().cell()).isEqualTo(Tables.box(3, 3));
            // both sums it broke are shown: the row's whole and the column's JUMLAH
            assertThat(f.geometry().sources()).contains(Tables.box(3, 4), Tables.box(5, 3));
        });
    }

    @Test
    void aMisprintedRowWholeIsTheRowRulesOneFindingWithBothRecomputations() {
        // L+P of Tiga printed 660: 310 + 290 = 600, and 2.500 + 1.750 + 660 = 4.910 ≠ 4.850
        assertThat(all(population(2, 4, "660"))).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("LK-TOT-02");
            assertThat(f.row()).isEqualTo(3);
            assertThat(f.column()).isEqualTo("Jumlah Penduduk › L+P");
            assertThat(f.expected()).isEqualTo("600");
            assertThat(f.message()).contains("310 + 290 = 600").contains("Jumlah kolomnya juga tidak cocok")
                    .contains("bila angka ini 600, keduanya cocok");
            assertThat(f.geometry().sources()).contains(Tables.box(5, 4)); // the JUMLAH L+P it broke
        });
    }

    @Test
    void aMisprintedColumnTotalIsTheColumnRulesOneFinding() {
        // JUMLAH L printed 2.535: 1.200 + 845 + 310 = 2.355, and 2.535 + 2.495 = 5.030 ≠ 4.850
        assertThat(all(population(3, 2, "2.535"))).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("LK-TOT-01");
            assertThat(f.row()).isEqualTo(4);
            assertThat(f.column()).isEqualTo("Jumlah Penduduk › L");
            assertThat(f.expected()).isEqualTo("2.355");
            assertThat(f.message()).contains("Jumlah barisnya juga tidak cocok").contains("2.535 + 2.495 = 5.030");
        });
    }

    @Test
    void aMisprintedGrandTotalIsOneFinding() {
        // JUMLAH L+P printed 4.580: 2.355 + 2.495 = 4.850 and 2.500 + 1.750 + 600 = 4.850
        assertThat(all(population(3, 4, "4.580"))).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("LK-TOT-01");
            assertThat(f.expected()).isEqualTo("4.850");
        });
    }

    @Test
    void aConsistentTableHasNone() {
        assertThat(all(population(-1, 0, null))).isEmpty();
    }

    @Test
    void breaksNoOneCellExplainsStayTwoFindings() {
        // L+P of Dua printed 1.760 (845 + 905 = 1.750) with its column's JUMLAH summing it (4.860), and
        // JUMLAH P printed 2.502 (1.300 + 905 + 290 = 2.495), so the JUMLAH row breaks too (2.355 + 2.502
        // = 4.857): P of Dua would be 915 by its row and 912 by its column, JUMLAH P 2.495 by its column
        // and 2.505 by its row — no one correction mends two sums, all three stay
        Table t = Tables.caption("Tabel 1.1 Penduduk")
                .row("No.", "Desa", "Jumlah Penduduk{3}")
                .row("", "", "L", "P", "L+P")
                .row("1", "Satu", "1.200", "1.300", "2.500")
                .row("2", "Dua", "845", "905", "1.760")
                .row("3", "Tiga", "310", "290", "600")
                .row("JUMLAH", "", "2.355", "2.502", "4.860")
                .build();
        assertThat(all(t)).extracting(Finding::rule).containsExactlyInAnyOrder("LK-TOT-01", "LK-TOT-02", "LK-TOT-02");
    }

    @Test
    void switchedOffItLeavesBothBreaksToTheTotalsRules(@TempDir Path rules) throws IOException {
        Files.writeString(rules.resolve("lk-auditor.yml"), "rules:\n  LK-TOT-03:\n    enabled: false\n");
        RulesSettings settings = RulesSettings.load(rules);
        Table t = population(1, 3, "950");
        List<Finding> out = new ArrayList<>(new ColumnTotalMismatch(settings).check(t));
        out.addAll(new RowPartsTotalMismatch(settings).check(t));
        assertThat(out).extracting(Finding::rule).containsExactlyInAnyOrder("LK-TOT-01", "LK-TOT-02");
    }
}
