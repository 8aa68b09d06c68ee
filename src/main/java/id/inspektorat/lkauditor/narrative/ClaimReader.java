package id.inspektorat.lkauditor.narrative;

import id.inspektorat.lkauditor.narrative.Claim.Direction;
import id.inspektorat.lkauditor.narrative.Claim.Kind;
import id.inspektorat.lkauditor.narrative.Claim.Role;
import id.inspektorat.lkauditor.narrative.Claim.Unit;
import id.inspektorat.lkauditor.narrative.NarrativeText.Figure;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the claims of a sentence about how a figure moved: a change by an amount ("naik sebesar 2,50
 * poin", "selisih 3,06", "penurunan 18 %") and a level reached ("turun menjadi 80,50", "dari 9.916
 * meningkat menjadi 11.200"). "Turun menjadi X" says where the figure went, "turun sebesar X" by how
 * much: the two are never confused. Labels are no values: "(SS2)", "IK3", "SS-1", a numbering "(8)",
 * and years (1990–2100, left out by {@link NarrativeText#figures}). The year and indicator of a claim
 * are the last "tahun N" before it and the indicator the sentence names, else those of the sentence
 * before. The level a change starts from is read only where the text says it plainly: "dari A", "…
 * dibandingkan tahun N sebesar A" just after, or a year's level just before the word ("tahun 2018
 * sebesar 9.916 orang meningkat menjadi 11.200").
 */
public final class ClaimReader {

    private static final String FIG = "(\\d{1,3}(?:\\.\\d{3})+(?:,\\d+)?|\\d+(?:,\\d+)?)";
    /** By how much; the figure may be followed by its reading in words and its unit. */
    private static final Pattern CHANGE = Pattern.compile("(?i)\\b(selisih(?:\\s+kurang)?|kenaikan(?:nya)?|peningkatan(?:nya)?"
            + "|penurunan(?:nya)?|naik|turun|meningkat|menurun|bertambah|berkurang|unggul|lebih\\s+(?:tinggi|rendah|unggul))\\s+"
            + "(?:(?:sebesar|sebanyak|yaitu|adalah|drastis|signifikan)\\s+)*" + FIG + "(\\s*\\([^)]*\\))?\\s*(poin|point|%|persen)?");
    /** Where it went: the direction word, at most a few words (maybe "dari A"), then "menjadi" and the level. */
    private static final Pattern REACHED = Pattern.compile("(?i)\\b(kenaikan|peningkatan|penurunan|naik|turun|meningkat|menurun)\\b"
            + "((?:[^.;]|\\.(?=\\d)){0,80}?)\\bmenjadi\\s+(?:(?:sebesar|sebanyak)\\s+)?" + FIG + "\\s*(%|persen)?");
    private static final Pattern FROM = Pattern.compile("(?i)\\bdari\\s+(?:(?:tahun\\s+\\d{4}|semula|sebelumnya|yang)\\s+)*"
            + "(?:(?:sebesar|sebanyak|yaitu)\\s+)?" + FIG + "(?![\\d])");
    /** "… menjadi 85,35 dibandingkan tahun 2022 sebesar 85,00": the level it is compared with, just after. */
    private static final Pattern COMPARED = Pattern.compile("(?i)^\\s*(?:%|persen)?\\s*(?:[a-z]+\\s+){0,2}?(?:dibandingkan|dibanding|"
            + "daripada)\\s+(?:dengan\\s+)?(?:(?:realisasi|capaian|nilai)\\s+)?(?:tahun\\s+\\d{4}\\s+)?(?:(?:yaitu|sebesar|yang)\\s+)?"
            + FIG + "(?![\\d])");
    private static final Pattern LABEL_BEFORE = Pattern.compile("\\p{L}-?$");

    private static final String GRADED = "(?:([A-Z]{1,2})\\s*\\(\\s*)?" + FIG;
    /** "Kecamatan Sei Balai memperoleh Nilai BB (72,16)": a peer's (or the OPD's own) realisasi. */
    private static final Pattern OBTAINED = Pattern.compile("(?i)(?:kecamatan|kec\\.)\\s+([a-z][a-z ]{2,40}?)\\s+"
            + "(?:memperoleh|mendapat(?:kan)?|meraih)\\s+(?:nilai\\s+)?(?:predikat\\s+)?" + GRADED + "(?!\\s*(?:%|persen))");
    /** "target awalnya BB (72,16)", "target sebesar 75,00": not a percentage, not the start of a longer number. */
    private static final Pattern TARGET = Pattern.compile("(?i)\\btarget(?:\\s+(?:awal(?:nya)?|kinerja(?:nya)?|indikator|nya))*"
            + "(?:\\s+(?:juga|sebesar|yaitu|adalah))*\\s+" + GRADED + "(?!\\s*(?:%|persen|[\\d.,]))");
    /** "capaian kinerja indikator mencapai 93,53 %", "mencapai target 100%": a percentage. */
    private static final Pattern CAPAIAN = Pattern.compile("(?i)(?:capaian(?:\\s+kinerja)?(?:\\s+indikator(?:nya)?)?\\s+"
            + "(?:[a-z]+\\s+){0,2}?(?:mencapai|sebesar|adalah|yaitu)|mencapai\\s+target)\\s+" + FIG + "\\s*(?:%|persen)");

    private ClaimReader() {
    }

    /**
     * The level claims of a text, in three shapes: what an OPD obtained ("Kecamatan X memperoleh nilai
     * BB (72,16)", role REALISASI, subject X), a target ("target awalnya 75,00", role TARGET) and a
     * capaian in percent ("capaian kinerja mencapai 93,53 %", role CAPAIAN); in that order. Which
     * indicator and year they are of, the caller decides from the sentence: these shapes name neither.
     */
    public static List<Claim> levels(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        boolean obtained = lower.contains("kec") && NarrativeText.mentions(lower, "memperoleh", "mendapat", "meraih");
        boolean target = lower.contains("target");
        boolean capaian = NarrativeText.mentions(lower, "capaian", "mencapai");
        List<Claim> out = new ArrayList<>();
        Matcher m = OBTAINED.matcher(text);
        while (obtained && m.find()) {
            level(out, Role.REALISASI, m.group(1), m.group(2), m, 3);
        }
        m = TARGET.matcher(text);
        while (target && m.find()) {
            level(out, Role.TARGET, "", m.group(1), m, 2);
        }
        m = CAPAIAN.matcher(text);
        while (capaian && m.find()) {
            level(out, Role.CAPAIAN, "", null, m, 1);
        }
        return out;
    }

    private static void level(List<Claim> out, Role role, String subject, String grade, Matcher m, int figureGroup) {
        Figure f = alone(m.group(figureGroup), m.start(figureGroup));
        if (f != null) {
            out.add(new Claim(Kind.LEVEL, Direction.NONE, f, role == Role.CAPAIAN ? Unit.PERCENT : Unit.NONE, "", m.start(), null, 0,
                    null, role, subject, grade));
        }
    }

    /** The claims of a text (a sentence, or a clause of one), in the order they start. */
    public static List<Claim> read(String text, String previous) {
        String lower = text.toLowerCase(Locale.ROOT);
        // every claim word contains one of these (naik: kenaikan; nurun: menurun, penurunan)
        if (!NarrativeText.mentions(lower, "selisih", "naik", "turun", "nurun", "ningkat", "tambah", "kurang", "unggul", "lebih")) {
            return List.of();
        }
        String indicator = NarrativeText.indicator(text);
        if (indicator == null) {
            indicator = NarrativeText.indicator(previous);
        }
        List<Claim> out = new ArrayList<>();
        Matcher m = CHANGE.matcher(text);
        while (m.find()) {
            Figure f = alone(m.group(2), m.start(2));
            if (f != null) {
                out.add(new Claim(Kind.CHANGE, direction(m.group(1)), f, unit(m.group(4)), m.group(1).trim(), m.start(),
                        null, year(text, m.start(), previous), indicator));
            }
        }
        m = REACHED.matcher(text);
        while (m.find()) {
            Figure f = alone(m.group(3), m.start(3));
            if (f != null) {
                out.add(new Claim(Kind.LEVEL_REACHED, direction(m.group(1)), f, m.group(4) == null ? Unit.NONE : Unit.PERCENT,
                        m.group(1).trim(), m.start(), from(text, m, f), year(text, m.start(3), previous), indicator));
            }
        }
        out.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return out;
    }

    /**
     * The values of a text: its figures without labels ("IK3", "(SS2)", "SS-1", "(8)"). Years and
     * list numbering are already left out by {@link NarrativeText#figures}.
     */
    public static List<Figure> values(String text) {
        List<Figure> out = new ArrayList<>();
        for (Figure f : NarrativeText.figures(text)) {
            if (!isLabel(text, f)) {
                out.add(f);
            }
        }
        return out;
    }

    static boolean isLabel(String text, Figure f) {
        if (LABEL_BEFORE.matcher(text.substring(Math.max(0, f.start() - 2), f.start())).find()) {
            return true; // glued to letters: IK3, SS2, SS-1
        }
        boolean parenthesised = f.start() > 0 && text.charAt(f.start() - 1) == '(' && f.end() < text.length()
                && text.charAt(f.end()) == ')';
        return parenthesised && !f.percent() && f.decimals() == 0 && f.value().compareTo(BigDecimal.valueOf(100)) < 0;
    }

    /** The level a change to {@code to} started from, when the text says it plainly; else null. */
    private static Figure from(String text, Matcher reached, Figure to) {
        int middleStart = reached.start(2);
        Matcher d = FROM.matcher(reached.group(2));
        if (d.find()) {
            return figureAt(text, middleStart + d.start(1));
        }
        if (!values(reached.group(2)).isEmpty()) {
            return null; // a figure between the word and "menjadi" that is not "dari A": a change, its level elsewhere
        }
        Matcher c = COMPARED.matcher(text.substring(to.end()));
        if (c.find()) {
            return figureAt(text, to.end() + c.start(1));
        }
        // "9.916 orang meningkat menjadi 11.200": the figure just before the word, in the same clause
        String before = text.substring(0, reached.start());
        String[] clauses = NarrativeText.clauses(before);
        int clauseStart = clauses.length == 0 ? 0 : Math.max(0, before.lastIndexOf(clauses[clauses.length - 1]));
        List<Figure> earlier = values(before.substring(clauseStart));
        if (earlier.isEmpty()) {
            return null;
        }
        Figure last = earlier.get(earlier.size() - 1);
        String between = before.substring(clauseStart + last.end());
        if (between.length() > 40 || NarrativeText.yearBefore(before.substring(clauseStart), last.start()) == 0) {
            return null; // too far from the word, or not a year's level ("target 100 … meningkat menjadi 95")
        }
        return figureAt(text, clauseStart + last.start());
    }

    /**
     * The figure a claim's number group prints, read alone (so without the % after it: that is the
     * claim's unit), placed where the group starts in the text; null for a year.
     */
    private static Figure alone(String group, int groupStart) {
        return NarrativeText.figures(group).stream().findFirst()
                .map(f -> new Figure(groupStart + f.start(), groupStart + f.end(), f.printed(), f.value(), f.decimals(), f.percent()))
                .orElse(null);
    }

    private static Figure figureAt(String text, int start) {
        for (Figure f : values(text)) {
            if (f.start() == start) {
                return f;
            }
        }
        return null;
    }

    private static int year(String text, int position, String previous) {
        int y = NarrativeText.yearBefore(text, position);
        return y > 0 ? y : NarrativeText.yearBefore(previous, previous.length());
    }

    private static Direction direction(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        if (w.startsWith("lebih") || w.startsWith("selisih") || w.equals("unggul")) {
            return Direction.NONE; // a comparison, not a move
        }
        return w.contains("naik") || w.contains("ningkat") || w.contains("tambah") ? Direction.UP : Direction.DOWN;
    }

    private static Unit unit(String printed) {
        if (printed == null) {
            return Unit.NONE;
        }
        return printed.toLowerCase(Locale.ROOT).startsWith("po") ? Unit.POINTS : Unit.PERCENT;
    }
}
