package id.inspektorat.lkauditor.rules.narrative;

import id.inspektorat.lkauditor.normalization.CellValue;
import id.inspektorat.lkauditor.normalization.Row;
import id.inspektorat.lkauditor.normalization.Table;
import id.inspektorat.lkauditor.rules.Evidence;
import id.inspektorat.lkauditor.rules.Finding;
import id.inspektorat.lkauditor.rules.RuleInfo;
import id.inspektorat.lkauditor.vocabulary.Severity;
import id.inspektorat.lkauditor.rules.TableRule;
import id.inspektorat.lkauditor.settings.Grade;
import id.inspektorat.lkauditor.settings.RatingScale;
import id.inspektorat.lkauditor.settings.RulesSettings;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * A rating scale printed in the report (a table of ranges and predikat) whose bounds differ from the
 * regulation's scale in {@code rules/scales/}. Which scale is meant follows from the predikat names
 * the table uses; a table whose letters and labels name different predikat of a scale ("AA" beside
 * "Memuaskan", which is A's label since 2021) follows another regulation and is not compared. A bound
 * printed as a whole number next to an exclusive bound of the regulation ("76 – 90" for "76 – < 91")
 * is the same bound.
 */
@Component
@RuleInfo(id = "LK-TXT-05", severity = Severity.WARNING, summary = "Skala penilaian yang dicetak berbeda dari skala peraturan")
public final class PrintedScaleMismatch implements TableRule {

    private static final Pattern NUMBER = Pattern.compile("\\d+(?:[.,]\\d+)?");
    private final RulesSettings settings;

    public PrintedScaleMismatch(RulesSettings settings) {
        this.settings = settings;
    }

    @Override
    public List<Finding> check(Table table) {
        List<Finding> findings = new ArrayList<>();
        if (table.dataRows().size() < 3 || table.dataRows().stream().noneMatch(PrintedScaleMismatch::hasRangeLikeCell)) {
            return findings; // no printed range, nothing to compare: the scale need not be looked for
        }
        Optional<RatingScale> scale = scaleOf(table);
        if (scale.isEmpty()) {
            return findings;
        }
        for (Row row : table.dataRows()) {
            Optional<Grade> grade = gradeOf(row, scale.get());
            Optional<CellValue> range = row.values().stream().filter(v -> RANGE.matcher(v.printed()).matches())
                    .findFirst();
            if (grade.isEmpty() || range.isEmpty()) {
                continue;
            }
            List<BigDecimal> bounds = new ArrayList<>();
            Matcher m = NUMBER.matcher(range.get().printed());
            while (m.find()) {
                bounds.add(new BigDecimal(m.group().replace(',', '.')));
            }
            Grade g = grade.get();
            boolean onlyUpper = bounds.size() == 1 && UPPER_ONLY.matcher(range.get().printed()).matches();
            BigDecimal lower = bounds.size() >= 2 ? bounds.get(0) : onlyUpper ? null : bounds.isEmpty() ? null : bounds.get(0);
            BigDecimal upper = bounds.size() >= 2 ? bounds.get(1) : onlyUpper ? bounds.get(0) : null;
            boolean ok = same(lower, g.lower(), g.lowerInclusive()) && same(upper, g.upper(), g.upperInclusive());
            if (!ok) {
                int col = row.values().indexOf(range.get());
                findings.add(Evidence.at(this, table, row, table.columns().get(col), range.get().printed(), g.range(),
                        "Skala tercetak untuk '" + g.label() + "': " + range.get().printed() + "; menurut "
                                + scale.get().regulation() + ": " + g.range()));
            }
        }
        return findings;
    }

    /** A digit and a range sign in one cell: what {@link #RANGE} needs, found without backtracking. */
    private static boolean hasRangeLikeCell(Row row) {
        for (CellValue v : row.values()) {
            String t = v.printed();
            boolean digit = false;
            boolean sign = false;
            for (int i = 0; i < t.length() && !(digit && sign); i++) {
                char c = t.charAt(i);
                digit |= Character.isDigit(c);
                sign |= c == '-' || c == '–' || c == '≤' || c == '<' || c == '>';
            }
            if (digit && sign) {
                return true;
            }
        }
        return false;
    }

    /** The scale whose predikat names most rows use (at least three). */
    private Optional<RatingScale> scaleOf(Table table) {
        RatingScale best = null;
        long bestCount = 0;
        for (String name : RulesSettings.SCALES) {
            RatingScale s = settings.scale(name);
            long n = table.dataRows().stream().filter(r -> gradeOf(r, s).isPresent()).count();
            if (table.dataRows().stream().anyMatch(r -> namesTwoGrades(r, s))) {
                return Optional.empty(); // "AA | Memuaskan": letters and labels of a regulation the tool does not hold
            }
            if (n > bestCount) {
                best = s;
                bestCount = n;
            }
        }
        return bestCount >= 3 ? Optional.of(best) : Optional.empty();
    }

    /** The predikat a row names, by letter, by label, or both ("A (Sangat Baik)": both must agree). */
    private static final Pattern RANGE = Pattern.compile(".*\\d.*[-–≤<>].*|.*[≤<>].*\\d.*");
    private static final Pattern UPPER_ONLY = Pattern.compile("\\s*[≤<].*");
    private static final Pattern BRACKETED = Pattern.compile("\\(.*\\)");
    private static final Pattern PAREN = Pattern.compile("\\(([^)]+)\\)");

    private static Optional<Grade> gradeOf(Row row, RatingScale scale) {
        for (CellValue v : row.values()) {
            String outside = v.printed().indexOf('(') < 0 ? v.printed().trim()
                    : BRACKETED.matcher(v.printed()).replaceAll("").trim();
            Matcher paren = PAREN.matcher(v.printed());
            Optional<Grade> byText = outside.isEmpty() ? Optional.empty() : scale.grade(outside);
            Optional<Grade> byParen = paren.find() ? scale.grade(paren.group(1)) : Optional.empty();
            if (byText.isPresent() && byParen.isPresent()) {
                return byText.equals(byParen) ? byText : Optional.empty();
            }
            if (byText.isPresent() && !paren.hitEnd() && v.printed().contains("(")) {
                return Optional.empty(); // "A (Sangat Baik)" under a scale where A is not Sangat Baik
            }
            if (byText.isPresent() || byParen.isPresent()) {
                return byText.isPresent() ? byText : byParen;
            }
        }
        return Optional.empty();
    }

    /** Two cells of the row name different predikat of the scale: the table follows another scale. */
    private static boolean namesTwoGrades(Row row, RatingScale scale) {
        Grade seen = null;
        for (CellValue v : row.values()) {
            Optional<Grade> g = v.printed().isBlank() ? Optional.empty() : scale.grade(v.printed().trim());
            if (g.isPresent()) {
                if (seen != null && !seen.equals(g.get())) {
                    return true;
                }
                seen = g.get();
            }
        }
        return false;
    }

    /** A printed bound against the regulation's: equal, or a whole number one step inside an exclusive bound. */
    private static boolean same(BigDecimal printed, BigDecimal regulation, boolean inclusive) {
        if (printed == null || regulation == null) {
            return printed == null || regulation == null;
        }
        BigDecimal diff = printed.subtract(regulation).abs();
        return diff.signum() == 0 || !inclusive && diff.compareTo(BigDecimal.ONE) <= 0 && printed.stripTrailingZeros().scale() <= 0;
    }
}
