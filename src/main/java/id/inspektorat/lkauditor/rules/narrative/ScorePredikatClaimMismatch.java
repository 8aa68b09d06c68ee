package id.inspektorat.lkauditor.rules.narrative;

import id.inspektorat.lkauditor.narrative.Claim;
import id.inspektorat.lkauditor.narrative.ClaimReader;
import id.inspektorat.lkauditor.narrative.NarrativeText;
import id.inspektorat.lkauditor.narrative.Sentence;
import id.inspektorat.lkauditor.rules.AuditRule;
import id.inspektorat.lkauditor.rules.DocumentUnderAudit;
import id.inspektorat.lkauditor.rules.Finding;
import id.inspektorat.lkauditor.rules.RuleInfo;
import id.inspektorat.lkauditor.settings.Grade;
import id.inspektorat.lkauditor.settings.RatingScale;
import id.inspektorat.lkauditor.settings.RulesSettings;
import id.inspektorat.lkauditor.vocabulary.Severity;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * A score and its predikat stated together in the text — "nilai AKIP sebesar 58,20 dengan predikat
 * B", "predikat BB (64,38)" — that the scale of the report's year contradicts (58,20 is CC). The
 * sentence must say which score it is (AKIP/SAKIP or IKM); a change ("kenaikan 4,31 poin") is no
 * score; a year whose scale is not known, or scales that disagree, give no finding.
 */
@Component
@RuleInfo(id = "LK-TXT-06", severity = Severity.ERROR,
        summary = "Nilai dan predikat yang disebut bersama dalam teks tidak sesuai skala peraturan")
public final class ScorePredikatClaimMismatch implements AuditRule {

    private static final String SCORE = "(?<![\\d.,])(\\d{1,3}(?:,\\d{1,2})?)(?![\\d]|,\\d)";
    /** The letter, upper case as printed, not the start of a word ("B" of "Baik" is none). */
    private static final String LETTER = "[\"“'(]?\\s*(?-i:(AA|BB|CC|A|B|C|D))(?![\\p{L}])";
    private static final String WORD = "(?:(?:kategori|dengan|dan)\\s+)?(?:predikat|berpredikat|kategori|mutu(?:\\s+pelayanan)?)\\s*:?\\s*";
    /** "58,20 dengan predikat B", "69,70 dan kategori Predikat B": the score, then its predikat. */
    private static final Pattern SCORE_FIRST = Pattern.compile("(?i)" + SCORE + "[^\\d]{0,40}?\\b" + WORD + LETTER);
    /** "predikat BB (64,38)", "predikat B dengan nilai 65,12": the predikat, then its score. */
    private static final Pattern GRADE_FIRST = Pattern.compile("(?i)\\b(?:predikat|berpredikat|kategori|mutu)\\s*:?\\s*"
            + "[\"“']?\\s*(?-i:(AA|BB|CC|A|B|C|D))(?![\\p{L}])[\"”']?\\s*(?:\\(\\s*|(?:dengan\\s+)?(?:nilai|skor|indeks)\\s+(?:sebesar\\s+)?)" + SCORE);
    private static final Pattern AKIP = Pattern.compile("(?i)\\b(?:s?akip|akuntabilitas kinerja)\\b");
    private static final Pattern IKM = Pattern.compile("(?i)\\b(?:ikm|indeks kepuasan masyarakat|kepuasan masyarakat)\\b");
    private static final Pattern POINTS = Pattern.compile("(?i)^\\s*(?:poin|point|%)");

    private final RulesSettings settings;

    public ScorePredikatClaimMismatch(RulesSettings settings) {
        this.settings = settings;
    }

    @Override
    public List<Finding> check(DocumentUnderAudit document) {
        List<Finding> findings = new ArrayList<>();
        for (Sentence s : NarrativeText.sentences(document.pages())) {
            String text = s.text();
            if (!NarrativeText.holdsAnyCase(text, "akip", "akuntabilitas kinerja", "ikm", "kepuasan masyarakat")) {
                continue; // no score named (what AKIP and IKM need)
            }
            boolean akip = AKIP.matcher(text).find();
            boolean ikm = IKM.matcher(text).find();
            if (akip == ikm) {
                continue; // neither score named, or both: whose predikat it is is not sure
            }
            String scale = akip ? "akip" : "ikm";
            List<int[]> seen = new ArrayList<>();
            List<Claim> claims = ClaimReader.read(text, s.previous());
            for (Pattern p : List.of(SCORE_FIRST, GRADE_FIRST)) {
                Matcher m = p.matcher(text);
                while (m.find()) {
                    boolean scoreFirst = p == SCORE_FIRST;
                    int scoreGroup = scoreFirst ? 1 : 2;
                    String scorePrinted = m.group(scoreGroup);
                    String letter = m.group(scoreFirst ? 2 : 1);
                    int at = m.start(scoreGroup);
                    if (seen.stream().anyMatch(r -> r[0] == at) || isChange(claims, text, m.start(scoreGroup), m.end(scoreGroup))) {
                        continue;
                    }
                    seen.add(new int[] {at});
                    BigDecimal score = Claims.value(scorePrinted).number();
                    if (score.compareTo(BigDecimal.ZERO) <= 0 || score.compareTo(BigDecimal.valueOf(100)) > 0) {
                        continue;
                    }
                    RulesSettings.agreed(settings.scales(scale, document.year()), sc -> compare(sc, score, letter),
                            g -> g.grade()).ifPresent(g -> findings.add(Claims.onText(info(), s, letter + " (" + scorePrinted + ")", g.grade(),
                            "Nilai " + scorePrinted + " berpredikat " + g.grade() + " (" + g.label() + ", " + g.range()
                                    + ") menurut " + settings.scales(scale, document.year()).get(0).regulation()
                                    + ", tertulis predikat " + letter, document.pages())));
                }
            }
        }
        return findings;
    }

    /** The grade the scale gives the score, when it is not the printed one. */
    private static Optional<Grade> compare(RatingScale scale, BigDecimal score, String letter) {
        Optional<Grade> printed = scale.grade(letter);
        Optional<Grade> actual = scale.gradeOf(score);
        if (printed.isEmpty() || actual.isEmpty() || printed.get().equals(actual.get())) {
            return Optional.empty();
        }
        return actual;
    }

    /** A figure the text gives as a change ("kenaikan 4,31", "naik 2 poin") is no score. */
    private static boolean isChange(List<Claim> claims, String text, int start, int end) {
        return claims.stream().anyMatch(c -> c.kind() == Claim.Kind.CHANGE && c.figure().start() == start)
                || POINTS.matcher(text.substring(end)).find();
    }
}
