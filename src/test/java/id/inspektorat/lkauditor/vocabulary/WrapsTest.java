package id.inspektorat.lkauditor.vocabulary;

import static org.assertj.core.api.Assertions.assertThat;

import id.inspektorat.lkauditor.fixtures.RandomTexts;
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
        for (String s : RandomTexts.of(7, 20_000, 12, "a", "-", "-", " ", "\t", "\n", "\r", "\f", "\u000B", "\u00ad", "\u00a0",
                "\u2003", "\u0085")) {
            assertThat(Vocabulary.withoutWraps(s)).as("'%s'", s).isEqualTo(WRAP.matcher(s).replaceAll(""));
        }
    }
}
