package id.inspektorat.lkauditor.text;

import java.util.regex.Pattern;

/**
 * The regular expressions many stages share, compiled once: {@code String.replaceAll} and
 * {@code String.matches} compile theirs on every call, which on a night of reports is millions of
 * compilations (measured: 1,6 of 11,8 GB allocated in a run over the real corpus). No dependencies:
 * every package may import it.
 */
public final class Texts {

    /** A run of whitespace (ASCII, as {@code \s}). */
    public static final Pattern WHITESPACE = Pattern.compile("\\s+");
    /** One line that holds a digit somewhere ({@code .} stops at a line break). */
    public static final Pattern HAS_DIGIT = Pattern.compile(".*\\d.*");
    /** A text that holds a digit somewhere, over line breaks too. */
    public static final Pattern HAS_DIGIT_ANYWHERE = Pattern.compile("(?s).*\\d.*");
    /** A file name's {@code .pdf}, in any case. */
    public static final Pattern PDF_EXTENSION = Pattern.compile("(?i)\\.pdf$");

    private Texts() {
    }

    /**
     * Every run of whitespace ({@link #WHITESPACE}'s ASCII {@code \s}) as one space. By hand: every
     * cell passes here, most of them with nothing to change, and the matcher was 1,5 % of a run.
     */
    public static String collapse(CharSequence s) {
        int n = s.length();
        StringBuilder out = null;
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (!isAsciiWhitespace(c)) {
                if (out != null) {
                    out.append(c);
                }
                continue;
            }
            int end = i + 1;
            while (end < n && isAsciiWhitespace(s.charAt(end))) {
                end++;
            }
            if (out == null && (c != ' ' || end - i > 1)) {
                out = new StringBuilder(n).append(s, 0, i);
            }
            if (out != null) {
                out.append(' ');
            }
            i = end - 1;
        }
        return out == null ? s.toString() : out.toString();
    }

    /**
     * Only the letters and digits (of any script) of a text: what {@code [^\p{L}\p{N}]} replaced by
     * nothing leaves, by hand. Header rows and page-running rows are compared this way cell by cell,
     * where the matcher was a hundredth of a run. Both are general categories, per code point.
     */
    public static String lettersAndDigits(CharSequence s) {
        int n = s.length();
        StringBuilder out = null;
        for (int i = 0; i < n; ) {
            int cp = Character.codePointAt(s, i);
            int next = i + Character.charCount(cp);
            if (!isLetterOrNumber(cp)) {
                if (out == null) {
                    out = new StringBuilder(n).append(s, 0, i);
                }
            } else if (out != null) {
                out.append(s, i, next);
            }
            i = next;
        }
        return out == null ? s.toString() : out.toString();
    }

    private static boolean isLetterOrNumber(int cp) {
        if (cp < 0x80) {
            return cp >= 'a' && cp <= 'z' || cp >= 'A' && cp <= 'Z' || cp >= '0' && cp <= '9';
        }
        int type = Character.getType(cp);
        return Character.isLetter(cp) || type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER
                || type == Character.OTHER_NUMBER;
    }

    /** {@code \s} without UNICODE_CHARACTER_CLASS: space, tab, line feed, vertical tab, form feed, return. */
    public static boolean isAsciiWhitespace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    /** A file name without its {@code .pdf}. */
    public static String withoutPdf(String fileName) {
        return PDF_EXTENSION.matcher(fileName).replaceAll("");
    }
}
