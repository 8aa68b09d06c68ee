package id.inspektorat.lkauditor.rules.narrative;

import id.inspektorat.lkauditor.facts.Fact;
import id.inspektorat.lkauditor.narrative.Claim;
import id.inspektorat.lkauditor.narrative.Claim.Kind;
import id.inspektorat.lkauditor.narrative.Claim.Unit;
import id.inspektorat.lkauditor.narrative.ClaimReader;
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
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * A difference the text states that its own figures do not give: "realisasi 85,35 dibandingkan
 * target 88,31 atau terdapat selisih 3,06" (2,96), "kenaikan 35 poin menjadi 85,35 ... 85,00"
 * (0,35). The two figures are the others of the clause (or the sentence); when the clause names only
 * the earlier figure ("kenaikan 3,50 poin dengan capaian realisasi sebesar 77,50") the current one is
 * the table's figure for the report year. A claim that cannot be tied to two figures is left alone.
 * "Meningkat menjadi 11.200" names where the figure went (to), not by how much: it is no difference.
 * A change in percent may be a percentage change: "menurun 18% dari … 68" from 56 is (68 − 56) / 68.
 * The claims are read by {@link ClaimReader}.
 */
@Component
@RuleInfo(id = "LK-TXT-01", severity = Severity.ERROR, summary = "Selisih/kenaikan/penurunan dalam teks tidak sesuai angkanya")
public final class DifferenceClaimMismatch implements AuditRule {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    @Override
    public List<Finding> check(DocumentUnderAudit document) {
        List<Finding> findings = new ArrayList<>();
        for (Sentence s : NarrativeText.sentences(document.pages())) {
            String sentence = s.withoutReferences();
            List<Claim> changes = s.claims().stream().filter(c -> c.kind() == Kind.CHANGE).toList();
            if (changes.isEmpty()) {
                continue;
            }
            Set<Integer> claimed = new HashSet<>();
            changes.forEach(c -> claimed.add(c.figure().start()));
            int offset = 0;
            for (String clause : NarrativeText.clauses(sentence)) {
                int at = sentence.indexOf(clause, offset);
                offset = at + clause.length();
                int end = offset;
                // several claims in one clause ("penurunan 8,28% ... 102,99% serta penurunan 8,28% ... 100,27%"):
                // each claim keeps the text up to the next one
                List<Claim> here = changes.stream().filter(c -> c.start() >= at && c.start() < end).toList();
                for (int i = 0; i < here.size(); i++) {
                    int from = i == 0 ? at : here.get(i).start();
                    int to = i + 1 < here.size() ? here.get(i + 1).start() : end;
                    check(document, s, sentence, sentence.substring(from, to), from, here.get(i), claimed)
                            .filter(f -> findings.stream().noneMatch(x -> x.page() == f.page() && x.message().equals(f.message())))
                            .ifPresent(findings::add);
                }
            }
        }
        return findings;
    }

    private Optional<Finding> check(DocumentUnderAudit document, Sentence s, String sentence, String clause, int clauseStart,
                                    Claim c, Set<Integer> claimed) {
        Figure claim = c.figure();
        boolean points = c.unit() == Unit.POINTS;
        List<Figure> others = others(clause, clauseStart, claimed);
        if (others.size() < 2 && !(others.size() == 1 && points)) {
            others = others(sentence, 0, claimed);
        }
        if (others.size() == 2) {
            Figure a = others.get(0);
            Figure b = others.get(1);
            if (claim.value().compareTo(a.value().max(b.value())) >= 0) {
                // a change not smaller than both levels is not their difference: a level misnamed, or
                // figures of something else ("… 4.104 pesawat …, 38.860 pesawat, kemudian … peningkatan sebesar 38.962")
                return Optional.empty();
            }
            if (Rounding.holds(r -> difference(Claims.interval(a, r), Claims.interval(b, r)).intersects(Claims.interval(claim, r)))) {
                return Optional.empty();
            }
            // "menurun 18% dari tahun 2010 sebesar 68" from 56: a percentage change, of either figure
            if (c.unit() == Unit.PERCENT && Rounding.holds(r -> relative(Claims.interval(a, r), Claims.interval(b, r), Claims.interval(claim, r))
                    || relative(Claims.interval(b, r), Claims.interval(a, r), Claims.interval(claim, r)))) {
                return Optional.empty();
            }
            BigDecimal d = a.value().subtract(b.value()).abs();
            String e = Claims.format(d, Math.max(a.decimals(), b.decimals()));
            return Optional.of(Claims.onText(info(), s, claim.printed(), e, "Teks menyebut " + c.word() + " "
                    + claim.printed() + ", padahal " + a.printed() + " dan " + b.printed() + " berselisih " + e, document.pages()));
        }
        if (others.size() == 1 && points) {
            return againstReportYear(document, s, sentence, claim.start(), claim, others.get(0), c.word(), c.indicator());
        }
        return Optional.empty();
    }

    /** Whether |a − b| / base × 100 can be the claimed percentage, base the earlier level. */
    private static boolean relative(Interval base, Interval other, Interval claimed) {
        if (base.lo().signum() <= 0) {
            return false;
        }
        Interval d = difference(base, other);
        Interval pct = new Interval(d.lo().multiply(HUNDRED).divide(base.hi(), Interval.MC),
                d.hi().multiply(HUNDRED).divide(base.lo(), Interval.MC));
        return pct.intersects(claimed);
    }

    /** "kenaikan 3,50 poin dengan capaian realisasi sebesar 77,50": the other figure is this year's. */
    private Optional<Finding> againstReportYear(DocumentUnderAudit document, Sentence s, String sentence, int claimStart,
                                                Figure claim, Figure earlier, String word, String indicator) {
        String context = sentence + " " + s.previous();
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
        for (Figure f : ClaimReader.values(text)) {
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
