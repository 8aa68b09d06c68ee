package id.inspektorat.lkauditor.rules.narrative;

import id.inspektorat.lkauditor.facts.Fact;
import id.inspektorat.lkauditor.narrative.NarrativeText.Figure;
import id.inspektorat.lkauditor.narrative.NarrativeText;
import id.inspektorat.lkauditor.narrative.Sentence;
import id.inspektorat.lkauditor.rules.AuditRule;
import id.inspektorat.lkauditor.rules.DocumentUnderAudit;
import id.inspektorat.lkauditor.rules.Finding;
import id.inspektorat.lkauditor.rules.Interval;
import id.inspektorat.lkauditor.rules.Rounding;
import id.inspektorat.lkauditor.rules.RuleInfo;
import id.inspektorat.lkauditor.vocabulary.Severity;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * A difference the text states that its own figures do not give: "realisasi 85,35 dibandingkan
 * target 88,31 atau terdapat selisih 3,06" (2,96), "kenaikan 35 poin menjadi 85,35 ... 85,00"
 * (0,35). The two figures are the others of the clause (or the sentence); when the clause names only
 * the earlier figure ("kenaikan 3,50 poin dengan capaian realisasi sebesar 77,50") the current one is
 * the table's figure for the report year. A claim that cannot be tied to two figures is left alone.
 * "Meningkat menjadi 11.200" names where the figure went (to), not by how much: it is no difference.
 */
@Component
@RuleInfo(id = "LK-TXT-01", severity = Severity.ERROR, summary = "Selisih/kenaikan/penurunan dalam teks tidak sesuai angkanya")
public final class DifferenceClaimMismatch implements AuditRule {

    private static final Pattern CLAIM = Pattern.compile("(?i)\\b(selisih(?:\\s+kurang)?|kenaikan(?:nya)?|penurunan|naik|turun"
            + "|meningkat|menurun|unggul|lebih\\s+(?:tinggi|rendah|unggul))\\s+(?:(?:sebesar|sebanyak|yaitu|adalah|drastis|signifikan)\\s+)*"
            + Claims.FIG + "(\\s*\\([^)]*\\))?\\s*(poin|point|%|persen)?");

    @Override
    public List<Finding> check(DocumentUnderAudit document) {
        List<Finding> findings = new ArrayList<>();
        for (Sentence s : NarrativeText.sentences(document.pages())) {
            // every claim word contains one of these (naik: kenaikan, turun: penurunan, menurun)
            if (!NarrativeText.mentions(s.text().toLowerCase(Locale.ROOT), "selisih", "naik", "turun", "meningkat", "unggul", "lebih")) {
                continue;
            }
            String sentence = Claims.withoutReferences(s.text());
            Set<Integer> claimed = new HashSet<>();
            Matcher all = CLAIM.matcher(sentence);
            while (all.find()) {
                claimed.add(all.start(2));
            }
            int offset = 0;
            for (String clause : NarrativeText.clauses(sentence)) {
                int at = sentence.indexOf(clause, offset);
                offset = at + clause.length();
                // several claims in one clause ("penurunan 8,28% ... 102,99% serta penurunan 8,28% ... 100,27%"):
                // each claim keeps the text up to the next one
                List<Integer> starts = new ArrayList<>();
                Matcher c = CLAIM.matcher(clause);
                while (c.find()) {
                    starts.add(c.start());
                }
                for (int i = 0; i < starts.size(); i++) {
                    int from = i == 0 ? 0 : starts.get(i);
                    int to = i + 1 < starts.size() ? starts.get(i + 1) : clause.length();
                    String segment = clause.substring(from, to);
                    Matcher m = CLAIM.matcher(segment);
                    if (m.find(starts.get(i) - from)) {
                        check(document, s, sentence, segment, at + from, m, claimed)
                                .filter(f -> findings.stream().noneMatch(x -> x.page() == f.page() && x.message().equals(f.message())))
                                .ifPresent(findings::add);
                    }
                }
            }
        }
        return findings;
    }

    private Optional<Finding> check(DocumentUnderAudit document, Sentence s, String sentence, String clause, int clauseStart,
                                    Matcher m, Set<Integer> claimed) {
        Figure claim = NarrativeText.figures(m.group(2)).stream().findFirst().orElse(null);
        if (claim == null) {
            return Optional.empty();
        }
        int claimStart = clauseStart + m.start(2);
        boolean points = m.group(4) != null && m.group(4).toLowerCase().startsWith("po");
        List<Figure> others = others(clause, clauseStart, claimed);
        if (others.size() < 2 && !(others.size() == 1 && points)) {
            others = others(sentence, 0, claimed);
        }
        if (others.size() == 2) {
            Figure a = others.get(0);
            Figure b = others.get(1);
            if (Rounding.holds(r -> difference(Claims.interval(a, r), Claims.interval(b, r)).intersects(Claims.interval(claim, r)))) {
                return Optional.empty();
            }
            BigDecimal d = a.value().subtract(b.value()).abs();
            String e = Claims.format(d, Math.max(a.decimals(), b.decimals()));
            return Optional.of(Claims.onText(info(), s, claim.printed(), e, "Teks menyebut " + m.group(1).trim() + " "
                    + claim.printed() + ", padahal " + a.printed() + " dan " + b.printed() + " berselisih " + e, document.pages()));
        }
        if (others.size() == 1 && points) {
            return againstReportYear(document, s, sentence, claimStart, claim, others.get(0), m.group(1).trim());
        }
        return Optional.empty();
    }

    /** "kenaikan 3,50 poin dengan capaian realisasi sebesar 77,50": the other figure is this year's. */
    private Optional<Finding> againstReportYear(DocumentUnderAudit document, Sentence s, String sentence, int claimStart,
                                                Figure claim, Figure earlier, String word) {
        String context = sentence + " " + s.previous();
        String indicator = Optional.ofNullable(NarrativeText.indicator(sentence)).orElse(NarrativeText.indicator(s.previous()));
        int year = NarrativeText.yearBefore(sentence, claimStart);
        if (indicator == null || document.year() == 0 || year == 0 || year >= document.year()
                || !context.contains(Integer.toString(document.year()))) {
            return Optional.empty();
        }
        List<Fact> current = Claims.facts(document.facts(), Claims.quantity(indicator, "realisasi"), "", document.year());
        Optional<Fact> now = Claims.mostPrinted(current);
        if (now.isEmpty()) {
            return Optional.empty();
        }
        Figure a = NarrativeText.figures(now.get().value().printed()).stream().findFirst().orElse(null);
        if (a == null || earlier.value().multiply(BigDecimal.valueOf(2)).compareTo(a.value()) < 0
                || earlier.value().compareTo(a.value().multiply(BigDecimal.valueOf(2))) > 0) {
            return Optional.empty(); // the other figure is not a value of the same indicator
        }
        if (Rounding.holds(r -> difference(Claims.interval(a, r), Claims.interval(earlier, r))
                .intersects(Claims.interval(claim, r)))) {
            return Optional.empty();
        }
        String e = Claims.format(a.value().subtract(earlier.value()).abs(), Math.max(a.decimals(), earlier.decimals()));
        return Optional.of(Claims.onText(info(), s, claim.printed(), e, "Teks menyebut " + word + " " + claim.printed()
                + " dibanding tahun " + year + " (" + earlier.printed() + "), padahal nilai tahun " + document.year() + " "
                + a.printed() + " (" + now.get().place() + ") berselisih " + e, document.pages()));
    }

    /** The figures of a text that are not themselves a claimed difference. */
    private static List<Figure> others(String text, int textStart, Set<Integer> claimed) {
        List<Figure> out = new ArrayList<>();
        for (Figure f : NarrativeText.figures(text)) {
            if (!claimed.contains(textStart + f.start())) {
                out.add(f);
            }
        }
        return out;
    }

    private static Interval difference(Interval a, Interval b) {
        Interval d = a.minus(b);
        if (d.lo().signum() >= 0) {
            return d;
        }
        if (d.hi().signum() <= 0) {
            return new Interval(d.hi().negate(), d.lo().negate());
        }
        return new Interval(BigDecimal.ZERO, d.hi().max(d.lo().negate()));
    }
}
