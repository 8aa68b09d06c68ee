package id.inspektorat.lkauditor.rules;

import static org.assertj.core.api.Assertions.assertThat;

import id.inspektorat.lkauditor.extraction.Box;
import id.inspektorat.lkauditor.extraction.ExtractedTable;
import id.inspektorat.lkauditor.extraction.TableCell;
import id.inspektorat.lkauditor.extraction.TableRow;
import id.inspektorat.lkauditor.fixtures.Tables;
import id.inspektorat.lkauditor.normalization.Table;
import id.inspektorat.lkauditor.normalization.TableNormalizer;
import id.inspektorat.lkauditor.rules.budget.BudgetHierarchyMismatch;
import id.inspektorat.lkauditor.rules.budget.OverspentBudget;
import id.inspektorat.lkauditor.rules.format.MalformedNumber;
import id.inspektorat.lkauditor.rules.suspicious.DuplicateRows;
import id.inspektorat.lkauditor.rules.totals.ColumnTotalMismatch;
import id.inspektorat.lkauditor.rules.totals.RowPartsTotalMismatch;
import id.inspektorat.lkauditor.settings.RulesSettings;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The shapes behind the commonest false alarms on real reports (the verdict notes of
 * src/test/resources/verdicts/real-corpus.csv), each with the case that must still be found.
 * Figures are the fixtures' own, worked by hand in the comments.
 */
class RealReportPatternsTest {

    // --- LK-DUP-01 -------------------------------------------------------------------------------

    @Test
    void duplicates_aKegiatanWithItsOnlyKroByCodeIsNoCopy() {
        Table t = Tables.caption("Tabel 4.2")
                .row("Kode", "Kegiatan/KRO/RO", "Pagu (Rp Ribu)", "Realisasi (Rp Ribu)", "Keu (%)")
                .row("2419.ABF Kebijakan Bidang Sarana", "", "4.530.815", "4.521.523", "99,79")
                .row("5036 Pengembangan Irigasi", "", "5.264.011", "4.888.022", "92,86")
                .row("2419.ABF.002 Kebijakan Teknis", "", "4.530.815", "4.521.523", "99,79")
                .build();
        // 2419.ABF.002 is under 2419.ABF: the same figures are its own, not a copy
        assertThat(new DuplicateRows().check(t)).isEmpty();
    }

    @Test
    void duplicates_theSameMonthlyTargetsWithOtherAmountsAreTwoRows() {
        Table t = Tables.caption("Tabel 6.1")
                .row("Program", "Target 2022", "Rp 2022", "Target 2023", "Rp 2023", "Target 2024", "Rp 2024")
                .row("Pelayanan Administrasi", "12", "181.030.918", "12", "190.000.000", "12", "199.512.345")
                .row("Sarana Aparatur", "12", "145.000.000", "12", "165.000.000", "12", "170.000.000")
                .row("Disiplin Aparatur", "12", "181.030.918", "12", "190.000.000", "12", "199.512.345")
                .build();
        // rows 1 and 3 agree in every figure (181.030.918 and 199.512.345 uneven): still a copy
        assertThat(new DuplicateRows().check(t)).singleElement()
                .satisfies(f -> assertThat(f.rowLabel()).isEqualTo("Disiplin Aparatur"));
        Table differ = Tables.caption("Tabel 6.1")
                .row("Program", "Target 2022", "Rp 2022", "Target 2023", "Rp 2023", "Target 2024", "Rp 2024")
                .row("Pelayanan Administrasi", "12,5", "181.030.918", "13,5", "190.000.000", "14,5", "199.500.000")
                .row("Sarana Aparatur", "12", "145.000.000", "12", "165.000.000", "12", "170.000.000")
                .row("Disiplin Aparatur", "12,5", "133.400.000", "13,5", "155.000.000", "14,5", "160.000.000")
                .build();
        // the targets agree, the amounts do not: two rows
        assertThat(new DuplicateRows().check(differ)).isEmpty();
    }

    @Test
    void duplicates_aChainOfSingleChildrenIsNoCopy() {
        Table t = Tables.caption("Tabel 4.3")
                .row("Uraian", "Pagu (Rp Ribu)", "Realisasi (Rp Ribu)", "Keu (%)")
                .row("Pengembangan dan Rehabilitasi Irigasi", "5.264.011", "4.888.022", "92,86")
                .row("Jaringan Irigasi Permukaan", "5.264.011", "4.888.022", "92,86")
                .row("Dukungan teknis bidang irigasi", "5.264.011", "4.888.022", "92,86")
                .build();
        assertThat(new DuplicateRows().check(t)).isEmpty();
    }

    @Test
    void duplicates_aStrayFigureBetweenAParentAndItsOnlyChildKeepsTheChain() {
        Table t = Tables.caption("Tabel 4.3")
                .row("Uraian", "Pagu (Rp Ribu)", "Realisasi (Rp Ribu)", "Sisa", "Keu (%)")
                .row("Dukungan Manajemen", "1.006.000", "973.649", "", "96,78")
                .row("Layanan Dukungan Manajemen", "1.006.000", "973.649", "", "96,78")
                .row("", "", "", "973.649", "")
                .row("Layanan Organisasi", "1.006.000", "973.649", "", "96,78")
                .build();
        // the third row is one figure of a cell read again, not a row between two copies
        assertThat(new DuplicateRows().check(t)).isEmpty();
    }

    // --- LK-TOT-01 -------------------------------------------------------------------------------

    @Test
    void columnTotal_anAverageIsNotASum() {
        Table t = Tables.caption("Tabel IV.4")
                .row("Satker", "Keu", "Fis")
                .row("Satker A", "98,52", "97,10")
                .row("Satker B", "96,10", "98,40")
                .row("Satker C", "99,01", "96,88")
                .row("TOTAL", "97,03", "97,89")
                .build();
        // 97,03 lies between 96,10 and 99,01: an overall percentage, never 293,63
        assertThat(new ColumnTotalMismatch().check(t)).isEmpty();
    }

    @Test
    void columnTotal_rowsFarFromTheirTotalAreNotAllOfItsParts() {
        Table far = Tables.caption("Tabel 2.3")
                .row("Pendidikan", "Jumlah")
                .row("SLTA", "51")
                .row("SLTP", "9")
                .row("SD", "12")
                .row("TOTAL", "117")
                .build();
        // 51 + 9 + 12 = 72, 62 % of 117: the rest is on the page before
        assertThat(new ColumnTotalMismatch().check(far)).isEmpty();
        Table near = Tables.caption("Tabel I.2")
                .row("DAS", "Luas (km2)")
                .row("Citarum Hulu", "6617,00")
                .row("Cikapundung", "232,10")
                .row("Cisangkuy", "69,01")
                .row("Jumlah", "6951,45")
                .build();
        // 6617,00 + 232,10 + 69,01 = 6918,11, printed 6951,45: near, and wrong
        assertThat(new ColumnTotalMismatch().check(near)).singleElement()
                .satisfies(f -> assertThat(f.expected()).isEqualTo("6.918,11"));
    }

    @Test
    void columnTotal_aListThatBeganOnAnEarlierPageIsNotAllOfItsTotal() {
        Table t = Tables.caption("")
                .row("No", "Nama Barang", "Jumlah")
                .row("22", "Alat Ukur Slump Test", "1")
                .row("23", "Alat Ukur Water Pass", "14")
                .row("24", "Alat Ukur Jarak", "2")
                .row("", "Jumlah", "18")
                .build();
        // 1 + 14 + 2 = 17, printed 18: but items 1-21 are elsewhere, so the total cannot be checked here
        assertThat(new ColumnTotalMismatch().check(t)).isEmpty();
    }

    @Test
    void columnTotal_aTableOfLevelsIsTotalledOverItsTopLevelRows() {
        Table t = Tables.caption("Tabel 4.1 Program dan Kegiatan")
                .row("Program/Kegiatan", "Pagu 2023 (Rp)", "Prakiraan 2024 (Rp)")
                .bold("PROGRAM PENGAWASAN", "121.892.400", "1.469.855.675")
                .row("Pengawasan Internal", "102.556.900", "1.269.855.675")
                .row("Pengawasan Tujuan Tertentu", "19.335.500", "200.000.000")
                .bold("PROGRAM PENDAMPINGAN", "141.206.000", "")
                .row("Perumusan Kebijakan", "8.000.000", "30.000.000")
                .row("Asistensi", "133.206.000", "549.000.000")
                .bold("PROGRAM PENUNJANG", "10.844.259.629", "17.361.850.500")
                .row("Administrasi Keuangan", "10.844.259.629", "17.361.850.500")
                .bold("TOTAL", "12.494.305.699", "19.410.706.175")
                .build();
        // 2023: 121.892.400 + 141.206.000 + 10.844.259.629 = 11.107.358.029, printed 12.494.305.699;
        // 2024: the second program prints no figure of its own (its kegiatan do), so that column is not checked
        assertThat(new ColumnTotalMismatch().check(t)).singleElement().satisfies(f -> {
            assertThat(f.column()).isEqualTo("Pagu 2023 (Rp)");
            assertThat(f.expected()).isEqualTo("11.107.358.029");
        });
    }

    // --- LK-TOT-02 -------------------------------------------------------------------------------

    @Test
    void rowParts_amountsInThousandsMayMissByTheirRounding() {
        Table thousands = Tables.caption("Tabel IV.7")
                .row("Satker", "REALISASI (Rp.000){3}")
                .row("", "RPM", "SBSN", "TOTAL")
                .row("SNVT Air Tanah", "16.330.638", "55.443.213", "71.773.850")
                .build();
        // 16.330.638 + 55.443.213 = 71.773.851: one thousand off in figures rounded to thousands
        assertThat(new RowPartsTotalMismatch().check(thousands)).isEmpty();
        Table rupiah = Tables.caption("Tabel IV.7")
                .row("Satker", "REALISASI (Rp){3}")
                .row("", "RPM", "SBSN", "TOTAL")
                .row("SNVT Air Tanah", "16.330.638", "55.443.213", "71.773.850")
                .build();
        assertThat(new RowPartsTotalMismatch().check(rupiah)).singleElement()
                .satisfies(f -> assertThat(f.expected()).isEqualTo("71.773.851"));
    }

    // --- LK-BUD-02 -------------------------------------------------------------------------------

    @Test
    void overspent_aSplitPaguIsPairedBySubHeader() {
        Table t = Tables.caption("Tabel IV.7 Realisasi Anggaran")
                .row("Satker", "PAGU (Rp){2}", "REALISASI (Rp){2}")
                .row("", "RPM", "TOTAL", "RPM", "TOTAL")
                .row("SNVT A", "31.390.510", "295.476.213", "23.532.686", "276.721.085")
                .row("SNVT B", "39.026.560", "79.316.555", "37.723.368", "82.523.350")
                .build();
        // realisasi TOTAL against pagu TOTAL: 276.721.085 ≤ 295.476.213, but 82.523.350 > 79.316.555
        assertThat(new OverspentBudget().check(t)).singleElement().satisfies(f -> {
            assertThat(f.reported()).isEqualTo("82.523.350");
            assertThat(f.expected()).isEqualTo("79.316.555");
        });
    }

    // --- LK-HIER-01 ------------------------------------------------------------------------------

    @Test
    void hierarchy_outlineCodesSayWhoIsWhoseParent() {
        Table t = Tables.caption("Tabel 2.4")
                .row("Kode / Program / Kegiatan", "Pagu (Rp)")
                .row("7 01 02 Program Penunjang", "300.000.000")
                .row("7 01 02 2.01 Perencanaan", "100.000.000")
                .row("7 01 02 2.01 01 Penyusunan Renja", "60.000.000")
                .row("7 01 02 2.01 02 Evaluasi Kinerja", "40.000.000")
                .row("7 01 02 2.02 Administrasi Keuangan", "200.000.000")
                .row("7 01 03 Program Kecamatan", "90.000.000")
                .row("7 01 03 2.01 Pelayanan", "50.000.000")
                .row("7 01 03 2.02 Pemberdayaan", "30.000.000")
                .row("7 01 04 Program Ketentraman", "25.000.000")
                .row("7 01 04 2.01 Ketertiban Umum", "25.000.000")
                .build();
        // 7 01 02 = 100 + 200 juta (its kegiatan, not their sub-kegiatan) ✓; 2.01 = 60 + 40 ✓;
        // 7 01 03 = 50 + 30 = 80 juta, printed 90: found; 7 01 04 ends the table (it may go on): not checked
        assertThat(new BudgetHierarchyMismatch().check(t)).singleElement().satisfies(f -> {
            assertThat(f.rowLabel()).startsWith("7 01 03 Program Kecamatan");
            assertThat(f.expected()).isEqualTo("80.000.000");
        });
    }

    @Test
    void hierarchy_levelsTheNumbersDoNotConfirmAreNotChecked() {
        Table t = Tables.caption("Tabel 3.17")
                .row("Program/Kegiatan", "Anggaran (Rp)")
                .bold("Penyediaan Jasa", "150.000.000")
                .row("Surat Menyurat", "60.000.000")
                .row("Komunikasi", "40.000.000")
                .bold("Pemeliharaan", "75.000.000")
                .row("Kendaraan", "30.000.000")
                .row("Gedung", "20.000.000")
                .bold("Rapat Koordinasi", "1.000.000")
                .build();
        // neither bold row is the sum of the plain rows under it: the bold type marks no level here
        assertThat(new BudgetHierarchyMismatch().check(t)).isEmpty();
    }

    @Test
    void hierarchy_aBlockOpenWhereTheTableMayGoOnIsLeftAlone() {
        Table cut = normalize(true,
                List.of("No.", "Belanja", "Anggaran (Rp)"),
                List.of("1.", "Belanja Operasi", "3.093.426.319"),
                List.of("", "- Belanja Pegawai", "2.013.689.173"),
                List.of("", "- Belanja Barang dan Jasa", "1.000.000.000"));
        assertThat(new BudgetHierarchyMismatch().check(cut)).isEmpty();
        Table whole = normalize(false,
                List.of("No.", "Belanja", "Anggaran (Rp)"),
                List.of("1.", "Belanja Operasi", "3.093.426.319"),
                List.of("", "- Belanja Pegawai", "2.013.689.173"),
                List.of("", "- Belanja Barang dan Jasa", "1.000.000.000"));
        assertThat(new BudgetHierarchyMismatch().check(whole)).singleElement()
                .satisfies(f -> assertThat(f.expected()).isEqualTo("3.013.689.173"));
    }

    // --- LK-FMT-01 -------------------------------------------------------------------------------

    @Test
    void format_aFigureTheRowBelowCompletesWasCutByTheExtraction() {
        Table cut = Tables.caption("Tabel 6.1")
                .row("Kegiatan", "Rp 2023", "Rp 2024")
                .row("Pembangunan Jalan", "113.624.5", "113.932.2")
                .row("", "50.366", "35.910")
                .row("Rehabilitasi Jalan", "916.491.07", "950.000.000")
                .row("Pemeliharaan Jalan", "0", "45.000.000")
                .build();
        // 113.624.5|50.366 and 113.932.2|35.910 are two lines of two cells; 916.491.07 is printed so
        // (the row below is a row of its own: it also has a figure under a whole one)
        assertThat(new MalformedNumber().check(cut)).singleElement()
                .satisfies(f -> assertThat(f.reported()).isEqualTo("916.491.07"));
    }

    @Test
    void format_aTableInEnglishGroupingIsReadInItsOwnStyle() {
        Table english = Tables.caption("Tabel 3.5")
                .row("Uraian", "Anggaran", "Realisasi")
                .row("Belanja Pegawai", "43,451,004,000", "38,922,766,788")
                .row("Pembulatan Gaji", "1,020,000", "448,656")
                .row("Belanja Barang", "104,201,000", "60,934,995")
                .build();
        assertThat(new MalformedNumber().check(english)).isEmpty();
    }

    private static Table normalize(boolean mayContinue, List<String>... rows) {
        List<TableRow> list = new ArrayList<>();
        for (int r = 0; r < rows.length; r++) {
            List<TableCell> cells = new ArrayList<>();
            for (int c = 0; c < rows[r].size(); c++) {
                cells.add(new TableCell(rows[r].get(c), false, 1, Tables.box(r, c)));
            }
            list.add(new TableRow(1, r * 10f, cells));
        }
        return new TableNormalizer(RulesSettings.bundledVocabulary()).normalize(new ExtractedTable(1, 1, 1, "Tabel 2.3", new Box(0, 0, 100, 100), "lattice",
                list, mayContinue));
    }
}
