package id.inspektorat.lkauditor.narrative;

import id.inspektorat.lkauditor.extraction.PageText;
import id.inspektorat.lkauditor.extraction.TextLine;
import java.math.BigDecimal;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The report's running text as sentences and clauses, and the figures they state. */
public final class NarrativeText {

    private static final Pattern DOTTED_DECIMAL = Pattern.compile("\\d+\\.\\d{1,2}");

    private static final Pattern TAHUN_YEAR = Pattern.compile("(?i)\\btahun\\s+(\\d{4})\\b");

    /** A figure in the text: where it starts and ends, its value and decimals, and whether % follows. */
    public record Figure(int start, int end, String printed, BigDecimal value, int decimals, boolean percent) {
    }

    /**
     * A sentence ends at . ! ? or ; before a capital, except after an abbreviation ("Kec. Medang
     * Deras"). The cheap test comes first: the list of abbreviations is tried only where a stop is.
     */
    private static final Pattern SENTENCE_END = Pattern.compile(
            "(?<=[a-z0-9%)\"”][.!?;])(?<!\\b(?:Kec|No|Rp|Kab|Prov|Jl|Ir|Hj|Drs|Dra|dkk|dll|Tbk|Sdr|Bpk|Ibu|s\\.d|Permen|PAN)\\.)\\s+(?=[A-Z(\"“])");
    private static final Pattern CLAUSE_END = Pattern.compile(
            ",\\s+(?=(?:apabila|sedangkan|sementara|namun|tetapi|dan|serta|sehingga|atau)\\b)|;\\s+");
    private static final Pattern FIGURE = Pattern.compile(
            "(?<![\\d.,/])(\\d{1,3}(?:\\.\\d{3})+(?:,\\d+)?|\\d+(?:,\\d+)?|\\d+\\.\\d{1,2}(?=\\s*%))(?![\\d/])(\\s*(?:%|persen))?");

    private NarrativeText() {
    }

    private static final Pattern CAPTION = Pattern.compile("(?i)^(tabel|table|gambar|grafik)\\s*\\.?\\s*[0-9IVX].*");

    /**
     * The sentences of the documents being checked, split once and shared by every narrative rule.
     * Looked up by identity: hashing a document's pages by content would cost more than splitting.
     * A few entries suffice, one per document in progress.
     */
    private static final ArrayDeque<Map.Entry<List<PageText>, List<Sentence>>> RECENT =
            new ArrayDeque<>();
    private static final int RECENT_SIZE = 16; // a miss only splits again

    public static List<Sentence> sentences(List<PageText> pages) {
        synchronized (RECENT) {
            for (Map.Entry<List<PageText>, List<Sentence>> e : RECENT) {
                if (e.getKey() == pages) {
                    return e.getValue();
                }
            }
        }
        List<Sentence> computed = split(pages);
        synchronized (RECENT) {
            RECENT.addFirst(Map.entry(pages, computed));
            if (RECENT.size() > RECENT_SIZE) {
                RECENT.removeLast();
            }
        }
        return computed;
    }

    /**
     * The sentences of the running text. Captions and bold headings stand apart: a caption without a
     * full stop must not run into the paragraph under it.
     */
    private static List<Sentence> split(List<PageText> pages) {
        List<Sentence> out = new ArrayList<>();
        String previous = "";
        for (PageText p : pages) {
            for (String block : blocks(p)) {
                for (String s : SENTENCE_END.split(block)) {
                    String t = s.trim();
                    if (!t.isEmpty()) {
                        out.add(new Sentence(p.page(), t, previous));
                        previous = t;
                    }
                }
            }
        }
        return out;
    }

    private static List<String> blocks(PageText page) {
        List<String> blocks = new ArrayList<>();
        List<TextLine> run = new ArrayList<>();
        for (TextLine l : page.lines()) {
            boolean apart = l.bold() || CAPTION.matcher(l.text()).matches();
            if (apart) {
                if (!run.isEmpty()) {
                    blocks.add(new PageText(page.page(), true, run).flowingText());
                    run = new ArrayList<>();
                }
                blocks.add(l.text());
            } else {
                run.add(l);
            }
        }
        if (!run.isEmpty()) {
            blocks.add(new PageText(page.page(), true, run).flowingText());
        }
        return blocks;
    }

    /**
     * Whether a lower-cased text contains one of the words. A regular expression that begins with a
     * case-insensitive choice of words tries each word at every position; rules ask this first.
     */
    public static boolean mentions(String lower, String... words) {
        for (String w : words) {
            if (lower.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a text holds one of the (lower-case ASCII) words in any letter case, without lower-casing
     * it: the test a rule asks before a {@code (?i)} pattern that cannot match without one of them.
     * ASCII case-insensitivity is all such a pattern has, and {@code regionMatches} folds at least that.
     */
    public static boolean holdsAnyCase(String text, String... words) {
        for (String w : words) {
            char first = w.charAt(0);
            char upper = Character.toUpperCase(first);
            for (int i = 0, last = text.length() - w.length(); i <= last; i++) {
                char c = text.charAt(i);
                if ((c == first || c == upper || c > 0x7f) && text.regionMatches(true, i, w, 0, w.length())) {
                    return true;
                }
            }
        }
        return false;
    }

    public static String[] clauses(String sentence) {
        return CLAUSE_END.split(sentence);
    }

    /** The figures of a text, leaving out years (1990–2100), numbering ("1." at the start) and Rp amounts' trailing ",-". */
    public static List<Figure> figures(String text) {
        List<Figure> out = new ArrayList<>();
        Matcher m = FIGURE.matcher(text);
        while (m.find()) {
            String raw = m.group(1);
            boolean percent = m.group(2) != null;
            BigDecimal v;
            int decimals;
            if (DOTTED_DECIMAL.matcher(raw).matches()) {
                v = new BigDecimal(raw);
            } else {
                v = new BigDecimal(raw.replace(".", "").replace(',', '.'));
            }
            decimals = Math.max(0, v.scale());
            // "2023" is a year, "2.028 orang" is not
            boolean year = decimals == 0 && !percent && raw.length() == 4 && v.compareTo(BigDecimal.valueOf(1990)) >= 0
                    && v.compareTo(BigDecimal.valueOf(2100)) <= 0;
            // "4." numbering a list item, at the start or where the next item begins
            boolean numbering = decimals == 0 && v.compareTo(BigDecimal.valueOf(30)) <= 0 && text.length() > m.end()
                    && text.charAt(m.end()) == '.' && (m.end() + 1 >= text.length() || Character.isWhitespace(text.charAt(m.end() + 1)));
            if (!year && !numbering) {
                out.add(new Figure(m.start(), m.end(), m.group().trim(), v, decimals, percent));
            }
        }
        return out;
    }

    /** The last "tahun YYYY" at or before a position, or 0. */
    public static int yearBefore(String text, int position) {
        Matcher m = TAHUN_YEAR.matcher(text);
        int year = 0;
        while (m.find() && m.start() < position) {
            year = Integer.parseInt(m.group(1));
        }
        return year;
    }

    /** "akip", "ikm", or null: which indicator a text is about. */
    public static String indicator(String text) {
        String l = text.toLowerCase(Locale.ROOT);
        boolean akip = l.contains("akip") || l.contains("akuntabilitas kinerja");
        boolean ikm = l.contains("ikm") || l.contains("kepuasan masyarakat");
        if (akip == ikm) {
            return null;
        }
        return akip ? "akip" : "ikm";
    }
}
