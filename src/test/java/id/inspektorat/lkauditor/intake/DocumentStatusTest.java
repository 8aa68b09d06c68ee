package id.inspektorat.lkauditor.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** The names are stored in the history and printed in documents.csv: renaming one breaks both. */
class DocumentStatusTest {

    @Test
    void theNamesAreTheStoredAndPrintedOnes() {
        assertThat(Arrays.stream(DocumentStatus.values()).map(Enum::name)).containsExactlyInAnyOrder(
                "PENDING", "AUDITED", "NO_TEXT_LAYER", "NOT_PDF", "TOO_LARGE", "UNREADABLE", "ENCRYPTED", "TIMEOUT");
    }

    @Test
    void onlyResultsThatNoSettingDecidesAreReused() {
        assertThat(Arrays.stream(DocumentStatus.values()).filter(DocumentStatus::reusable))
                .containsExactlyInAnyOrder(DocumentStatus.AUDITED, DocumentStatus.NO_TEXT_LAYER);
    }
}
