package id.inspektorat.lkauditor.rules.narrative;

import id.inspektorat.lkauditor.extraction.Box;
import id.inspektorat.lkauditor.extraction.PageText;
import id.inspektorat.lkauditor.extraction.TextLine;
import id.inspektorat.lkauditor.facts.Fact;
import id.inspektorat.lkauditor.facts.Quantity;
import id.inspektorat.lkauditor.narrative.NarrativeText;
import id.inspektorat.lkauditor.narrative.Sentence;
import id.inspektorat.lkauditor.normalization.CellValue;
import id.inspektorat.lkauditor.normalization.NumberParser;
import id.inspektorat.lkauditor.rules.Finding;
import id.inspektorat.lkauditor.rules.Interval;
import id.inspektorat.lkauditor.rules.Rounding;
import id.inspektorat.lkauditor.rules.RuleInfo;
import id.inspektorat.lkauditor.text.Texts;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What the narrative rules share: figures as intervals, facts to compare with, findings on text. */
final class Claims {

    private static final Pattern FIGURE = Pattern.compile("\\d[\\d.,]*");

    static final String FIG = "(\\d{1,3}(?:\\.\\d{3})+(?:,\\d+)?|\\d+(?:,\\d+)?)";
    private static final NumberParser PARSER = new NumberParser();

    private Claims() {
    }

    static CellValue value(String printed) {
        return PARSER.parse(printed);
    }

    static Interval interval(NarrativeText.Figure f, Rounding.Reading r) {
        return Rounding.printed(f.value(), f.decimals(), r);
    }

    static boolean agrees(String claimed, String printed) {
        CellValue a = value(claimed);
        CellValue b = value(printed);
        if (!a.isNumber() || !b.isNumber()) {
            return true;
        }
        return Rounding.holds(r -> Rounding.of(a, false, r).intersects(Rounding.of(b, false, r)));
    }

    /** The figures printed for a quantity: empty when the tables do not give it. */
    static List<Fact> facts(List<Fact> all, Quantity q, String subject, int year) {
        return all.stream().filter(f -> f.quantity() == q && f.subject().equals(subject) && f.year() == year && f.detail().isEmpty())
                .toList();
    }

    /** The figure most places print. */
    static Optional<Fact> mostPrinted(List<Fact> facts) {
        Map<String, Integer> counts = new HashMap<>();
        facts.forEach(f -> counts.merge(f.value().printed(), 1, Integer::sum));
        return facts.stream().max((a, b) -> Integer.compare(counts.get(a.value().printed()), counts.get(b.value().printed())));
    }

    static Quantity quantity(String indicator, String role) {
        boolean akip = "akip".equals(indicator);
        return switch (role) {
            case "target" -> akip ? Quantity.TARGET_AKIP : Quantity.TARGET_IKM;
            case "capaian" -> akip ? Quantity.CAPAIAN_AKIP : Quantity.CAPAIAN_IKM;
            default -> akip ? Quantity.REALISASI_AKIP : Quantity.REALISASI_IKM;
        };
    }

    /** A finding about text, with the line that prints the claimed figure outlined in its evidence. */
    static Finding onText(RuleInfo info, Sentence s, String reported, String expected, String message,
                          List<PageText> pages) {
        Box line = pages.stream().filter(p -> p.page() == s.page())
                .flatMap(p -> p.lines().stream()).filter(l -> l.box() != null && printsInSentence(l.text(), figureOf(reported), s.text()))
                .map(TextLine::box).findFirst().orElse(null);
        return new Finding(info.id(), info.severity(), s.page(), "", 0, "", "", reported, expected,
                message + ": \"" + quote(s.text()) + "\"", line == null ? null : new Finding.Geometry(null, null, line));
    }

    /**
     * Whether this line prints the figure as part of the sentence: the figure with the words just before
     * it on the line must be in the sentence (a line may start or end in another sentence).
     */
    private static boolean printsInSentence(String line, String figure, String sentence) {
        if (figure.isBlank()) {
            return false;
        }
        String flatSentence = Texts.collapse(sentence);
        String flatLine = Texts.collapse(line);
        for (int i = flatLine.indexOf(figure); i >= 0; i = flatLine.indexOf(figure, i + 1)) {
            if (flatSentence.contains(flatLine.substring(Math.max(0, i - 20), i + figure.length()))) {
                return true;
            }
        }
        return false;
    }

    private static String figureOf(String reported) {
        Matcher m = FIGURE.matcher(reported);
        return m.find() ? m.group() : reported;
    }

    static String quote(String text) {
        return text.length() <= 300 ? text : text.substring(0, 297) + "...";
    }

    static String format(BigDecimal v, int decimals) {
        return Rounding.format(v, decimals);
    }
}
