package id.inspektorat.lkauditor.extraction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The column look-up decides as PDFBox 2.0's tree maps do (its code copied below as the reference). */
class OverprintFilterTest {

    /** PDFTextStripper.processTextPosition's suppression, as PDFBox 2.0.37 has it. */
    private static final class PdfBoxReference {
        private final Map<String, TreeMap<Float, TreeSet<Float>>> characterListMapping = new HashMap<>();

        boolean repeated(String textCharacter, float textX, float textY, float width) {
            TreeMap<Float, TreeSet<Float>> sameTextCharacters =
                    characterListMapping.computeIfAbsent(textCharacter, k -> new TreeMap<>());
            float tolerance = width / textCharacter.length() / 3.0f;
            SortedMap<Float, TreeSet<Float>> xMatches = sameTextCharacters.subMap(textX - tolerance, textX + tolerance);
            for (TreeSet<Float> xMatch : xMatches.values()) {
                if (!xMatch.subSet(textY - tolerance, textY + tolerance).isEmpty()) {
                    return true;
                }
            }
            sameTextCharacters.computeIfAbsent(textX, k -> new TreeSet<>()).add(textY);
            return false;
        }
    }

    @Test
    void decidesEveryGlyphAsPdfBoxDoes() {
        Random random = new Random(5);
        float[] odd = {0f, -0f, Float.NaN, Float.POSITIVE_INFINITY, Float.NEGATIVE_INFINITY, 7.999f, 8f, 8.001f, -8f, 3.0e38f,
            -3.0e38f};
        for (int page = 0; page < 300; page++) {
            OverprintFilter ours = new OverprintFilter();
            PdfBoxReference pdfbox = new PdfBoxReference();
            int repeats = 0;
            for (int i = 0; i < 400; i++) {
                String text = String.valueOf((char) ('a' + random.nextInt(4))) + (random.nextInt(20) == 0 ? "b" : "");
                float x = random.nextInt(30) == 0 ? odd[random.nextInt(odd.length)] : random.nextInt(40) * 2.5f + random.nextInt(3) * 0.3f;
                float y = random.nextInt(30) == 0 ? odd[random.nextInt(odd.length)] : random.nextInt(10) * 12f + random.nextInt(3) * 0.4f;
                float width = random.nextInt(25) == 0 ? (random.nextBoolean() ? 0f : 500f) : 2 + random.nextFloat() * 6;
                boolean expected = pdfbox.repeated(text, x, y, width);
                assertThat(ours.repeated(text, x, y, width)).as("page %d glyph %d '%s' at %s,%s width %s", page, i, text, x, y, width)
                        .isEqualTo(expected);
                repeats += expected ? 1 : 0;
            }
            assertThat(repeats).as("some glyphs repeat").isPositive();
        }
    }

    @Test
    void aGlyphFarOffThePageIsLookedUpOnce() {
        // x / 8 beyond Integer.MAX_VALUE: the first and last column of the range are the same saturated int
        // (there a third of a glyph's width is below the float's precision: the range is empty, as in PDFBox)
        OverprintFilter ours = new OverprintFilter();
        PdfBoxReference pdfbox = new PdfBoxReference();
        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
            for (float x : new float[] {3.0e38f, 3.0e38f, -3.0e38f, 1.0e11f, 1.0e11f}) {
                assertThat(ours.repeated("a", x, 10, 5e5f)).as("at %s", x).isEqualTo(pdfbox.repeated("a", x, 10, 5e5f));
            }
        });
    }

    @Test
    void aNegativeWidthFailsAsInPdfBox() {
        assertThatThrownBy(() -> new PdfBoxReference().repeated("a", 10, 10, -3)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new OverprintFilter().repeated("a", 10, 10, -3)).isInstanceOf(IllegalArgumentException.class);
    }
}
