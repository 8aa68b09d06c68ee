package id.inspektorat.lkauditor.narrative;

import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A sentence of the running text, with the page it starts on and the sentence before it (for
 * context). What several narrative rules read of it — its text with table references blanked, the
 * claims in that text — is read once, on first asking, not once per rule.
 */
public final class Sentence {

    /** Table references ("tabel 3.14") blanked out so their numbers are not taken for figures. */
    private static final Pattern REFERENCE = Pattern.compile(
            "(?i)\\b(tabel|table|gambar|bab|lampiran|nomor|no\\.)\\s*\\.?\\s*[\\dIVX]+(\\.\\d+)*");

    private final int page;
    private final String text;
    private final String previous;
    // computed at most once per thread that races for it; both are immutable, so any copy will do
    private String withoutReferences;
    private List<Claim> claims;

    public Sentence(int page, String text, String previous) {
        this.page = page;
        this.text = text;
        this.previous = previous;
    }

    public int page() {
        return page;
    }

    public String text() {
        return text;
    }

    public String previous() {
        return previous;
    }

    /** The text with its table references blanked (the same length, so places in it are places in the text). */
    public String withoutReferences() {
        String w = withoutReferences;
        if (w == null) {
            w = withoutReferences(text);
            withoutReferences = w;
        }
        return w;
    }

    /** The claims {@link ClaimReader#read} finds in the text without its references. */
    public List<Claim> claims() {
        List<Claim> c = claims;
        if (c == null) {
            c = Collections.unmodifiableList(ClaimReader.read(withoutReferences(), previous));
            claims = c;
        }
        return c;
    }

    static String withoutReferences(String text) {
        if (!NarrativeText.mentions(text.toLowerCase(Locale.ROOT), "tabel", "table", "gambar", "bab", "lampiran", "nomor", "no.")) {
            return text;
        }
        Matcher m = REFERENCE.matcher(text);
        StringBuilder sb = new StringBuilder(text);
        while (m.find()) {
            for (int i = m.start(); i < m.end(); i++) {
                sb.setCharAt(i, ' ');
            }
        }
        return sb.toString();
    }

    @Override
    public String toString() {
        return "Sentence[page=" + page + ", text=" + text + "]";
    }
}
