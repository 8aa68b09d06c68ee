package id.inspektorat.lkauditor.rules.rating;

import id.inspektorat.lkauditor.normalization.CellValue;
import id.inspektorat.lkauditor.normalization.Column;
import id.inspektorat.lkauditor.normalization.Row;
import id.inspektorat.lkauditor.normalization.Table;
import id.inspektorat.lkauditor.normalization.ValueKind;
import id.inspektorat.lkauditor.rules.Evidence;
import id.inspektorat.lkauditor.rules.Finding;
import id.inspektorat.lkauditor.rules.Rounding;
import id.inspektorat.lkauditor.rules.RuleInfo;
import id.inspektorat.lkauditor.rules.TableRule;
import id.inspektorat.lkauditor.settings.Grade;
import id.inspektorat.lkauditor.settings.RatingScale;
import id.inspektorat.lkauditor.settings.RulesSettings;
import id.inspektorat.lkauditor.vocabulary.Severity;
import id.inspektorat.lkauditor.vocabulary.Term;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * A predikat that contradicts its score under the regulation's scale: {@code 64,38 (BB)} (AKIP,
 * PermenPAN-RB 88/2021), an IKM with the wrong mutu (PermenPAN-RB 14/2017), a capaian with the
 * wrong category (Permendagri 86/2017). Scores and predikat are paired inside one cell, across a
 * row (score column, predikat/kategori column) or down a column (a "Predikat" row under the total).
 * Which scale applies is read from the table's caption, the row and the column; a percentage is a
 * capaian and is judged by the capaian scale only, never the AKIP one. The scale is the one of the
 * report's year ({@link RulesSettings#scales(String, int)}): none for a year before every scale of
 * the name (no finding); for an unknown year, a finding only when every scale of the name gives it.
 */
@Component
@RuleInfo(id = "LK-PRED-01", severity = Severity.ERROR, summary = "Predikat tidak sesuai nilainya menurut skala peraturan")
public final class PredikatMismatch implements TableRule {

    private static final Pattern LEADING_COLON = Pattern.compile("^[:\\s]+");
    private static final Pattern TRAILING_BRACKET = Pattern.compile("\\s*\\(.*\\)\\s*$");

    private final RulesSettings settings;

    public PredikatMismatch(RulesSettings settings) {
        this.settings = settings;
    }

    @Override
    public List<Finding> check(Table table) {
        return check(table, 0);
    }

    @Override
    public List<Finding> check(Table table, int year) {
        List<Finding> findings = new ArrayList<>();
        List<Row> rows = table.rows();
        Optional<Column> predikatColumn = table.column(c -> c.has(Term.PREDIKAT));
        for (int i = 0; i < rows.size(); i++) {
            Row row = rows.get(i);
            for (Column c : table.columns()) {
                CellValue v = row.get(c.index());
                if (v.isNumber() && v.grade() != null) {
                    String score = Rounding.format(v.number(), v.decimals());
                    String name = v.percent() ? "capaian" : scale(table, row, c).orElse(null);
                    if (name != null) {
                        compare(table, row, c, v.number(), score, v.grade(), v.printed(), name, year).ifPresent(findings::add);
                    }
                }
            }
            if (predikatColumn.isPresent()) {
                CellValue p = row.get(predikatColumn.get().index());
                Optional<Column> score = scoreBefore(table, row, predikatColumn.get());
                if (score.isPresent() && p.kind() != ValueKind.EMPTY) {
                    CellValue s = row.get(score.get().index());
                    Optional<String> name = s.percent() ? Optional.of("capaian") : scale(table, row, score.get());
                    name.flatMap(sc -> compare(table, row, predikatColumn.get(), s.number(), s.printed(), gradeText(p),
                            p.printed(), sc, year)).map(f -> Evidence.from(f, row, score.get())).ifPresent(findings::add);
                }
            }
            if (i > 0 && settings.vocabulary().names(Term.PREDIKAT, row.label())) { // a predikat row under the scores
                Row above = rows.get(i - 1);
                for (Column c : table.columns()) {
                    CellValue score = above.get(c.index());
                    CellValue grade = row.get(c.index());
                    if (score.isNumber() && score.grade() == null && !score.percent() && grade.kind() != ValueKind.EMPTY) {
                        scale(table, above, c).flatMap(sc -> compare(table, row, c, score.number(), score.printed(),
                                gradeText(grade), grade.printed(), sc, year))
                                .map(f -> Evidence.from(f, above, c)).ifPresent(findings::add);
                    }
                }
            }
        }
        return findings;
    }

    /**
     * The finding every candidate scale of {@code contextScale} for {@code year} gives (same grade
     * expected), or none.
     *
     * @param reported the cell that carries the predikat, as printed
     */
    private Optional<Finding> compare(Table table, Row row, Column column, BigDecimal score, String scorePrinted,
                                      String printedGrade, String reported, String contextScale, int year) {
        // a category named in the capaian scale (Sangat Tinggi, ...) and in no scale of the context is judged by the capaian scale
        boolean capaianCategory = !contextScale.equals("capaian")
                && settings.allScales(contextScale).stream().allMatch(s -> s.grade(printedGrade).isEmpty())
                && settings.allScales("capaian").stream().anyMatch(s -> s.grade(printedGrade).isPresent());
        String name = capaianCategory ? "capaian" : contextScale;
        return RulesSettings.agreed(settings.scales(name, year),
                s -> compare(table, row, column, score, scorePrinted, printedGrade, reported, s), Finding::expected);
    }

    private Optional<Finding> compare(Table table, Row row, Column column, BigDecimal score, String scorePrinted,
                                      String printedGrade, String reported, RatingScale scale) {
        Optional<Grade> printed = scale.grade(printedGrade);
        Optional<Grade> actual = scale.gradeOf(score);
        if (printed.isEmpty() || actual.isEmpty() || printed.get().equals(actual.get())) {
            return Optional.empty();
        }
        Grade a = actual.get();
        return Optional.of(Evidence.at(this, table, row, column, reported, a.grade(), "Nilai " + scorePrinted + " berpredikat " + a.grade() + " (" + a.label() + ", " + a.range()
                        + ") menurut " + scale.regulation() + ", tertulis " + printedGrade));
    }

    private static String gradeText(CellValue v) {
        if (v.grade() != null) {
            return v.grade();
        }
        String t = LEADING_COLON.matcher(v.printed()).replaceAll("").trim();
        String letter = TRAILING_BRACKET.matcher(t).replaceAll("").trim();
        return letter.isEmpty() ? t : letter;
    }

    /** The nearest score column left of the predikat column with a number in this row. */
    private static Optional<Column> scoreBefore(Table table, Row row, Column predikat) {
        for (int c = predikat.index() - 1; c >= 0; c--) {
            CellValue v = row.get(c);
            boolean capaian = table.columns().get(c).has(Term.CAPAIAN);
            if (v.isNumber() && v.grade() == null && (!v.percent() || capaian)) {
                return Optional.of(table.columns().get(c));
            }
            if (v.kind() != ValueKind.EMPTY && !v.percent()) {
                return Optional.empty(); // a percentage beside a predikat is a capaian, not the score
            }
        }
        return Optional.empty();
    }

    /** AKIP, IKM or capaian (the scale's name), from what the table, row and column are about. */
    private Optional<String> scale(Table table, Row row, Column column) {
        String context = table.caption() + " " + row.label() + " " + column.label();
        boolean ikm = settings.vocabulary().names(Term.CONTEXT_IKM, context);
        boolean akip = settings.vocabulary().names(Term.CONTEXT_AKIP, context);
        if (column.hasAny(Term.CAPAIAN, Term.PERCENT)) {
            return Optional.of("capaian");
        }
        if (akip == ikm) {
            return Optional.empty(); // both or neither: not sure which scale applies
        }
        return Optional.of(akip ? "akip" : "ikm");
    }
}
