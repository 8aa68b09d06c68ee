package id.inspektorat.lkauditor.rules.narrative;

import id.inspektorat.lkauditor.normalization.CellValue;
import id.inspektorat.lkauditor.normalization.Row;
import id.inspektorat.lkauditor.normalization.Table;
import id.inspektorat.lkauditor.rules.DocumentUnderAudit;
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
 *
 * <p>A report's own capaian classification ("> 100 % Sangat Baik", "91 % ≤ 100 %") is a capaian
 * scale: a table whose ranges are percentages or go above 100 is compared with the capaian scale
 * only, and a table that names a lettered scale's predikat (AKIP, IKM) only by label, never by
 * letter, is not a copy of it ("Sangat Baik" is BB's label in the AKIP scale and a capaian category in
 * many LKs). The regulation compared with is the one of the report's year
 * ({@link RulesSettings#scales(String, int)}): none before the first scale of the name; for an
 * unknown year a bound is reported only when every scale of the name finds it wrong alike.
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
        return check(table, 0);
    }

    @Override
    public List<Finding> check(Table table, int year) {
        return check(table.dataRows(), year, (row, cell, printed, expected, message) ->
                Evidence.at(this, table, row, table.columns().get(cell), printed, expected, message));
    }

    /** The scales printed as tables, and those printed as a list in the running text. */
    @Override
    public List<Finding> check(DocumentUnderAudit document) {
        List<Finding> all = new ArrayList<>(TableRule.super.check(document));
        for (ScaleList list : ScaleList.read(document.pages())) {
            all.addAll(check(list.rows(), document.year(), (row, cell, printed, expected, message) ->
                    new Finding(info().id(), info().severity(), row.page(), "", 0, "", "", printed, expected,
                            message + " (daftar dalam teks: \"" + list.line(row).text().trim() + "\")",
                            list.line(row).box() == null ? null : new Finding.Geometry(null, null, list.line(row).box()))));
        }
        return all;
    }

    /** How a wrong bound is reported: at a table's cell, or at a line of the text. */
    private interface Place {
        Finding finding(Row row, int cell, String printed, String expected, String message);
    }

    private List<Finding> check(List<Row> rows, int year, Place place) {
        if (rows.size() < 3 || rows.stream().noneMatch(PrintedScaleMismatch::hasRangeLikeCell)) {
            return List.of(); // no printed range, nothing to compare: the scale need not be looked for
        }
        Optional<String> name = scaleOf(rows);
        if (name.isEmpty()) {
            return List.of();
        }
        List<RatingScale> candidates = settings.scales(name.get(), year);
        if (candidates.isEmpty()) {
            return List.of(); // no regulation of the report's year: not held to a later one
        }
        List<List<Finding>> each = candidates.stream().map(s -> fits(rows, s) ? compare(rows, s, place) : List.<Finding>of()).toList();
        // every candidate must find the same bound wrong alike (one candidate: its findings)
        return each.get(0).stream().filter(f -> each.stream().allMatch(other -> other.stream().anyMatch(o -> o.row() == f.row()
                && o.page() == f.page() && o.column().equals(f.column()) && o.expected().equals(f.expected()) && o.reported().equals(f.reported())))).toList();
    }

    private List<Finding> compare(List<Row> rows, RatingScale scale, Place place) {
        List<Finding> findings = new ArrayList<>();
        for (Row row : rows) {
            Optional<Grade> grade = gradeOf(row, scale);
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
                findings.add(place.finding(row, col, range.get().printed(), g.range(),
                        "Skala tercetak untuk '" + g.label() + "': " + range.get().printed() + "; menurut "
                                + scale.regulation() + ": " + g.range()));
            }
        }
        return findings;
    }

    /** A digit and a range sign in one cell: what {@link #RANGE} needs, found without backtracking. */
    private static boolean hasRangeLikeCell(Row row) {
        for (CellValue v : row.values()) {
            if (rangeLike(v.printed())) {
                return true;
            }
        }
        return false;
    }

    /** A digit and a range sign in one text: a table cell or a list line's cell can be a range. */
    static boolean rangeLike(String t) {
        boolean digit = false;
        boolean sign = false;
        for (int i = 0; i < t.length() && !(digit && sign); i++) {
            char c = t.charAt(i);
            digit |= Character.isDigit(c);
            sign |= c == '-' || c == '–' || c == '≤' || c == '<' || c == '>';
        }
        return digit && sign;
    }

    /**
     * The name of the scale the table prints: the one with a scale (of any period) whose predikat
     * names most rows use (at least three); a table of percentages or of capaian above 100 is a
     * capaian scale. Empty when a row's letter and label name two predikat of a scale ("AA |
     * Memuaskan": letters and labels of a regulation the tool does not hold).
     */
    private Optional<String> scaleOf(List<Row> rows) {
        boolean capaianOnly = rows.stream().anyMatch(PrintedScaleMismatch::capaianRange);
        String best = null;
        long bestCount = 0;
        for (String name : RulesSettings.SCALES) {
            if (capaianOnly && !name.equals("capaian")) {
                continue; // a report's capaian classification is never held to the AKIP or IKM scale
            }
            for (RatingScale s : settings.allScales(name)) {
                if (rows.stream().anyMatch(r -> namesTwoGrades(r, s))) {
                    return Optional.empty();
                }
                long n = fits(rows, s) ? rows.stream().filter(r -> gradeOf(r, s).isPresent()).count() : 0;
                if (n > bestCount) {
                    best = name;
                    bestCount = n;
                }
            }
        }
        return bestCount >= 3 ? Optional.of(best) : Optional.empty();
    }

    /**
     * Whether the table can be a copy of {@code scale}: at least three rows name its predikat, no row
     * names two, and for a lettered scale (AKIP, IKM) some row names a predikat by its letter.
     */
    private static boolean fits(List<Row> rows, RatingScale scale) {
        if (rows.stream().filter(r -> gradeOf(r, scale).isPresent()).count() < 3
                || rows.stream().anyMatch(r -> namesTwoGrades(r, scale))) {
            return false;
        }
        boolean lettered = scale.grades().stream().anyMatch(g -> !g.grade().equals(g.label()));
        return !lettered || rows.stream().anyMatch(r -> namesALetter(r, scale));
    }

    /** A cell of the row that is a predikat's letter ("BB", "A (Sangat Baik)"), not only its label. */
    private static boolean namesALetter(Row row, RatingScale scale) {
        for (CellValue v : row.values()) {
            String t = BRACKETED.matcher(v.printed()).replaceAll("").trim();
            if (!t.isEmpty() && scale.grades().stream().anyMatch(g -> !g.grade().equals(g.label()) && g.grade().equalsIgnoreCase(t))) {
                return true;
            }
        }
        return false;
    }

    /** A range printed as a percentage ("91% ≤ 100%") or with a bound above 100 ("> 100"): a capaian, not an AKIP score. */
    private static boolean capaianRange(Row row) {
        for (CellValue v : row.values()) {
            String t = v.printed();
            if (!RANGE.matcher(t).matches()) {
                continue;
            }
            if (t.contains("%")) {
                return true;
            }
            Matcher m = NUMBER.matcher(t);
            while (m.find()) {
                if (new BigDecimal(m.group().replace(',', '.')).compareTo(BigDecimal.valueOf(100)) > 0) {
                    return true;
                }
            }
        }
        return false;
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
