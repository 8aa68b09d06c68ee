package id.inspektorat.lkauditor.vocabulary;

import id.inspektorat.lkauditor.text.Texts;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The header, caption and row-label words of {@code rules/vocabulary.yml}, one {@link Entry} per
 * {@link Term}. Matching is case-blind. A header word broken by a line wrap inside a narrow cell
 * ("Reali- sasi", "Angga ran") still names its term: words of six letters or more (without a space)
 * are also looked for in the text with its spaces and wrap hyphens taken out.
 */
public final class Vocabulary {

    private static final Pattern NOT_LETTER = Pattern.compile("[^a-z]");
    private static final Pattern NOT_LETTER_OR_PLUS = Pattern.compile("[^a-z+]");

    /** Which text of a column (or caption) an entry's words are tested on. */
    public enum Scope {
        /** The whole header path, top to bottom, lower case. */
        HEADER,
        /** The last header segment, trimmed. */
        LEAF,
        /** Each header segment on its own (the term holds for the column when any segment has it). */
        SEGMENT,
        /** The header path's letters only ("No." and "N o" are "no"). */
        LETTERS,
        /** The leaf's letters and plus signs only ("L + P" is "l+p"). */
        LEAF_LETTERS,
        /** The header path without spaces ("Rp (000)" is "rp(000)"). */
        COMPACT,
        /** The table's caption (and its header, for topics). */
        CAPTION,
        /**
         * A row's label (a cell that says what the row is: "Nilai SAKIP", "Belanja Modal"), asked only
         * through {@link #names}; never a column's or a caption's term.
         */
        LABEL
    }

    /**
     * The words that name one term.
     *
     * @param contains the text contains one of these
     * @param words    one of these stands as a word (no letter right before or after it)
     * @param is       the text, trimmed, is one of these
     * @param starts   the text, trimmed, starts with one of these
     * @param unless   the term does not hold when the text contains one of these
     * @param notAfter the term does not hold when one of these stands as a whole word before its cue
     *                 ("Persentase SAKIP OPD kategori A" is a share of OPDs, not the SAKIP score); with
     *                 these, the cue of {@code contains} is the one that stands first in the text
     * @param source   {@code file:line} it was defined at
     */
    public record Entry(Term term, Scope scope, List<String> contains, List<String> words, List<String> is,
                        List<String> starts, List<String> unless, List<String> notAfter, String source) {

        public Entry {
            contains = lower(contains);
            words = lower(words);
            is = lower(is);
            starts = lower(starts);
            unless = lower(unless);
            notAfter = lower(notAfter);
        }

        private static List<String> lower(List<String> l) {
            return l.stream().map(w -> w.toLowerCase(Locale.ROOT)).toList();
        }

        /** The word of this entry the text holds (the cue), or null. */
        public String cue(String text) {
            String t = text.toLowerCase(Locale.ROOT);
            if (unless.stream().anyMatch(t::contains)) {
                return null;
            }
            String trimmed = t.trim();
            if (is.contains(trimmed)) {
                return trimmed;
            }
            for (String w : starts) {
                if (trimmed.startsWith(w)) {
                    return w;
                }
            }
            if (!notAfter.isEmpty()) {
                return firstCue(t);
            }
            String joined = null;
            for (String w : contains) {
                if (t.contains(w)) {
                    return w;
                }
                if (w.length() >= 6) {
                    joined = joined == null ? withoutWraps(t) : joined;
                    if (joined.contains(w)) {
                        return w;
                    }
                }
            }
            // the earliest word in the text, so "Rancangan ... Perubahan" names the stage it starts with
            String first = null;
            int at = Integer.MAX_VALUE;
            for (String w : words) {
                int i = wordAt(t, w, at);
                if (i >= 0) {
                    first = w;
                    at = i;
                }
            }
            return first;
        }

        /** Where {@code w} first stands as a word in {@code t} (no letter right before or after it) before {@code limit}, or -1. */
        private static int wordAt(String t, String w, int limit) {
            for (int i = t.indexOf(w); i >= 0 && i < limit; i = t.indexOf(w, i + 1)) {
                int end = i + w.length();
                if ((i == 0 || !Character.isLetter(t.charAt(i - 1))) && (end == t.length() || !Character.isLetter(t.charAt(end)))) {
                    return i;
                }
            }
            return -1;
        }

        /**
         * With {@code not-after} words: of the {@code contains} and {@code word} words, the one that stands
         * first in the text (a word broken by a line wrap stands where it begins); it is the cue unless a
         * not-after word stands before it. ({@code is} and {@code starts} words stand first: nothing is
         * before them.)
         */
        private String firstCue(String t) {
            String first = null;
            int at = Integer.MAX_VALUE;
            Joined joined = null;
            for (String w : contains) {
                int i = t.indexOf(w);
                if (w.length() >= 6 && w.indexOf(' ') < 0) { // as cue() joins (a word with a space never joins)
                    joined = joined == null ? Joined.of(t) : joined;
                    int j = joined.indexOf(w);
                    i = i < 0 ? j : j < 0 ? i : Math.min(i, j);
                }
                if (i >= 0 && i < at) {
                    first = w;
                    at = i;
                }
            }
            for (String w : words) {
                int i = wordAt(t, w, at);
                if (i >= 0) {
                    first = w;
                    at = i;
                }
            }
            return first == null || notAfter(t, at) ? null : first;
        }

        /** Whether a not-after word stands, as a whole word ({@code \b}), in the text before {@code at}. */
        private boolean notAfter(String t, int at) {
            return notAfterPattern().matcher(t.substring(0, at)).find();
        }

        private Pattern notAfterPattern() {
            return NOT_AFTER.computeIfAbsent(notAfter, l -> Pattern.compile(
                    "\\b(?:" + l.stream().map(Pattern::quote).collect(Collectors.joining("|")) + ")\\b"));
        }
    }

    /** One pattern per list of not-after words, compiled once. */
    private static final Map<List<String>, Pattern> NOT_AFTER = new ConcurrentHashMap<>();

    /** The text with line wraps taken out, and where each of its characters stood in the text. */
    private record Joined(String text, int[] at) {

        static Joined of(String t) {
            StringBuilder sb = new StringBuilder(t.length());
            int[] at = new int[t.length()];
            Matcher m = WRAP.matcher(t);
            int from = 0;
            while (true) {
                int to = m.find() ? m.start() : t.length();
                for (int i = from; i < to; i++) {
                    at[sb.length()] = i;
                    sb.append(t.charAt(i));
                }
                if (to == t.length()) {
                    return new Joined(sb.toString(), at);
                }
                from = m.end();
            }
        }

        /** Where the word begins in the text, or -1. */
        int indexOf(String w) {
            int i = text.indexOf(w);
            return i < 0 ? -1 : at[i];
        }
    }

    /** What a line wrap leaves inside a word: spaces, a soft hyphen, a hyphen before the break. */
    private static final Pattern WRAP = Pattern.compile("-\\s+|[\\s\\u00ad]+");

    /**
     * The text with {@link #WRAP}'s matches taken out, by hand: every whitespace ({@code \s}: ASCII
     * only) and soft hyphen, and every hyphen a whitespace follows. {@code cue} takes it for every
     * entry on every header it is asked about, where the matcher was a sixtieth of a run.
     */
    static String withoutWraps(String t) {
        int n = t.length();
        StringBuilder out = null;
        for (int i = 0; i < n; i++) {
            char c = t.charAt(i);
            boolean wrap = c == '\u00ad' || Texts.isAsciiWhitespace(c) || c == '-' && i + 1 < n && Texts.isAsciiWhitespace(t.charAt(i + 1));
            if (wrap && out == null) {
                out = new StringBuilder(n).append(t, 0, i);
            } else if (!wrap && out != null) {
                out.append(c);
            }
        }
        return out == null ? t : out.toString();
    }

    private final Map<Term, Entry> entries;

    public Vocabulary(Map<Term, Entry> entries) {
        EnumSet<Term> missing = EnumSet.allOf(Term.class);
        missing.removeAll(entries.keySet());
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException("terms without words: " + missing);
        }
        this.entries = Collections.unmodifiableMap(new EnumMap<>(entries));
    }

    public Entry entry(Term term) {
        return entries.get(term);
    }

    /**
     * Whether a text (a row label, a caption with a row and a column) names the term, by its entry's
     * words, whatever the entry's scope.
     */
    public boolean names(Term term, String text) {
        return entries.get(term).cue(text == null ? "" : text) != null;
    }

    /**
     * The terms a column's header path names, each with its cue (the word that named it), and how sure
     * that reading is: the terms whose word stands in the header only once a line wrap inside it is
     * joined back ("Reali- sasi") are {@code joined} — read by repair, not as printed.
     */
    public record ColumnTerms(Map<Term, String> cues, Set<Term> joined) {
    }

    /** The terms a column's header path names, each with its cue (the word that named it). */
    public Map<Term, String> column(List<String> path) {
        return columnTerms(path).cues();
    }

    public ColumnTerms columnTerms(List<String> path) {
        EnumMap<Term, String> out = new EnumMap<>(Term.class);
        EnumSet<Term> joined = EnumSet.noneOf(Term.class);
        if (path.isEmpty()) {
            return new ColumnTerms(out, joined);
        }
        String header = String.join(" ", path).toLowerCase(Locale.ROOT);
        String leaf = path.get(path.size() - 1).toLowerCase(Locale.ROOT);
        for (Entry e : entries.values()) {
            List<String> tested = switch (e.scope()) {
                case HEADER -> List.of(header);
                case LEAF -> List.of(leaf);
                case SEGMENT -> path.stream().map(p -> p.toLowerCase(Locale.ROOT)).toList();
                case LETTERS -> List.of(NOT_LETTER.matcher(header).replaceAll(""));
                case LEAF_LETTERS -> List.of(NOT_LETTER_OR_PLUS.matcher(leaf).replaceAll(""));
                case COMPACT -> List.of(header.replace(" ", ""));
                case CAPTION, LABEL -> List.of();
            };
            for (String t : tested) {
                String cue = e.cue(t);
                if (cue != null) {
                    out.put(e.term(), cue);
                    if (!t.contains(cue)) {
                        joined.add(e.term());
                    }
                    break;
                }
            }
        }
        return new ColumnTerms(out, joined);
    }

    /** The segment-scoped terms one header segment names ("Target › 2023": the first names SEGMENT_TARGET). */
    public Set<Term> segment(String segment) {
        EnumSet<Term> out = EnumSet.noneOf(Term.class);
        for (Entry e : entries.values()) {
            if (e.scope() == Scope.SEGMENT && e.cue(segment) != null) {
                out.add(e.term());
            }
        }
        return out;
    }

    /** The terms a caption names, with their cues: caption-scoped ones and those tested on the whole header. */
    public Map<Term, String> caption(String caption) {
        EnumMap<Term, String> out = new EnumMap<>(Term.class);
        for (Entry e : entries.values()) {
            String cue = e.scope() == Scope.CAPTION || e.scope() == Scope.HEADER ? e.cue(caption) : null;
            if (cue != null) {
                out.put(e.term(), cue);
            }
        }
        return out;
    }
}
