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

/** LK-TOT-01: a JUMLAH row against the sum of the rows above it. More shapes in RealReportPatternsTest. */
class ColumnTotalMismatchTest {

    private final ColumnTotalMismatch rule = new ColumnTotalMismatch();

    @Test
    void aWrongJumlahIsFound() {
        // L: 1.200 + 845 = 2.045, printed 2.054
        Finding f = assertOneFinding(run(rule, population("1.750", "2.054")), "LK-TOT-01", 3, "Jumlah Penduduk › L",
                "2.054", "2.045");
        // evidence: the JUMLAH cell in red, the two L cells it should be the sum of in blue
        assertThat(f.geometry().cell()).isEqualTo(Tables.box(4, 2));
        assertThat(f.geometry().sources()).startsWith(Tables.box(2, 2), Tables.box(3, 2));
        // the JUMLAH row breaks with it (2.054 + 2.205 = 4.259, printed 4.250): said in the one finding
        assertThat(f.message()).contains("Jumlah barisnya juga tidak cocok").contains("bila angka ini 2.045, keduanya cocok");
    }

    @Test
    void aCorrectJumlahIsNoFinding() {
        assertNoFinding(run(rule, population("1.750", "2.045")));
    }

    @Test
    void aFindingSaysInHowManyColumnsItsTotalRowHeld() {
        // Kendaraan: 12 + 30 + 8 = 50 (held); Roda Dua: 10 + 25 + 7 = 42 (held); Roda Empat: 2 + 5 + 1 = 8, printed 9
        Table t = table("Tabel 2.4 Kendaraan Dinas")
                .row("No", "Bidang", "Kendaraan", "Roda Dua", "Roda Empat")
                .row("1", "Sekretariat", "12", "10", "2")
                .row("2", "Bidang Bina Marga", "30", "25", "5")
                .row("3", "Bidang Cipta Karya", "8", "7", "1")
                .row("", "Jumlah", "50", "42", "9")
                .build();
        Finding f = assertOneFinding(run(rule, t), "LK-TOT-01", 4, "Roda Empat", "9", "8");
        assertThat(f.message()).endsWith("(baris jumlah ini cocok pada 2 dari 3 kolom yang dapat diuji)");
    }

    @Test
    void onlyTopLevelRowsAreSummed() {
        // 3.093.426.319 + 42.500.000 = 3.135.926.319; the "- " rows are parts of their parent
        Table t = table("Tabel 2.3 Rencana Anggaran")
                .row("No.", "Belanja", "Anggaran (Rp)")
                .row("1.", "Belanja Operasi", "3.093.426.319")
                .row("", "- Belanja Pegawai", "2.013.689.173")
                .row("", "- Belanja Barang dan Jasa", "1.079.737.146")
                .row("2.", "Belanja Modal", "42.500.000")
                .row("", "- Belanja Modal Peralatan", "42.500.000")
                .row("", "TOTAL", "3.135.926.319")
                .build();
        assertNoFinding(run(rule, t));
    }
}
