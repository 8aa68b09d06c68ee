package id.inspektorat.lkauditor.rules.narrative;

import id.inspektorat.lkauditor.narrative.Claim;
import id.inspektorat.lkauditor.narrative.Claim.Direction;
import id.inspektorat.lkauditor.narrative.Claim.Kind;
import id.inspektorat.lkauditor.narrative.Claim.Unit;
import id.inspektorat.lkauditor.narrative.ClaimReader;
import id.inspektorat.lkauditor.narrative.NarrativeText;
import id.inspektorat.lkauditor.narrative.NarrativeText.Figure;
import id.inspektorat.lkauditor.narrative.Sentence;
import id.inspektorat.lkauditor.rules.AuditRule;
import id.inspektorat.lkauditor.rules.DocumentUnderAudit;
import id.inspektorat.lkauditor.rules.Finding;
import id.inspektorat.lkauditor.rules.Interval;
import id.inspektorat.lkauditor.rules.Rounding;
import id.inspektorat.lkauditor.rules.RuleInfo;
import id.inspektorat.lkauditor.vocabulary.Severity;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * A level the text says was reached by rising that lies below where it started, or by falling that
 * lies above: "Nilai IKM tahun 2022 sebesar 82,10 meningkat menjadi 80,50". Only a claim whose
 * starting level the sentence states plainly is read ({@link ClaimReader}: "dari A", "dibandingkan
 * tahun N sebesar A" just after, a year's level just before the word), and only when both levels are
 * of the same unit (both percentages or neither). Levels equal as printed are no finding: rounding
 * may hide the move.
 */
@Component
@RuleInfo(id = "LK-TXT-08", severity = Severity.ERROR,
        summary = "Teks menyebut naik/turun menjadi suatu nilai, padahal nilai itu bergerak ke arah sebaliknya")
public final class DirectionClaimMismatch implements AuditRule {

    @Override
    public List<Finding> check(DocumentUnderAudit document) {
        List<Finding> findings = new ArrayList<>();
        for (Sentence s : NarrativeText.sentences(document.pages())) {
            for (Claim c : s.claims()) {
                if (c.kind() != Kind.LEVEL_REACHED || c.from() == null || c.direction() == Direction.NONE) {
                    continue;
                }
                Figure from = c.from();
                Figure to = c.figure();
                boolean toPercent = c.unit() == Unit.PERCENT;
                if (from.percent() != toPercent) {
                    continue; // a percentage and a count: not the same quantity
                }
                boolean up = c.direction() == Direction.UP;
                // contradicted only when no reading of the printed levels allows the stated move
                if (Rounding.holds(r -> moves(Claims.interval(from, r), Claims.interval(to, r), up))) {
                    continue;
                }
                String actual = up ? "turun" : "naik";
                findings.add(Claims.onText(info(), s, c.word() + " menjadi " + to.printed(), actual,
                        "Teks menyebut " + c.word() + " dari " + from.printed() + " menjadi " + to.printed() + ", padahal "
                                + to.printed() + (up ? " lebih kecil" : " lebih besar") + " dari " + from.printed()
                                + " (berarti " + actual + ")", document.pages()));
            }
        }
        return findings;
    }

    /** Whether a level in {@code to} can lie above (or below) one in {@code from}. */
    private static boolean moves(Interval from, Interval to, boolean up) {
        return up ? to.hi().compareTo(from.lo()) > 0 : to.lo().compareTo(from.hi()) < 0;
    }
}
