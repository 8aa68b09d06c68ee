package id.inspektorat.lkauditor.rules.budget;

import static id.inspektorat.lkauditor.rules.RuleTestSupport.assertNoFinding;
import static id.inspektorat.lkauditor.rules.RuleTestSupport.assertOneFinding;
import static id.inspektorat.lkauditor.rules.RuleTestSupport.run;
import static id.inspektorat.lkauditor.rules.RuleTestSupport.table;
import static org.assertj.core.api.Assertions.assertThat;

import id.inspektorat.lkauditor.normalization.Table;
import org.junit.jupiter.api.Test;

/** LK-HIER-01: a program or kegiatan against the sum of its rincian. More shapes in RealReportPatternsTest. */
class BudgetHierarchyMismatchTest {

    private final BudgetHierarchyMismatch rule = new BudgetHierarchyMismatch();

    private static Table program(String kegiatanAnggaran) {
        return table("Tabel 3.17 Program dan Kegiatan")
                .row("Program/Kegiatan", "Anggaran (Rp)", "Realisasi (Rp)")
                .bold("PROGRAM PENUNJANG", "150.000.000", "140.000.000")
                .bold("Administrasi Umum", kegiatanAnggaran, "90.000.000")
                .row("Penyediaan Alat Tulis", "60.000.000", "55.000.000")
                .row("Penyediaan Bahan Bacaan", "40.000.000", "35.000.000")
                .bold("Pemeliharaan Barang", "50.000.000", "50.000.000")
                .row("Pemeliharaan Kendaraan", "30.000.000", "30.000.000")
                .row("Pemeliharaan Gedung", "20.000.000", "20.000.000")
                .build();
    }

    @Test
    void aKegiatanThatIsNotTheSumOfItsSubKegiatanIsFound() {
        // 60.000.000 + 40.000.000 = 100.000.000, printed 98.000.000
        assertOneFinding(run(rule, program("98.000.000")), "LK-HIER-01", 2, "Anggaran (Rp)", "98.000.000", "100.000.000");
    }

    @Test
    void consistentLevelsAreNoFinding() {
        // 100.000.000 + 50.000.000 = 150.000.000; 55 + 35 = 90 juta, 90 + 50 = 140 juta; 30 + 20 = 50 juta
        assertNoFinding(run(rule, program("100.000.000")));
    }

    @Test
    void dashChildrenMustAddUpExactly() {
        Table t = table("Tabel 2.3")
                .row("No.", "Belanja", "Anggaran (Rp)")
                .row("1.", "Belanja Operasi", "3.093.426.319")
                .row("", "- Belanja Pegawai", "2.013.689.173")
                .row("", "- Belanja Barang dan Jasa", "1.079.737.156")
                .build();
        // 2.013.689.173 + 1.079.737.156 = 3.093.426.329
        assertThat(run(rule, t)).singleElement().satisfies(x -> assertThat(x.expected()).isEqualTo("3.093.426.329"));
    }
}
