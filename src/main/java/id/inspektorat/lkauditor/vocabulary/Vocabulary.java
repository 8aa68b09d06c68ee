package id.inspektorat.lkauditor.vocabulary;

import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The header and caption words of {@code rules/vocabulary.yml}, one {@link Entry} per {@link Term}.
 * Matching is case-blind. A header word broken by a line wrap inside a narrow cell ("Reali- sasi",
 * "Angga ran") still names its term: words of six letters or more are also looked for in the text
 * with its spaces and wrap hyphens taken out.
 */
public final class Vocabulary {

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
        CAPTION
    }

    /**
     * The words that name one term.
     *
     * @param contains the text contains one of these
     * @param words    one of these stands as a word (no letter right before or after it)
     * @param is       the text, trimmed, is one of these
     * @param starts   the text, trimmed, starts with one of these
     * @param unless   the term does not hold when the text contains one of these
     * @param source   {@code file:line} it was defined at
     */
    public record Entry(Term term, Scope scope, List<String> contains, List<String> words, List<String> is,
                        List<String> starts, List<String> unless, String source) {

        public Entry {
            contains = lower(contains);
            words = lower(words);
            is = lower(is);
            starts = lower(starts);
            unless = lower(unless);
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
            String joined = null;
            for (String w : contains) {
                if (t.contains(w)) {
                    return w;
                }
                if (w.length() >= 6) {
                    joined = joined == null ? WRAP.matcher(t).replaceAll("") : joined;
                    if (joined.contains(w)) {
                        return w;
                    }
                }
            }
            // the earliest word in the text, so "Rancangan ... Perubahan" names the stage it starts with
            String first = null;
            int at = Integer.MAX_VALUE;
            for (String w : words) {
                for (int i = t.indexOf(w); i >= 0 && i < at; i = t.indexOf(w, i + 1)) {
                    int end = i + w.length();
                    if ((i == 0 || !Character.isLetter(t.charAt(i - 1))) && (end == t.length() || !Character.isLetter(t.charAt(end)))) {
                        first = w;
                        at = i;
                        break;
                    }
                }
            }
            return first;
        }
    }

    /** What a line wrap leaves inside a word: spaces, a soft hyphen, a hyphen before the break. */
    private static final Pattern WRAP = Pattern.compile("-\\s+|[\\s\\u00ad]+");

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

    /** Whether a text (a row label, a caption with a row and a column) names the term, by its entry's words. */
    public boolean names(Term term, String text) {
        return entries.get(term).cue(text == null ? "" : text) != null;
    }

    /** The terms a column's header path names, each with its cue (the word that named it). */
    public Map<Term, String> column(List<String> path) {
        EnumMap<Term, String> out = new EnumMap<>(Term.class);
        if (path.isEmpty()) {
            return out;
        }
        String header = String.join(" ", path).toLowerCase(Locale.ROOT);
        String leaf = path.get(path.size() - 1).toLowerCase(Locale.ROOT);
        for (Entry e : entries.values()) {
            String cue = switch (e.scope()) {
                case HEADER -> e.cue(header);
                case LEAF -> e.cue(leaf);
                case SEGMENT -> path.stream().map(e::cue).filter(Objects::nonNull).findFirst().orElse(null);
                case LETTERS -> e.cue(header.replaceAll("[^a-z]", ""));
                case LEAF_LETTERS -> e.cue(leaf.replaceAll("[^a-z+]", ""));
                case COMPACT -> e.cue(header.replace(" ", ""));
                case CAPTION -> null;
            };
            if (cue != null) {
                out.put(e.term(), cue);
            }
        }
        return out;
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
