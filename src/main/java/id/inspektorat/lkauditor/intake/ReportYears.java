package id.inspektorat.lkauditor.intake;

import id.inspektorat.lkauditor.text.Texts;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The year a report is for, by vote: every cue on the first pages and in the file name weighs in,
 * and the cues that are not the report's year are left out — a regulation's number and year
 * ("Peraturan Presiden Nomor 29 Tahun 2014"), a date an upload was named after ("2023-06-13-…"), the
 * years of a Renstra's period. A Renstra is for a period, not a year. When the cues disagree and
 * none clearly wins, the year is not sure: year-dependent checks abstain and documents.csv says
 * which years were in play.
 *
 * <p>Weights: on the title page (page 1) a report's name or "Tahun" before the year, 4; a line that
 * is only the year, 3. On pages 2–3 a report's name before the year (the foreword's "LAKIP … Tahun
 * 2015", a running footer "Laporan Kinerja Instansi Pemerintah Tahun 2022"), 1 each, at most 3. An LK
 * signed in January–June of N + 1 ("Jombang, 30 Januari 2023"), 2 for N. A year in the file name, 1.
 */
public final class ReportYears {

    private static final Pattern DIRECTORY_PART = Pattern.compile(".*[/\\\\]");

    /** Where the year was read; {@code NOT_SURE} when the cues disagree, {@code NONE} when there were none. */
    public enum Source { TITLE_PAGE, TEXT, SIGNING_DATE, FILE_NAME, NOT_SURE, NONE }

    /**
     * @param year       the report's year, or 0 (a period, or not sure): year-dependent checks abstain
     * @param printed    what documents.csv shows: the year, the period ("2017-2021"), or the years in play
     * @param source     where it was read
     */
    public record Year(int year, String printed, Source source) {
        public static final Year NONE = new Year(0, "", Source.NONE);
    }

    private static final String YEAR = "((?:19|20)\\d{2})";
    /** After a year: not more digits, nor a decimal or thousands part ("2016,5"); a full stop may end the sentence. */
    private static final String NOT_A_FIGURE = "(?!\\d|[.,]\\d)";
    private static final Pattern PERIOD = Pattern.compile("(?<![\\d.])" + YEAR + "\\s*(?:[-–—]|s\\.?\\s?d\\.?|sampai(?: dengan)?)\\s*" + YEAR + "(?!\\d)");
    /** A report's name, then words without a figure, then the year. */
    private static final Pattern NAMED = Pattern.compile("(?i)\\b(?:laporan (?:akuntabilitas )?kinerja|lkj?ip|lakip|lakin"
            + "|rencana kerja|renja|perjanjian kinerja|rencana aksi|realisasi kinerja|tahun anggaran|t\\.?\\s?a\\.)(?![a-z])[^\\d]{0,60}?(?<!\\d)"
            + YEAR + NOT_A_FIGURE);
    private static final Pattern TAHUN = Pattern.compile("(?i)\\btahun\\s+" + YEAR + NOT_A_FIGURE);
    /** A Renstra's name, then words without a figure, up to the period that follows it. */
    private static final Pattern RENSTRA_NAME = Pattern.compile("(?i)\\b(?:renstra|rencana strategis)\\b[^\\d]{0,60}$");
    /** A table of contents' entry: dot leaders before a page number. */
    private static final Pattern CONTENTS = Pattern.compile("\\.{4,}|…{2,}");
    /** Longer lines on a title page are prose, not the title. */
    private static final int TITLE_WORDS = 10;
    private static final Pattern BARE = Pattern.compile("^\\s*" + YEAR + "\\s*$");
    /** What makes "Tahun N" a regulation's year, not the report's: "Nomor 29 Tahun 2014", "UU No. 25 tahun 2004". */
    private static final Pattern REGULATION = Pattern.compile("(?i)(?:\\bnomor|\\bnomer|\\bno\\.?|\\bnum|\\buu|undang|peraturan|\\bperda|\\bperpres|\\bpermen\\S*|\\bpp)\\s*[\\w./-]*\\s*(?:tahun|th\\.?)\\s*$");
    private static final Pattern SIGNED = Pattern.compile("(?i)^\\s*[a-z][a-z .'-]{2,40},\\s*(?:\\d{1,2}\\s+)?(januari|februari|pebruari|maret|april|mei|juni|juli|agustus|september|oktober|november|nopember|desember)\\s+" + YEAR + "\\s*$");
    /** A year in a file name, not inside a longer number nor the start of a date ("2023-06-13"). */
    private static final Pattern FILE_YEAR = Pattern.compile("(?<!\\d)" + YEAR + "(?!\\d)(?![-_.]\\d{2}[-_.]\\d{2})");

    private ReportYears() {
    }

    /**
     * @param firstPage the lines of page 1
     * @param nextPages the lines of pages 2–3
     * @param fileName  the document's path or file name
     * @param kind      its kind (see {@link DocumentKinds}): an LK is signed after its year, a Renstra spans a period
     */
    public static Year of(List<String> firstPage, List<String> nextPages, String fileName, String kind) {
        Votes votes = new Votes();
        Periods periods = new Periods();
        // the title page: its first cue is the title's (4; a line that is only the year, 3), a later
        // year on it (a table's "Tahun 2024") 2, each year once; its prose lines count as text
        Map<Integer, Integer> title = new LinkedHashMap<>();
        StringBuilder text = new StringBuilder();
        for (String line : firstPage) {
            if (CONTENTS.matcher(line).find()) {
                continue; // a table of contents names other documents' years too ("Renstra K/L 2020-2024 … 39")
            }
            boolean prose = Texts.WHITESPACE.split(line.trim()).length > TITLE_WORDS;
            String rest = prose ? periods.take(line, 1, Source.TEXT) : periods.takeTitle(line);
            // a report's name with its year is the title even in a long line (a table's header cell);
            // a bare "Tahun N" only in a short one
            List<Integer> here = new ArrayList<>(find(NAMED, rest));
            if (!prose) {
                here.addAll(find(TAHUN, rest));
            }
            Matcher bare = BARE.matcher(rest);
            boolean onlyYear = bare.matches();
            if (onlyYear) {
                here.add(Integer.parseInt(bare.group(1)));
            }
            for (int y : here) {
                title.putIfAbsent(y, title.isEmpty() ? (onlyYear ? 3 : 4) : 2);
            }
        }
        title.forEach((y, w) -> votes.add(y, w, Source.TITLE_PAGE));
        for (String line : nextPages) {
            if (CONTENTS.matcher(line).find()) {
                continue;
            }
            text.append(line).append(' ');
            Matcher signed = SIGNED.matcher(line);
            if (signed.matches()) {
                int year = Integer.parseInt(signed.group(2));
                boolean earlyInYear = List.of("januari", "februari", "pebruari", "maret", "april", "mei", "juni")
                        .contains(signed.group(1).toLowerCase(Locale.ROOT));
                // an LK is signed early in the year after; a Renja the year before the one it plans
                if ("LK".equals(kind) && earlyInYear) {
                    votes.add(year - 1, 2, Source.SIGNING_DATE);
                } else if ("RENJA".equals(kind)) {
                    votes.add(year + 1, 2, Source.SIGNING_DATE);
                }
            }
        }
        // the text of pages 2–3 as one (a name and its year wrap onto two lines): a report's name before a year, 1 each, at most 3
        Map<Integer, Integer> named = new TreeMap<>();
        find(NAMED, periods.take(Texts.collapse(text.toString()), 1, Source.TEXT)).forEach(y -> named.merge(y, 1, Integer::sum));
        named.forEach((y, n) -> votes.add(y, Math.min(3, n), Source.TEXT));
        String name = DIRECTORY_PART.matcher(fileName).replaceAll("");
        Matcher f = FILE_YEAR.matcher(periods.take(name, 1, Source.FILE_NAME));
        while (f.find()) {
            votes.add(Integer.parseInt(f.group(1)), 1, Source.FILE_NAME);
        }
        // a Renstra is for its period; a document with periods and no year cue too
        if (periods.best() != null && ("RENSTRA".equals(kind) || votes.best() == null)) {
            return periods.decide();
        }
        return votes.decide();
    }

    /** The years a pattern finds in a text, leaving out a regulation's ("Nomor 29 Tahun 2014"). */
    private static List<Integer> find(Pattern p, String text) {
        List<Integer> years = new ArrayList<>();
        Matcher m = p.matcher(text);
        while (m.find()) {
            String before = text.substring(Math.max(0, m.start(1) - 40), m.start(1));
            if (!REGULATION.matcher(before).find()) {
                years.add(Integer.parseInt(m.group(1)));
            }
        }
        return years;
    }

    /** The periods seen ("2017-2021"), by weight, with where the weightiest was read. */
    private static final class Periods {
        private final Map<String, Integer> score = new TreeMap<>();
        private final Map<String, Source> source = new TreeMap<>();

        private final Set<String> onTitle = new HashSet<>();

        /** A title line's periods: the first the title's (4), a later one (a revision's) 2, each once. */
        String takeTitle(String line) {
            return take(line, -1, Source.TITLE_PAGE);
        }

        /** Counts the periods in a line and returns the line without them, so their years are not taken for one year. */
        String take(String line, int weight, Source from) {
            Matcher m = PERIOD.matcher(line);
            StringBuilder rest = new StringBuilder();
            while (m.find()) {
                int first = Integer.parseInt(m.group(1));
                int last = Integer.parseInt(m.group(2));
                if (last > first && last - first <= 10) {
                    String key = first + "-" + last;
                    if (weight < 0) {
                        if (onTitle.add(key)) {
                            score.merge(key, onTitle.size() == 1 ? 4 : 2, Integer::sum);
                        }
                    } else {
                        // "Rencana Strategis 2009-2014" in a running footer names the document's own period
                        boolean named = RENSTRA_NAME.matcher(line.substring(Math.max(0, m.start() - 70), m.start())).find();
                        score.merge(key, named ? weight + 1 : weight, Integer::sum);
                    }
                    source.putIfAbsent(key, from);
                    m.appendReplacement(rest, " ");
                }
            }
            m.appendTail(rest);
            return rest.toString();
        }

        String best() {
            return score.entrySet().stream().max(Map.Entry.<String, Integer>comparingByValue()
                    .thenComparing(Map.Entry.comparingByKey())).map(Map.Entry::getKey).orElse(null);
        }

        /**
         * The period when it is clear — 3 at least (the title's, or named again and again: one mention
         * in a foreword may be another body's Renstra) and twice any other — else the periods in play.
         */
        Year decide() {
            String best = best();
            int top = score.get(best);
            int second = score.entrySet().stream().filter(e -> !e.getKey().equals(best)).mapToInt(Map.Entry::getValue).max().orElse(0);
            if (top >= 3 && top >= 2 * second) {
                return new Year(0, best, source.get(best));
            }
            return new Year(0, "tidak pasti: " + inPlay(score), Source.NOT_SURE);
        }
    }

    private record Cue(int weight, Source source) {
    }

    /** The votes for each year, with the cue that gave each year the most. */
    private static final class Votes {
        private final Map<Integer, Integer> score = new TreeMap<>();
        /** For each year the weightiest cue that named it. */
        private final Map<Integer, Cue> strongest = new TreeMap<>();

        void add(int year, int weight, Source source) {
            score.merge(year, weight, Integer::sum);
            strongest.merge(year, new Cue(weight, source), (old, cue) -> cue.weight() > old.weight() ? cue : old);
        }

        Integer best() {
            return score.entrySet().stream().max(Map.Entry.<Integer, Integer>comparingByValue()
                    .thenComparing(Map.Entry.comparingByKey())).map(Map.Entry::getKey).orElse(null);
        }

        /** The winner when it is clear: at least 2, and twice any other (3 or more), or alone. */
        Year decide() {
            Integer best = best();
            if (best == null) {
                return Year.NONE;
            }
            int top = score.get(best);
            int second = score.entrySet().stream().filter(e -> !e.getKey().equals(best)).mapToInt(Map.Entry::getValue).max().orElse(0);
            boolean sure = top >= 2 && (second == 0 || top >= 3 && top >= 2 * second);
            if (sure) {
                return new Year(best, Integer.toString(best), strongest.get(best).source());
            }
            return new Year(0, "tidak pasti: " + inPlay(score), Source.NOT_SURE);
        }
    }

    /** "2023 (5), 2024 (2)": the candidates by weight. */
    private static <K extends Comparable<K>> String inPlay(Map<K, Integer> score) {
        return score.entrySet().stream().sorted(Map.Entry.<K, Integer>comparingByValue().reversed()
                .thenComparing(Map.Entry.comparingByKey())).map(e -> e.getKey() + " (" + e.getValue() + ")")
                .collect(Collectors.joining(", "));
    }
}
