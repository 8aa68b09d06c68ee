package id.inspektorat.lkauditor.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class TextsTest {

    /** What collapse replaced: every run of {@code \s} as one space, by the regular expression. */
    private static final Pattern RUN = Pattern.compile("\\s+");

    @Test
    void collapsesEveryRunOfWhitespaceToOneSpace() {
        assertThat(Texts.collapse("Jumlah\n  Anggaran\t(Rp)")).isEqualTo("Jumlah Anggaran (Rp)");
        assertThat(Texts.collapse(" 1.250 \r\n")).isEqualTo(" 1.250 ");
        assertThat(Texts.collapse("")).isEmpty();
        assertThat(Texts.collapse("\u000B\f")).isEqualTo(" ");
    }

    @Test
    void leavesOtherSpacesAsTheyAre() {
        // \s is ASCII only: a non-breaking space and an ideographic space are not whitespace to it
        assertThat(Texts.collapse("Rp\u00a0 1.000\u3000x")).isEqualTo("Rp\u00a0 1.000\u3000x");
    }

    @Test
    void agreesWithTheRegularExpressionOnRandomTexts() {
        Random random = new Random(11);
        char[] alphabet = {'a', '1', ',', ' ', ' ', '\t', '\n', '\r', '\f', '\u000B', '\u00a0', '\u2003', '\u3000', '\u0085'};
        for (int t = 0; t < 20_000; t++) {
            StringBuilder sb = new StringBuilder();
            for (int i = random.nextInt(12); i > 0; i--) {
                sb.append(alphabet[random.nextInt(alphabet.length)]);
            }
            String s = sb.toString();
            assertThat(Texts.collapse(s)).as("'%s'", s).isEqualTo(RUN.matcher(s).replaceAll(" "));
        }
    }
}
