package id.inspektorat.lkauditor.review;

import static org.assertj.core.api.Assertions.assertThat;

import id.inspektorat.lkauditor.rules.Finding;
import id.inspektorat.lkauditor.vocabulary.Severity;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which findings an auditor has marked false, as the document step sees them (before the OPD's numbering). */
class FindingReviewTest {

    private static final String OPD = "Dinas A";
    private static final Finding TOTAL = new Finding("LK-TOT-01", Severity.ERROR, 4, "Tabel 3.2", 7, "Jumlah", "Realisasi",
            "1.250", "1.200", "Jumlah kolom …", null);

    @TempDir
    Path rules;

    private Verdicts verdicts(String... lines) throws IOException {
        Path f = rules.resolve("verdicts/v.csv");
        Files.createDirectories(f.getParent());
        Files.writeString(f, "fingerprint;verdict\n" + String.join("\n", lines) + "\n");
        return Verdicts.load(rules);
    }

    @Test
    void aFindingEveryVerdictOnWhichIsSalahIsMarkedFalse() throws IOException {
        String print = Fingerprints.of(OPD, List.of(TOTAL)).get(0);
        assertThat(FindingReview.markedFalse(OPD, TOTAL, verdicts(print + ";SALAH"))).isTrue();
        // the same figure printed again by the OPD (-2), also SALAH
        assertThat(FindingReview.markedFalse(OPD, TOTAL, verdicts(print + ";SALAH", print + "-2;SALAH"))).isTrue();
    }

    @Test
    void aConfirmedNumberedOrUnreviewedFindingIsNot() throws IOException {
        String print = Fingerprints.of(OPD, List.of(TOTAL)).get(0);
        assertThat(FindingReview.markedFalse(OPD, TOTAL, verdicts(print + ";BENAR"))).isFalse();
        // one of the OPD's two printings confirmed: this document's may be that one
        assertThat(FindingReview.markedFalse(OPD, TOTAL, verdicts(print + ";SALAH", print + "-2;BENAR"))).isFalse();
        assertThat(FindingReview.markedFalse(OPD, TOTAL, verdicts("0123456789abcdef;SALAH"))).isFalse();
        assertThat(FindingReview.markedFalse(OPD, TOTAL, Verdicts.none())).isFalse();
        // another OPD's finding of the same figures is another finding
        assertThat(FindingReview.markedFalse("Dinas B", TOTAL, verdicts(print + ";SALAH"))).isFalse();
    }
}
