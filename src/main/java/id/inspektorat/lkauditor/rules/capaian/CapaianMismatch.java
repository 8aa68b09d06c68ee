package id.inspektorat.lkauditor.rules.capaian;

import id.inspektorat.lkauditor.understanding.CapaianColumns;
import id.inspektorat.lkauditor.narrative.NarrativeText;
import id.inspektorat.lkauditor.normalization.CellValue;
import id.inspektorat.lkauditor.normalization.Row;
import id.inspektorat.lkauditor.normalization.Table;
import id.inspektorat.lkauditor.normalization.ValueKind;
import id.inspektorat.lkauditor.rules.DocumentUnderAudit;
import id.inspektorat.lkauditor.rules.Evidence;
import id.inspektorat.lkauditor.rules.Finding;
import id.inspektorat.lkauditor.rules.Interval;
import id.inspektorat.lkauditor.rules.RowRelation;
import id.inspektorat.lkauditor.rules.RuleInfo;
import id.inspektorat.lkauditor.rules.Rounding;
import id.inspektorat.lkauditor.vocabulary.Severity;
import id.inspektorat.lkauditor.vocabulary.Term;
import id.inspektorat.lkauditor.rules.TableRule;
import id.inspektorat.lkauditor.settings.RatingScale;
import id.inspektorat.lkauditor.settings.RulesSettings;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * A capaian that is not realisasi / target × 100 (for an inverse indicator, one better the lower it
 * is, also target / realisasi × 100 or (2 × target − realisasi) / target × 100; every row may be one
 * when the report's text says that of an indicator), in every target/realisasi/capaian column triple of a table: one per year in history
 * tables, kinerja and Rp in program tables. A target given as a letter alone is read as the
 * letter's lower bound on the AKIP scale of the report's year, and a mismatch against it is only a
 * warning; with no AKIP scale for that year (a report before the first), or, for an unknown year,
 * scales that give the letter different lower bounds, a letter target is not read.
 */
@Component
@RuleInfo(id = "LK-CAP-01", severity = Severity.ERROR, summary = "Capaian tidak sama dengan realisasi dibagi target")
public final class CapaianMismatch implements TableRule {

    private final RulesSettings settings;

    public CapaianMismatch(RulesSettings settings) {
        this.settings = settings;
    }

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    @Override
    public List<Finding> check(Table table) {
        return check(table, 0);
    }

    @Override
    public List<Finding> check(Table table, int year) {
        return check(table, year, false);
    }

    /**
     * The tables of a report whose text says that for some indicator a higher realisasi is a lower
     * capaian ("realisasi makin tinggi maka makin rendah capaian kinerja", "semakin kecil semakin
     * baik"): which rows it means the text does not say in a way the tool can tie, so every row may
     * also follow the formulas of such an indicator.
     */
    @Override
    public List<Finding> check(DocumentUnderAudit document) {
        // the sentences hold every line of running text, so a statement broken over two lines is read whole
        boolean lowerIsBetter = NarrativeText.sentences(document.pages()).stream()
                .anyMatch(x -> NarrativeText.holdsAnyCase(x.text(), "makin") && LOWER_IS_BETTER.matcher(x.text()).find());
        List<Finding> all = new ArrayList<>();
        for (Table t : document.tables()) {
            all.addAll(check(t, document.year(), lowerIsBetter));
        }
        return all;
    }

    /** A report's own statement that an indicator is better the lower it is. */
    private static final Pattern LOWER_IS_BETTER = Pattern.compile("(?i)\\b(?:se)?makin\\s+(?:tinggi|besar|banyak)\\b[^.]{0,60}"
            + "\\b(?:se)?makin\\s+(?:rendah|kecil|buruk)\\s+capaian|\\b(?:se)?makin\\s+(?:rendah|kecil|sedikit)\\s+(?:\\S+\\s+){0,3}?"
            + "(?:se)?makin\\s+baik");

    private List<Finding> check(Table table, int year, boolean lowerIsBetter) {
        List<Finding> findings = new ArrayList<>();
        List<RatingScale> akip = settings.scales("akip", year);
        for (CapaianColumns.Triple triple : CapaianColumns.triples(table)) {
            RowRelation relation = new RowRelation();
            for (Row row : table.dataRows()) {
                check(table, row, triple, relation, akip, lowerIsBetter);
            }
            findings.addAll(relation.findings());
        }
        return findings;
    }

    /** Tests one row: it holds, breaks (with its finding) or cannot be tested (nothing recorded). */
    private void check(Table table, Row row, CapaianColumns.Triple t, RowRelation relation, List<RatingScale> akip,
                       boolean lowerIsBetter) {
        CellValue target = row.get(t.target().index());
        CellValue realisasi = row.get(t.realisasi().index());
        CellValue capaian = row.get(t.capaian().index());
        if (!capaian.isNumber() || !realisasi.isNumeric() || capaian.grade() != null) {
            return;
        }
        boolean letterTarget = target.kind() == ValueKind.GRADE;
        BigDecimal targetValue;
        if (letterTarget) {
            // the letter's lower bound, as every AKIP scale of the report's year agrees on it
            targetValue = RulesSettings.agreed(akip, s -> s.grade(target.grade()).map(g -> g.lower()),
                    BigDecimal::stripTrailingZeros).orElse(null);
            if (targetValue == null || targetValue.signum() == 0) {
                return;
            }
        } else if (target.isNumber() && target.number().signum() > 0) {
            targetValue = target.number();
        } else {
            return;
        }
        boolean inverse = realisasi.numberOrZero().signum() > 0 && (CapaianColumns.isInverse(row) || lowerIsBetter);
        boolean consistent = Rounding.holds(r -> {
            Interval tg = letterTarget ? Interval.exact(targetValue) : Rounding.of(target, true, r);
            Interval re = Rounding.of(realisasi, true, r);
            Interval printed = Rounding.printed(capaian.number(), capaian.decimals(), r);
            if (re.dividedBy(tg).times(HUNDRED).intersects(printed)) {
                return true;
            }
            if (!inverse) {
                return false;
            }
            // target / realisasi, or (2 × target − realisasi) / target: both are used for a lower-is-better indicator
            return tg.dividedBy(re).times(HUNDRED).intersects(printed)
                    || tg.times(BigDecimal.valueOf(2)).minus(re).dividedBy(tg).times(HUNDRED).intersects(printed);
        });
        if (consistent) {
            relation.holds(row);
            return;
        }
        BigDecimal value = realisasi.numberOrZero().multiply(HUNDRED).divide(targetValue, Interval.MC);
        String expected = Rounding.format(value, Math.max(2, capaian.decimals()));
        String targetText = letterTarget ? Rounding.format(targetValue, 2) + " (batas bawah predikat " + target.grade() + ")"
                : number(target);
        // a budget table's percentage is realisasi over anggaran: said so, in the auditor's words
        String formula = t.target().has(Term.ANGGARAN) ? "Persentase = realisasi / anggaran × 100 = " : "Capaian = realisasi / target × 100 = ";
        String message = formula + number(realisasi) + " / " + targetText + " × 100 = "
                + expected + "; tertulis " + capaian.printed()
                + (t.key().isEmpty() ? "" : " [" + t.key() + "]");
        Severity severity = letterTarget ? Severity.WARNING : info().severity();
        relation.breaks(row, Evidence.from(Evidence.at(this, severity, table, row, t.capaian(), capaian.printed(),
                expected, message), row, t.target(), t.realisasi()));
    }

    private static String number(CellValue v) {
        return v.isNumber() ? Rounding.format(v.number(), v.decimals()) : v.printed();
    }
}
