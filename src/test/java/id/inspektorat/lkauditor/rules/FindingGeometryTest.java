package id.inspektorat.lkauditor.rules;

import static org.assertj.core.api.Assertions.assertThat;

import id.inspektorat.lkauditor.extraction.Box;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The evidence geometry survives the history (H2 columns) and stays bounded. */
class FindingGeometryTest {

    @Test
    void sourcesRoundTripThroughTheirStoredForm() {
        Finding.Geometry g = new Finding.Geometry(new Box(10, 20, 300, 500), new Box(100, 20, 112, 500),
                new Box(100, 400, 112, 500), List.of(new Box(60, 400, 72, 500), new Box(80, 400, 92.5f, 500)));
        Finding.Geometry back = Finding.Geometry.decode(g.encode(), g.encodeSources());
        assertThat(back).isEqualTo(g);
    }

    @Test
    void aStoredFindingWithoutSourcesStillDecodes() {
        Finding.Geometry g = new Finding.Geometry(null, new Box(1, 2, 3, 4), null);
        assertThat(Finding.Geometry.decode(g.encode(), null)).isEqualTo(g);
        assertThat(Finding.Geometry.decode("", null)).isNull();
    }

    @Test
    void sourcesAreBoundedToFitTheirColumnAndNeverRepeatTheWrongCell() {
        Box wrong = new Box(0, 0, 10, 10);
        List<Box> many = new ArrayList<>();
        many.add(wrong);
        for (int i = 1; i <= 500; i++) {
            many.add(new Box(i * 12.5f, 700.5f, i * 12.5f + 12.5f, 800.5f));
        }
        Finding.Geometry g = new Finding.Geometry(null, null, wrong).withSources(many);
        assertThat(g.sources()).hasSize(Finding.Geometry.MAX_SOURCES).doesNotContain(wrong);
        assertThat(g.encodeSources().length()).isLessThanOrEqualTo(2000); // EVIDENCE_SOURCES VARCHAR(2000)
    }
}
