package id.inspektorat.lkauditor.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import technology.tabula.Rectangle;
import technology.tabula.TextElement;
import technology.tabula.Utils;

/** Our array quicksort gives Tabula's order, including where that order is ill-defined. */
class TextOrderTest {

    @Test
    void sortsGlyphsInTabulasOrderEvenWhereThatOrderIsNotTransitive() {
        Random random = new Random(7);
        for (int round = 0; round < 200; round++) {
            List<TextElement> glyphs = new ArrayList<>();
            int n = 1 + random.nextInt(400);
            for (int i = 0; i < n; i++) {
                // lines of mixed heights that overlap by about the threshold, superscripts, duplicates
                float top = 10 * random.nextInt(20) + (random.nextBoolean() ? 0 : random.nextFloat() * 3);
                float left = random.nextInt(50) * 5.5f;
                float height = random.nextBoolean() ? 0.3f + random.nextFloat() : 4 + random.nextFloat() * 8;
                glyphs.add(new TextElement(top, left, 5, height, null, 10, String.valueOf((char) ('a' + i % 26)), 2));
                if (random.nextInt(10) == 0) {
                    glyphs.add(new TextElement(top, left, 5, height, null, 10, "x", 2));
                }
            }
            List<TextElement> tabula = new ArrayList<>(glyphs);
            Utils.sort(tabula, Rectangle.ILL_DEFINED_ORDER);
            List<TextElement> ours = new ArrayList<>(glyphs);
            TextOrder.sort(ours);
            for (int i = 0; i < ours.size(); i++) {
                assertThat(ours.get(i)).as("round %d, position %d", round, i).isSameAs(tabula.get(i));
            }
        }
    }
}
