package id.inspektorat.lkauditor.rules.narrative;

import static id.inspektorat.lkauditor.rules.RuleTestSupport.assertNoFinding;
import static id.inspektorat.lkauditor.rules.RuleTestSupport.assertOneFinding;
import static id.inspektorat.lkauditor.rules.RuleTestSupport.document;
import static id.inspektorat.lkauditor.rules.RuleTestSupport.run;
import static id.inspektorat.lkauditor.rules.RuleTestSupport.table;
import static id.inspektorat.lkauditor.rules.RuleTestSupport.text;
import static org.assertj.core.api.Assertions.assertThat;

import id.inspektorat.lkauditor.normalization.Table;
import id.inspektorat.lkauditor.rules.Finding;
import java.util.List;
import org.junit.jupiter.api.Test;

/** LK-TXT-09: the anggaran and realisasi a sentence gives against the budget table's row of the same anggaran. */
class BudgetTextTableMismatchTest {

    private final BudgetTextTableMismatch rule = new BudgetTextTableMismatch();

    /** Belanja operasi and modal and their total, as Tabel 3.2 prints them. */
    private static Table budget() {
        return table("Tabel 3.2 Realisasi Anggaran")
                .row("No", "Uraian", "Anggaran (Rp)", "Realisasi (Rp)", "%")
                .row("1", "Belanja Operasi", "4.569.324.466", "4.407.925.416", "96,47")
                .row("2", "Belanja Modal", "353.029.738", "350.540.000", "99,30")
                .row("", "JUMLAH", "4.922.354.214", "4.758.465.416", "96,67")
                .build();
    }

    @Test
    void aRealisasiTheRowOfTheSameAnggaranDoesNotPrintIsFound() {
        Finding f = assertOneFinding(run(rule, document(List.of(budget()),
                "Total Pagu Anggaran Tahun 2023 sebesar Rp. 4.922.354.214 dengan Realisasi Anggaran sebesar Rp. 4.759.612.916.")),
                "LK-TXT-09", 1, 0, "", "Rp 4.759.612.916", "4.758.465.416");
        assertThat(f.message()).contains("Tabel 3.2").contains("total anggaran");
    }

    @Test
    void anAnggaranTheRowOfTheSameRealisasiDoesNotPrintIsFound() {
        // belanja modal: the realisasi is the row's, the anggaran is not
        assertOneFinding(run(rule, document(List.of(budget()),
                "Anggaran belanja modal sebesar Rp 335.029.738 dengan realisasi sebesar Rp 350.540.000 atau 104,63 %.")),
                "LK-TXT-09", 1, 0, "", "Rp 335.029.738", "353.029.738");
    }

    @Test
    void aSentenceThatGivesARowsFiguresOrTiesToNoRowIsNoFinding() {
        assertNoFinding(run(rule, document(List.of(budget()),
                "Total Pagu Anggaran Tahun 2023 sebesar Rp. 4.922.354.214 dengan Realisasi Anggaran sebesar Rp. 4.758.465.416.",
                // the operasi row, not the total
                "Pagu belanja operasi sebesar Rp 4.569.324.466 dengan realisasi Rp 4.407.925.416.",
                // figures of no row (another year's budget, a desa's dana): nothing to hold them to
                "Pada tahun 2022 pagu sebesar Rp 4.100.000.000 dengan realisasi Rp 3.900.000.000.")));
        // without a budget table there is nothing to compare
        assertNoFinding(run(rule, text(
                "Total Pagu Anggaran Tahun 2023 sebesar Rp. 4.922.354.214 dengan Realisasi Anggaran sebesar Rp. 4.759.612.916.")));
    }
}
