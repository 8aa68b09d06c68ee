package id.inspektorat.lkauditor.normalization;

import id.inspektorat.lkauditor.vocabulary.Term;
import id.inspektorat.lkauditor.vocabulary.Vocabulary;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A column with its header path: merged header cells flattened top-down
 * ({@code Realisasi › 2023}, {@code Target › Rp.}), and the terms the vocabulary reads in it. Rules
 * ask for terms ({@link #has}) and for the header's structure (depth, parent, leaf equality); the
 * header's words are the vocabulary's business, not theirs.
 *
 * @param index    0-based position
 * @param path     header texts from the top header row down, merged cells repeated over the columns they cover
 * @param number   the label of the column in the numbering row ({@code 7} for {@code (7)}), or empty
 * @param terms    what the header names, each term with the word that named it (its cue)
 * @param segments the segment-scoped terms of each path segment
 * @param joined   the terms read only once a word broken by a line wrap was joined back: the less sure reading
 */
public record Column(int index, List<String> path, String number, Map<Term, String> terms, List<Set<Term>> segments,
                     Set<Term> joined) {

    private static final Pattern NOT_WORD_CHAR = Pattern.compile("[^a-z0-9 ]");

    private static final Pattern YEAR = Pattern.compile("\\b(19|20)\\d{2}\\b");
    /** "Realisasi Th. (n-1)": the notation of a year counted back from the report's. */
    private static final Pattern YEARS_BACK = Pattern.compile("\\(?\\s*n\\s*-\\s*(\\d)\\s*\\)?");

    public Column {
        path = List.copyOf(path);
        terms = terms.isEmpty() ? Map.of() : Collections.unmodifiableMap(new EnumMap<>(terms));
        segments = List.copyOf(segments);
        joined = Set.copyOf(joined);
    }

    /** A column read from its header path by the vocabulary. */
    public static Column read(int index, List<String> path, String number, Vocabulary vocabulary) {
        Vocabulary.ColumnTerms terms = vocabulary.columnTerms(path);
        return new Column(index, path, number, terms.cues(), path.stream().map(vocabulary::segment).toList(), terms.joined());
    }

    /**
     * What the tool made of the column, for the table dump: each term with its cue, and whether it was
     * read as printed or by joining a word a line wrap had broken ({@code REALISASI ← realisasi}).
     */
    public String reading() {
        if (terms.isEmpty()) {
            return "(tidak dikenali)";
        }
        return terms.entrySet().stream().map(e -> e.getKey() + " ← " + e.getValue()
                + (joined.contains(e.getKey()) ? " (disambung: kata terpotong baris)" : "")).collect(Collectors.joining(", "));
    }

    public String label() {
        return path.isEmpty() ? "kolom " + (index + 1) : String.join(" › ", path);
    }

    public boolean has(Term term) {
        return terms.containsKey(term);
    }

    /** Any of the terms. */
    public boolean hasAny(Term... any) {
        for (Term t : any) {
            if (terms.containsKey(t)) {
                return true;
            }
        }
        return false;
    }

    /** The word that named the term ("rancangan" for PLANNING_STAGE), or empty. */
    public String cue(Term term) {
        return terms.getOrDefault(term, "");
    }

    /** The header holds a letter (a header of only "1" or "(2)" holds none). */
    public boolean worded() {
        return path.stream().anyMatch(p -> p.chars().anyMatch(ch -> ch >= 'a' && ch <= 'z' || ch >= 'A' && ch <= 'Z'));
    }

    private static final Pattern FIGURE_AFTER = Pattern.compile("^\\s*:?\\s*(\\d+(?:[.,]\\d+)?)");

    /** The figure printed right after the word that named the term ("Bobot: 30" → 30), or empty. */
    public String figureAfter(Term term) {
        String cue = cue(term);
        String header = String.join(" ", path).toLowerCase(Locale.ROOT);
        int at = cue.isEmpty() ? -1 : header.indexOf(cue);
        if (at < 0) {
            return "";
        }
        Matcher m = FIGURE_AFTER.matcher(header.substring(at + cue.length()));
        return m.find() ? m.group(1) : "";
    }

    /** Header rows the path spans (0: no header). */
    public int depth() {
        return path.size();
    }

    /** The header path above the leaf: columns under one merged header share it. */
    public List<String> parent() {
        return path.isEmpty() ? List.of() : path.subList(0, path.size() - 1);
    }

    /** The top header segment, or empty. */
    public String top() {
        return path.isEmpty() ? "" : path.get(0);
    }

    /** Both columns have the same last header segment ("RPM" under Pagu and under Realisasi). */
    public boolean sameLeaf(Column other) {
        return !path.isEmpty() && !other.path.isEmpty()
                && path.get(path.size() - 1).trim().equalsIgnoreCase(other.path.get(other.path.size() - 1).trim());
    }

    /**
     * The role of a target / realisasi / capaian triple this column plays: the first segment-scoped
     * term of its path, capaian before realisasi before target; or null.
     */
    public Term tripleRole() {
        for (Set<Term> s : segments) {
            Term t = tripleRole(s);
            if (t != null) {
                return t;
            }
        }
        return null;
    }

    /** The triple role one segment's terms name, or null. */
    public static Term tripleRole(Set<Term> s) {
        return s.contains(Term.SEGMENT_CAPAIAN) ? Term.SEGMENT_CAPAIAN : s.contains(Term.SEGMENT_REALISASI)
                ? Term.SEGMENT_REALISASI : s.contains(Term.SEGMENT_TARGET) ? Term.SEGMENT_TARGET : null;
    }

    /**
     * What is left of the path once the segment naming the triple role is taken out (keeping a year
     * it names), so {@code Target › 2023} pairs with {@code Realisasi › 2023} and {@code % › Rp} with
     * {@code Target › Rp.}.
     */
    public String tripleKey() {
        StringBuilder rest = new StringBuilder();
        boolean found = false;
        for (int i = 0; i < path.size(); i++) {
            String segment = path.get(i);
            if (!found && tripleRole(segments.get(i)) != null) {
                found = true;
                Matcher m = YEAR.matcher(segment);
                if (m.find()) {
                    rest.append(rest.length() > 0 ? " " : "").append(m.group());
                }
            } else {
                rest.append(rest.length() > 0 ? " " : "").append(segment);
            }
        }
        return NOT_WORD_CHAR.matcher(rest.toString().toLowerCase(Locale.ROOT)).replaceAll("").trim();
    }

    /** A year named in the header path (history tables: {@code Target › 2023}), or 0. */
    public int year() {
        for (int i = path.size() - 1; i >= 0; i--) {
            Matcher m = YEAR.matcher(path.get(i));
            int found = 0;
            while (m.find()) {
                found = Integer.parseInt(m.group());
            }
            if (found > 0) {
                return found;
            }
        }
        return 0;
    }

    /** How many years before the report's the header counts back ("(n-1)", "tahun lalu"), or 0. */
    public int yearsBack() {
        Matcher m = YEARS_BACK.matcher(String.join(" ", path).toLowerCase(Locale.ROOT));
        if (m.find()) {
            return Integer.parseInt(m.group(1));
        }
        return has(Term.PRIOR_YEAR) ? 1 : 0;
    }
}
