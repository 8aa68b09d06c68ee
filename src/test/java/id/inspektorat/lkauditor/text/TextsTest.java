package id.inspektorat.lkauditor.text;

import static org.assertj.core.api.Assertions.assertThat;

import id.inspektorat.lkauditor.fixtures.RandomTexts;
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
        for (String s : RandomTexts.of(11, 20_000, 12, "a", "1", ",", " ", " ", "\t", "\n", "\r", "\f", "\u000B", "\u00a0",
                "\u2003", "\u3000", "\u0085")) {
            assertThat(Texts.collapse(s)).as("'%s'", s).isEqualTo(RUN.matcher(s).replaceAll(" "));
        }
    }

    @Test
    void keepsOnlyLettersAndDigits() {
        assertThat(Texts.lettersAndDigits("J u m l a h : (Rp.)")).isEqualTo("JumlahRp");
        assertThat(Texts.lettersAndDigits("Ⅻ ½ 2023/2024")).isEqualTo("Ⅻ½20232024");
        assertThat(Texts.lettersAndDigits("abc")).isEqualTo("abc");
    }

    @Test
    void keepsWhatTheRegularExpressionKeepsOnRandomTexts() {
        Pattern notLetterOrDigit = Pattern.compile("[^\\p{L}\\p{N}]");
        for (String s : RandomTexts.of(13, 20_000, 8, "a", "Z", "7", " ", ".", "-", "é", "\u00a0", "Ⅻ", "½", "\u0663",
                "\ud835\udc00", "\ud83d\ude00", "\ud835", "\udc00", "\u0301", "_", "ß")) {
            assertThat(Texts.lettersAndDigits(s)).as("'%s'", s).isEqualTo(notLetterOrDigit.matcher(s).replaceAll(""));
        }
    }
}
