package id.inspektorat.lkauditor.vocabulary;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** {@link Vocabulary#withoutWraps} takes out what a line wrap leaves in a header word, as its regular expression did. */
class WrapsTest {

    /** What the hand-written scan replaced: a hyphen before whitespace, or a run of whitespace and soft hyphens. */
    private static final Pattern WRAP = Pattern.compile("-\\s+|[\\s\\u00ad]+");

    @Test
    void joinsAWordBrokenAtTheLineEnd() {
        assertThat(Vocabulary.withoutWraps("reali- sasi")).isEqualTo("realisasi");
        assertThat(Vocabulary.withoutWraps("reali\u00adsasi anggaran")).isEqualTo("realisasianggaran");
        assertThat(Vocabulary.withoutWraps("pagu\n\tindikatif")).isEqualTo("paguindikatif");
    }

    @Test
    void keepsAHyphenInsideAWord() {
        assertThat(Vocabulary.withoutWraps("sub-kegiatan")).isEqualTo("sub-kegiatan");
        assertThat(Vocabulary.withoutWraps("--x")).isEqualTo("--x");
        assertThat(Vocabulary.withoutWraps("")).isEmpty();
        // \s is ASCII only: a non-breaking space stays
        assertThat(Vocabulary.withoutWraps("rp\u00a0- 1")).isEqualTo("rp\u00a01");
    }

    @Test
    void agreesWithTheRegularExpressionOnRandomTexts() {
        Random random = new Random(7);
        char[] alphabet = {'a', '-', '-', ' ', '\t', '\n', '\r', '\f', '\u000B', '\u00ad', '\u00a0', '\u2003', '\u0085'};
        for (int t = 0; t < 20_000; t++) {
            StringBuilder sb = new StringBuilder();
            for (int i = random.nextInt(12); i > 0; i--) {
                sb.append(alphabet[random.nextInt(alphabet.length)]);
            }
            String s = sb.toString();
            assertThat(Vocabulary.withoutWraps(s)).as("'%s'", s).isEqualTo(WRAP.matcher(s).replaceAll(""));
        }
    }
}
