package id.inspektorat.lkauditor.rules.efficiency;

import static id.inspektorat.lkauditor.rules.RuleTestSupport.assertNoFinding;
import static id.inspektorat.lkauditor.rules.RuleTestSupport.assertOneFinding;
import static id.inspektorat.lkauditor.rules.RuleTestSupport.run;
import static id.inspektorat.lkauditor.rules.RuleTestSupport.table;
import static org.assertj.core.api.Assertions.assertThat;

import id.inspektorat.lkauditor.normalization.Table;
import id.inspektorat.lkauditor.rules.Finding;
import org.junit.jupiter.api.Test;

/** LK-EFF-01: tingkat efisiensi by either definition of spec §5 (capaian − serapan, or 100 − serapan). */
class EfficiencyMismatchTest {

    private final EfficiencyMismatch rule = new EfficiencyMismatch();

    private static Table efficiency(String secondRow) {
        return table("Tabel 3.15 Efisiensi")
                .row("No", "Sasaran", "% Capaian Kinerja", "% Penyerapan Anggaran", "Tingkat Efisiensi (%)")
                .row("1.", "IKM", "94,71", "91,46", "3,25")
                .row("2.", "AKIP", "93,53", "93,45", secondRow)
                .build();
    }

    @Test
    void aRowThatFitsNoDefinitionIsFound() {
        // definition 1 (94,71 − 91,46 = 3,25) is the table's; row 2: 93,53 − 93,45 = 0,08, printed 1,50
        Finding f = assertOneFinding(run(rule, efficiency("1,50")), "LK-EFF-01", 2, "Tingkat Efisiensi (%)", "1,50", "0,08");
        // what supports the table's definition: row 1 of the two testable rows follows it
        assertThat(f.message()).endsWith("(baris lain tabel ini memakai: % capaian kinerja − % penyerapan anggaran; "
                + "berlaku pada 1 dari 2 baris yang dapat diuji)");
    }

    @Test
    void eitherDefinitionIsNoFinding() {
        assertNoFinding(run(rule, efficiency("0,08")));
        // 100 − 93,45 = 6,55: definition 2 also fits
        assertNoFinding(run(rule, efficiency("6,55")));
    }

    @Test
    void aFigureMergedOverTheIndicatorsBelowIsNotRecomputedFromOneRow() {
        // inspektorat LKjIP 2022 Tabel 3.12: 18,99 = mean capaian (94,24 + 100 + 98,30) / 3 − 78,52,
        // printed once in cells merged over the three indicators
        Table merged = table("Tabel 3.12 Efisiensi Sarana dan Prasarana")
                .row("No", "Indikator Kinerja", "% Capaian Kinerja", "% Penyerapan Anggaran", "% Efisiensi")
                .row("1", "Maturitas SPIP", "94,24", "78,52", "18,99")
                .row("", "Kapabilitas APIP", "100", "", "")
                .row("", "Nilai Evaluasi AKIP PD", "98,30", "", "")
                .build();
        assertNoFinding(run(rule, merged));
        // the same first row alone: 94,24 − 78,52 = 15,72, not 18,99
        Table alone = table("Tabel 3.12 Efisiensi Sarana dan Prasarana")
                .row("No", "Indikator Kinerja", "% Capaian Kinerja", "% Penyerapan Anggaran", "% Efisiensi")
                .row("1", "Maturitas SPIP", "94,24", "78,52", "18,99")
                .build();
        assertThat(run(rule, alone)).singleElement().satisfies(x -> assertThat(x.expected()).isEqualTo("15,72"));
    }
}
