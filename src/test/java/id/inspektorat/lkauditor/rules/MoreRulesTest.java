package id.inspektorat.lkauditor.rules;

import id.inspektorat.lkauditor.vocabulary.Severity;
import static org.assertj.core.api.Assertions.assertThat;

import id.inspektorat.lkauditor.fixtures.Tables;
import id.inspektorat.lkauditor.normalization.Table;
import id.inspektorat.lkauditor.rules.akip.AkipComponentOverWeight;
import id.inspektorat.lkauditor.rules.budget.BudgetHierarchyMismatch;
import id.inspektorat.lkauditor.rules.efficiency.EfficiencyMismatch;
import id.inspektorat.lkauditor.rules.ikm.IkmMismatch;
import id.inspektorat.lkauditor.rules.rating.PredikatMismatch;
import id.inspektorat.lkauditor.rules.suspicious.DuplicateRows;
import id.inspektorat.lkauditor.rules.totals.RowPartsTotalMismatch;
import id.inspektorat.lkauditor.settings.RulesSettings;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A positive and a negative case per rule; expected figures worked out by hand in the comments. */
class MoreRulesTest {

    private static final RulesSettings SETTINGS = RulesSettings.defaults();

    private static Table program(String kegiatanAnggaran) {
        return Tables.caption("Tabel 3.17 Program dan Kegiatan")
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
    void hierarchy_flagsAKegiatanThatIsNotTheSumOfItsSubKegiatan() {
        // 60.000.000 + 40.000.000 = 100.000.000, printed 98.000.000
        List<Finding> f = new BudgetHierarchyMismatch().check(program("98.000.000"));
        assertThat(f).singleElement().satisfies(x -> {
            assertThat(x.rule()).isEqualTo("LK-HIER-01");
            assertThat(x.row()).isEqualTo(2);
            assertThat(x.column()).isEqualTo("Anggaran (Rp)");
            assertThat(x.expected()).isEqualTo("100.000.000");
        });
    }

    @Test
    void hierarchy_acceptsConsistentLevels() {
        assertThat(new BudgetHierarchyMismatch().check(program("100.000.000"))).isEmpty();
    }

    @Test
    void hierarchy_dashChildrenMustAddUpExactly() {
        Table t = Tables.caption("Tabel 2.3")
                .row("No.", "Belanja", "Anggaran (Rp)")
                .row("1.", "Belanja Operasi", "3.093.426.319")
                .row("", "- Belanja Pegawai", "2.013.689.173")
                .row("", "- Belanja Barang dan Jasa", "1.079.737.156")
                .build();
        // 2.013.689.173 + 1.079.737.156 = 3.093.426.329
        assertThat(new BudgetHierarchyMismatch().check(t)).singleElement()
                .satisfies(x -> assertThat(x.expected()).isEqualTo("3.093.426.329"));
    }

    private static Table efficiency(String secondRow) {
        return Tables.caption("Tabel 3.15 Efisiensi")
                .row("No", "Sasaran", "% Capaian Kinerja", "% Penyerapan Anggaran", "Tingkat Efisiensi (%)")
                .row("1.", "IKM", "94,71", "91,46", "3,25")
                .row("2.", "AKIP", "93,53", "93,45", secondRow)
                .build();
    }

    @Test
    void efficiency_flagsARowThatFitsNoDefinition() {
        // definition 1 (94,71 − 91,46 = 3,25) is the table's; row 2: 93,53 − 93,45 = 0,08, printed 1,50
        assertThat(new EfficiencyMismatch().check(efficiency("1,50"))).singleElement().satisfies(x -> {
            assertThat(x.rule()).isEqualTo("LK-EFF-01");
            assertThat(x.row()).isEqualTo(2);
            assertThat(x.expected()).isEqualTo("0,08");
        });
    }

    @Test
    void efficiency_acceptsEitherDefinition() {
        assertThat(new EfficiencyMismatch().check(efficiency("0,08"))).isEmpty();
        // 100 − 93,45 = 6,55: definition 2 also fits
        assertThat(new EfficiencyMismatch().check(efficiency("6,55"))).isEmpty();
    }

    @Test
    void efficiency_mergedOverTheIndicatorsBelowIsNotRecomputedFromOneRow() {
        // inspektorat LKjIP 2022 Tabel 3.12: 18,99 = mean capaian (94,24 + 100 + 98,30) / 3 − 78,52,
        // printed once in cells merged over the three indicators
        Table merged = Tables.caption("Tabel 3.12 Efisiensi Sarana dan Prasarana")
                .row("No", "Indikator Kinerja", "% Capaian Kinerja", "% Penyerapan Anggaran", "% Efisiensi")
                .row("1", "Maturitas SPIP", "94,24", "78,52", "18,99")
                .row("", "Kapabilitas APIP", "100", "", "")
                .row("", "Nilai Evaluasi AKIP PD", "98,30", "", "")
                .build();
        assertThat(new EfficiencyMismatch().check(merged)).isEmpty();
        // the same first row alone: 94,24 − 78,52 = 15,72, not 18,99
        Table alone = Tables.caption("Tabel 3.12 Efisiensi Sarana dan Prasarana")
                .row("No", "Indikator Kinerja", "% Capaian Kinerja", "% Penyerapan Anggaran", "% Efisiensi")
                .row("1", "Maturitas SPIP", "94,24", "78,52", "18,99")
                .build();
        assertThat(new EfficiencyMismatch().check(alone)).singleElement()
                .satisfies(x -> assertThat(x.expected()).isEqualTo("15,72"));
    }

    private static Table akip(String pelaporan) {
        return Tables.caption("Tabel 3.4 Aspek Penilaian AKIP")
                .row("NO", "KOMPONEN", "BOBOT", "NILAI")
                .row("1", "Perencanaan Kinerja", "30,00", "21,37")
                .row("2", "Pengukuran Kinerja", "30,00", "18,22")
                .row("3", "Pelaporan Kinerja", "15,00", pelaporan)
                .row("4", "Evaluasi Akuntabilitas Kinerja Internal", "25,00", "15,87")
                .build();
    }

    @Test
    void akip_flagsAComponentAboveItsWeight() {
        assertThat(new AkipComponentOverWeight().check(akip("16,20"))).singleElement().satisfies(x -> {
            assertThat(x.rule()).isEqualTo("LK-AKIP-01");
            assertThat(x.reported()).isEqualTo("16,20");
            assertThat(x.expected()).isEqualTo("15,00");
        });
    }

    @Test
    void akip_acceptsComponentsWithinWeights() {
        assertThat(new AkipComponentOverWeight().check(akip("11,20"))).isEmpty();
    }

    @Test
    void rowParts_componentsAgainstTheirTotalColumn() {
        Table t = Tables.caption("Rekap LHE")
                .row("No", "OPD", "KOMPONEN{4}", "TOTAL NILAI", "KATEGORI")
                .row("", "", "PERENCANAAN", "PENGUKURAN", "PELAPORAN", "EVALUASI", "", "")
                .row("27", "KECAMATAN NIBUNG HANGUS", "22,58", "24,03", "9,9", "15,75", "69,77", "B")
                .row("4", "DINAS PENDIDIKAN", "24,1", "22,4", "9,6", "15,2", "71,39", "BB")
                .build();
        // 22,58 + 24,03 + 9,9 + 15,75 = 72,26; Dinas Pendidikan 71,3 is within rounding of 71,39
        assertThat(new RowPartsTotalMismatch().check(t)).singleElement().satisfies(x -> {
            assertThat(x.row()).isEqualTo(1);
            assertThat(x.expected()).isEqualTo("72,26");
        });
    }

    @Test
    void predikat_flagsALetterTheScaleContradicts() {
        Table t = Tables.caption("Tabel 3.11 Nilai AKIP")
                .row("Indikator", "Target", "Realisasi")
                .row("Nilai Evaluasi AKIP", "70,11 (BB)", "64,38 (BB)")
                .build();
        // AKIP: > 60 – 70 is B
        assertThat(new PredikatMismatch(SETTINGS).check(t)).singleElement().satisfies(x -> {
            assertThat(x.rule()).isEqualTo("LK-PRED-01");
            assertThat(x.expected()).isEqualTo("B");
            assertThat(x.message()).contains("88 Tahun 2021");
        });
    }

    @Test
    void predikat_acceptsBoundaries() {
        // 70,00 is B (lower bound exclusive), 70,01 is BB
        Table t = Tables.caption("Tabel AKIP")
                .row("Indikator", "2022", "2023")
                .row("Nilai AKIP", "B (70,00)", "BB (70,01)")
                .build();
        assertThat(new PredikatMismatch(SETTINGS).check(t)).isEmpty();
    }

    @Test
    void predikat_readsTheScoreBesideAKategoriColumn() {
        Table t = Tables.caption("Rekapitulasi Evaluasi SAKIP")
                .row("No", "OPD", "TOTAL NILAI EVALUASI SAKIP", "KATEGORI")
                .row("1", "DINAS A", "69,77", "B")
                .row("2", "DINAS B", "70,50", "B")
                .build();
        assertThat(new PredikatMismatch(SETTINGS).check(t)).singleElement()
                .satisfies(x -> assertThat(x.row()).isEqualTo(2));
    }

    private static DocumentUnderAudit survey(String tertimbang, String ikm, String mutu) {
        Table nrr = Tables.caption("Tabel 3.3 Hasil Survey Kepuasan Masyarakat")
                .row("No.", "Unsur Pelayanan", "Nilai Rata-Rata")
                .row("1.", "Persyaratan", "3,00").row("2.", "Prosedur", "3,10").row("3.", "Waktu", "3,14")
                .row("4.", "Biaya", "3,94").row("5.", "Produk", "3,05").row("6.", "Kompetensi", "3,17")
                .row("7.", "Perilaku", "3,25").row("8.", "Sarana", "3,05").row("9.", "Pengaduan", "3,31")
                .row("Jumlah NRR Tertimbang", "", tertimbang)
                .build();
        Table result = Tables.caption("")
                .row("IKM Unit Pelayanan", ikm)
                .row("Mutu Pelayanan", ": " + mutu)
                .build();
        return new DocumentUnderAudit("d.pdf", 1, List.of(nrr, result), List.of());
    }

    @Test
    void ikm_acceptsTheRegulationsWeight() {
        // Σ NRR = 29,01; × 0,111 = 3,22; × 25 = 80,50 → B (76,61 – 88,30)
        assertThat(new IkmMismatch(SETTINGS).check(survey("3,22", "80,50", "B"))).isEmpty();
    }

    @Test
    void ikm_flagsWrongTertimbangIkmAndMutu() {
        List<Finding> f = new IkmMismatch(SETTINGS).check(survey("3,32", "80,50", "A"));
        assertThat(f).extracting(Finding::expected).containsExactlyInAnyOrder("3,22", "83,00", "B");
    }

    private static Table villages(String perjuanganL) {
        return Tables.caption("Tabel 1.2 Penduduk")
                .row("No.", "Desa", "Dusun", "L", "P", "L+P")
                .row("1.", "Sei Balai", "16", "1.570", "1.767", "3.337")
                .row("2.", "Kwala Sikasim", "8", "1.447", "1.653", "3.100")
                .row("3.", "Mekar Mulio", "7", "607", "546", "1.153")
                .row("4.", "Perjuangan", "9", perjuanganL, "1.653", "3.100")
                .build();
    }

    @Test
    void duplicates_flagsACopiedRow() {
        assertThat(new DuplicateRows().check(villages("1.447"))).singleElement().satisfies(x -> {
            assertThat(x.rule()).isEqualTo("LK-DUP-01");
            assertThat(x.severity()).isEqualTo(Severity.WARNING);
            assertThat(x.message()).contains("Kwala Sikasim");
        });
    }

    @Test
    void duplicates_ignoresRowsThatDiffer() {
        assertThat(new DuplicateRows().check(villages("1.446"))).isEmpty();
    }
}
