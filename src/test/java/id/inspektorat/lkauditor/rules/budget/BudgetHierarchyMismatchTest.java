package id.inspektorat.lkauditor.rules.budget;

import static id.inspektorat.lkauditor.rules.RuleTestSupport.assertNoFinding;
import static id.inspektorat.lkauditor.rules.RuleTestSupport.assertOneFinding;
import static id.inspektorat.lkauditor.rules.RuleTestSupport.run;
import static id.inspektorat.lkauditor.rules.RuleTestSupport.table;
import static org.assertj.core.api.Assertions.assertThat;

import id.inspektorat.lkauditor.fixtures.LkPdfBuilder;
import id.inspektorat.lkauditor.fixtures.LkPdfBuilder.TableSpec;
import id.inspektorat.lkauditor.fixtures.RenderedTables;
import id.inspektorat.lkauditor.normalization.Row;
import id.inspektorat.lkauditor.normalization.Table;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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

    // --- levels marked by indentation alone, read from a drawn PDF ----------------------------------

    @TempDir
    Path dir;

    private static LkPdfBuilder report(TableSpec t) {
        return new LkPdfBuilder().titlePage("Kecamatan Uji", "Kabupaten Contoh", 2023).heading("BAB III").table(t);
    }

    /**
     * Two programs, their kegiatan set 12 points further right and, under the first kegiatan, two sub
     * kegiatan 24 points right; no bold, no code, no marker. Program A: 100 + 50 = 150 juta (its
     * kegiatan, not the sub kegiatan: 60 + 40 = 100 juta is Kegiatan A1's); program B: 70 + 30 = 100
     * juta; realisasi 90 + 45 = 135, 55 + 35 = 90, 65 + 25 = 90 juta.
     */
    private static TableSpec indented(String programB, String kegiatanA1) {
        return new TableSpec("Tabel 3.17 Realisasi Anggaran Program dan Kegiatan", 28, 200, 95, 95)
                .header("No", "Program/Kegiatan", "Anggaran (Rp)", "Realisasi (Rp)")
                .indentedRow(1, 0, "1.", "Program Penunjang Urusan Pemerintahan", "150.000.000", "135.000.000")
                .indentedRow(1, 12, "", "Administrasi Keuangan", kegiatanA1, "90.000.000")
                .indentedRow(1, 24, "", "Penyediaan Alat Tulis Kantor", "60.000.000", "55.000.000")
                .indentedRow(1, 24, "", "Penyediaan Jasa Komunikasi", "40.000.000", "35.000.000")
                .indentedRow(1, 12, "", "Pemeliharaan Barang Milik Daerah", "50.000.000", "45.000.000")
                .indentedRow(1, 0, "2.", "Program Pemberdayaan Masyarakat Desa", programB, "90.000.000")
                .indentedRow(1, 12, "", "Fasilitasi Pembinaan Lembaga", "70.000.000", "65.000.000")
                .indentedRow(1, 12, "", "Koordinasi Kegiatan Pemerintahan", "30.000.000", "25.000.000");
    }

    @Test
    void aProgramThatIsNotTheSumOfItsIndentedKegiatanIsFound() {
        Table t = RenderedTables.only(report(indented("105.000.000", "100.000.000")), dir, "menjorok");
        assertThat(t.rows()).extracting(Row::indentLevel).containsExactly(1, 2, 3, 3, 2, 1, 2, 2);
        // 70.000.000 + 30.000.000 = 100.000.000, printed 105.000.000
        assertOneFinding(run(rule, t), "LK-HIER-01", 2, 6, "Anggaran (Rp)", "105.000.000", "100.000.000");
    }

    @Test
    void aKegiatanIsTheSumOfTheSubKegiatanIndentedUnderIt() {
        // 60.000.000 + 40.000.000 = 100.000.000, printed 110.000.000 (and program A: 110 + 50 ≠ 150 juta)
        Table t = RenderedTables.only(report(indented("100.000.000", "110.000.000")), dir, "menjorok-sub");
        assertThat(run(rule, t)).extracting(f -> f.row() + " " + f.reported() + " → " + f.expected())
                .containsExactly("1 150.000.000 → 160.000.000", "2 110.000.000 → 100.000.000");
    }

    @Test
    void consistentIndentedLevelsAreNoFinding() {
        assertNoFinding(run(rule, RenderedTables.only(report(indented("100.000.000", "100.000.000")), dir, "menjorok-ok")));
    }

    /**
     * The same rows centred in their cells: short names sit further right than long ones, but that is
     * their width, not a level. Helvetica sets A, B, E and K equally wide, so the short names line up
     * as an indent would (taken for kegiatan, 60 + 50 = 110 juta against 120 would be reported, with
     * 55 + 45 = 100, 70 + 30 = 100 and 65 + 25 = 90 juta to confirm it); nothing is a parent here.
     */
    @Test
    void centredLabelsMarkNoLevels() {
        TableSpec t = new TableSpec("Tabel 3.17 Realisasi Anggaran Program dan Kegiatan", 200, 95, 95).centred(0)
                .header("Program/Kegiatan", "Anggaran (Rp)", "Realisasi (Rp)")
                .row("Program Pelayanan Umum A", "120.000.000", "100.000.000")
                .row("Belanja A", "60.000.000", "55.000.000")
                .row("Belanja B", "50.000.000", "45.000.000")
                .row("Program Pelayanan Umum B", "100.000.000", "90.000.000")
                .row("Belanja E", "70.000.000", "65.000.000")
                .row("Belanja K", "30.000.000", "25.000.000");
        Table table = RenderedTables.only(report(t), dir, "tengah");
        assertThat(table.rows()).extracting(Row::indentLevel).containsOnly(0);
        assertNoFinding(run(rule, table));
    }

    /**
     * Codes and indentation that disagree: program 1.02 is set as far right as a kegiatan. The codes
     * say whose rincian is whose — 1.01 = 100 + 200 = 300 juta holds, 1.02 = 50 + 90 = 140 juta is
     * printed 150 — where the indentation would make 1.02 a kegiatan of 1.01.
     */
    @Test
    void codesKeepTheirLevelsOverIndentation() {
        TableSpec t = new TableSpec("Tabel 3.17 Realisasi Anggaran Program dan Kegiatan", 200, 95, 95)
                .header("Program/Kegiatan", "Anggaran (Rp)", "Realisasi (Rp)")
                .indentedRow(0, 0, "1.01 Program Penunjang Urusan", "300.000.000", "270.000.000")
                .indentedRow(0, 12, "1.01.1 Administrasi Keuangan", "100.000.000", "90.000.000")
                .indentedRow(0, 12, "1.01.2 Administrasi Umum", "200.000.000", "180.000.000")
                .indentedRow(0, 12, "1.02 Program Pemberdayaan Desa", "150.000.000", "126.000.000")
                .indentedRow(0, 24, "1.02.1 Fasilitasi Lembaga", "50.000.000", "45.000.000")
                .indentedRow(0, 24, "1.02.2 Koordinasi Kegiatan", "90.000.000", "81.000.000");
        Table table = RenderedTables.only(report(t), dir, "kode");
        assertThat(table.rows()).extracting(Row::indentLevel).containsExactly(1, 2, 2, 2, 3, 3);
        assertOneFinding(run(rule, table), "LK-HIER-01", 2, 4, "Anggaran (Rp)", "150.000.000", "140.000.000");
    }
}
