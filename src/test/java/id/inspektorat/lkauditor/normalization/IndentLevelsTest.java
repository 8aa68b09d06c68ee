package id.inspektorat.lkauditor.normalization;

import static org.assertj.core.api.Assertions.assertThat;

import id.inspektorat.lkauditor.extraction.TableCell;
import id.inspektorat.lkauditor.extraction.TableRow;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Levels from how far each label is indented, on rows as extraction measures them: a number column,
 * a label column 200 points wide (indent and room right of the text given), an amount.
 */
class IndentLevelsTest {

    private final List<TableRow> rows = new ArrayList<>();
    private final List<Boolean> totals = new ArrayList<>();

    private IndentLevelsTest row(double indent, double trailing, String label) {
        return row(indent, trailing, label, false);
    }

    private IndentLevelsTest row(double indent, double trailing, String label, boolean total) {
        List<TableCell> cells = List.of(new TableCell(rows.size() + 1 + ".", false, 1, null, 3, 15),
                new TableCell(label, false, 1, null, (float) indent, (float) trailing),
                new TableCell("100.000.000", false, 1, null, 30, 3));
        rows.add(new TableRow(1, rows.size() * 12f, cells));
        totals.add(total);
        return this;
    }

    private int[] levels() {
        boolean[] t = new boolean[totals.size()];
        for (int i = 0; i < t.length; i++) {
            t[i] = totals.get(i);
        }
        return IndentLevels.of(rows, t);
    }

    @Test
    void twoIndentStepsAreTwoLevels() {
        row(3, 40, "Program Penunjang").row(15.4, 70, "Administrasi Keuangan").row(14.6, 25, "Administrasi Umum")
                .row(3.8, 60, "Program Pemberdayaan").row(15, 90, "Fasilitasi Lembaga");
        assertThat(levels()).containsExactly(1, 2, 2, 1, 2);
    }

    @Test
    void threeStepsAreThreeLevelsAndATotalRowTakesNoPart() {
        row(3, 40, "Program").row(12, 70, "Kegiatan").row(21, 80, "Sub Kegiatan Satu").row(21.5, 30, "Sub Kegiatan Dua")
                .row(12, 60, "Kegiatan Lain").row(90, 90, "JUMLAH", true);
        assertThat(levels()).containsExactly(1, 2, 3, 3, 2, 0);
    }

    @Test
    void oneIndentIsNoLevels() {
        row(3, 40, "Masjid").row(3.5, 70, "Musholla").row(3, 20, "Gereja");
        assertThat(levels()).isNull();
    }

    @Test
    void stepsSmallerThanFourPointsAreNoise() {
        row(3, 40, "Program").row(6.5, 70, "Kegiatan").row(6, 20, "Kegiatan Lain");
        assertThat(levels()).isNull();
    }

    @Test
    void moreThanThreeOffsetsAreNoise() {
        row(3, 40, "Satu").row(10, 70, "Dua").row(17, 20, "Tiga").row(24, 60, "Empat").row(31, 50, "Lima");
        assertThat(levels()).isNull();
    }

    @Test
    void offsetsDriftingWiderThanTheToleranceAreNoLevels() {
        // 12 → 13,8 → 15,6: each within 2 points of the next, together 3,6 points apart
        row(3, 40, "Program").row(12, 70, "Kegiatan").row(13.8, 20, "Kegiatan Dua").row(15.6, 60, "Kegiatan Tiga");
        assertThat(levels()).isNull();
    }

    @Test
    void centredLabelsAreNoLevels() {
        // each label leaves as much room right of it as left: its offset is its width, not a level
        row(4, 4.5, "Program Penunjang Urusan Pemerintahan").row(60, 59, "Belanja ATK").row(60.5, 61, "Belanja Air");
        assertThat(levels()).isNull();
    }

    @Test
    void oneIndentedLabelCentredByChanceKeepsTheLevels() {
        // the second kegiatan happens to leave 15 points on both sides; the first cannot be centred
        row(3, 40, "Program Penunjang").row(15, 70, "Administrasi Keuangan").row(15, 16, "Perencanaan dan Evaluasi Kinerja");
        assertThat(levels()).containsExactly(1, 2, 2);
    }

    @Test
    void rightAlignedLabelsAreNoLevels() {
        row(3, 3, "Program Penunjang Urusan").row(60, 3.5, "Belanja ATK").row(72, 3, "Belanja");
        assertThat(levels()).isNull();
    }

    @Test
    void aRowWithoutItsLabelOrWithoutAMeasuredOffsetIsNoLevels() {
        row(3, 40, "Program").row(15, 70, "Kegiatan").row(15, 20, "");
        assertThat(levels()).isNull();
        rows.clear();
        totals.clear();
        row(3, 40, "Program").row(15, 70, "Kegiatan").row(Float.NaN, Float.NaN, "Kegiatan Lain");
        assertThat(levels()).isNull();
    }
}
