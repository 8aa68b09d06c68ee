package id.inspektorat.lkauditor.rules.format;

import static id.inspektorat.lkauditor.rules.RuleTestSupport.assertNoFinding;
import static id.inspektorat.lkauditor.rules.RuleTestSupport.assertOneFinding;
import static id.inspektorat.lkauditor.rules.RuleTestSupport.run;
import static id.inspektorat.lkauditor.rules.RuleTestSupport.table;

import id.inspektorat.lkauditor.normalization.Table;
import org.junit.jupiter.api.Test;

/** LK-FMT-01: a figure not written in the Indonesian grouping (spec: number formats). More shapes in RealReportPatternsTest. */
class MalformedNumberTest {

    private final MalformedNumber rule = new MalformedNumber();

    private static Table spending(String realisasi) {
        return table("Tabel 3.17")
                .row("Kegiatan", "Anggaran (Rp)", "Realisasi (Rp)")
                .row("Penyediaan Jasa Surat Menyurat", "10.000.000", realisasi)
                .row("Penyediaan Jasa Komunikasi", "75.924.000", "64.979.098")
                .build();
    }

    @Test
    void aMalformedCellIsReportedWithoutGuessing() {
        // "10.00.000": a group of two digits; nothing is recomputed, so nothing is expected
        assertOneFinding(run(rule, spending("10.00.000")), "LK-FMT-01", 1, "Realisasi (Rp)", "10.00.000", "");
    }

    @Test
    void wellFormedFiguresAreNoFinding() {
        assertNoFinding(run(rule, spending("10.000.000")));
    }
}
