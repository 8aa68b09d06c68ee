package id.inspektorat.lkauditor.crosscheck;

import static id.inspektorat.lkauditor.rules.RuleTestSupport.assertNoFinding;
import static id.inspektorat.lkauditor.rules.RuleTestSupport.assertOneFinding;
import static id.inspektorat.lkauditor.rules.RuleTestSupport.fact;
import static id.inspektorat.lkauditor.rules.RuleTestSupport.report;
import static id.inspektorat.lkauditor.rules.RuleTestSupport.run;
import static org.assertj.core.api.Assertions.assertThat;

import id.inspektorat.lkauditor.facts.Quantity;
import id.inspektorat.lkauditor.rules.Finding;
import org.junit.jupiter.api.Test;

/** LK-PEER-01: a peer's figure quoted in a comparison against the peer's own LK. Through the whole job: CrossReportTest. */
class PeerFigureMismatchTest {

    private static final String ALPHA = "kecamatan-alpha/lk-2023.pdf";

    private final PeerFigureMismatch rule = new PeerFigureMismatch();

    /** Alpha's LK quotes Beta's AKIP 2023 on page 14, Tabel 3.8 row 2. */
    private static ReportFacts alphaQuotingBeta(String quoted) {
        return report(ALPHA, "Kecamatan Alpha", 2023, true,
                fact(Quantity.REALISASI_AKIP, "", 2023, "72,00", "Tabel 3.1", 12, 1, "Realisasi"),
                fact(Quantity.REALISASI_AKIP, "Kecamatan Beta", 2023, quoted, "Tabel 3.8", 14, 2, "Realisasi 2023"));
    }

    /** Beta's own LK: AKIP 2023 is 73,00. */
    private static ReportFacts beta(boolean inBatch) {
        return report("kecamatan-beta/lk-2023.pdf", "Kecamatan Beta", 2023, inBatch,
                fact(Quantity.REALISASI_AKIP, "", 2023, "73,00", "Tabel 3.1", 11, 1, "Realisasi"));
    }

    @Test
    void aPeersFigureItsOwnReportPrintsDifferentlyIsFound() {
        // quoted 71,00, Beta's own LK 73,00
        Finding f = assertOneFinding(run(rule, ALPHA, alphaQuotingBeta("71,00"), beta(true)), "LK-PEER-01", 14, 2,
                "Realisasi 2023", "71,00", "73,00");
        assertThat(f.table()).isEqualTo("Tabel 3.8");
        assertThat(f.message()).contains("kecamatan-beta/lk-2023.pdf");
    }

    @Test
    void aPeersReportOfAnEarlierRunCountsToo() {
        assertOneFinding(run(rule, ALPHA, alphaQuotingBeta("71,00"), beta(false)), "LK-PEER-01", 14, 2, "Realisasi 2023",
                "71,00", "73,00");
    }

    @Test
    void aFigureQuotedAsThePeerPrintsItIsNoFinding() {
        assertNoFinding(run(rule, ALPHA, alphaQuotingBeta("73,00"), beta(true)));
        // 73,0 is 73,00 to the precision printed (spec §7)
        assertNoFinding(run(rule, ALPHA, alphaQuotingBeta("73,0"), beta(true)));
    }

    @Test
    void aPeerWithoutAReportIsNoFinding() {
        assertNoFinding(run(rule, ALPHA, alphaQuotingBeta("71,00")));
    }
}
