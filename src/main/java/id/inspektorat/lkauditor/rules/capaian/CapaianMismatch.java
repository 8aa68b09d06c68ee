package id.inspektorat.lkauditor.rules.capaian;

import id.inspektorat.lkauditor.understanding.CapaianColumns;
import id.inspektorat.lkauditor.normalization.CellValue;
import id.inspektorat.lkauditor.normalization.Row;
import id.inspektorat.lkauditor.normalization.Table;
import id.inspektorat.lkauditor.normalization.ValueKind;
import id.inspektorat.lkauditor.rules.Evidence;
import id.inspektorat.lkauditor.rules.Finding;
import id.inspektorat.lkauditor.rules.Interval;
import id.inspektorat.lkauditor.rules.RowRelation;
import id.inspektorat.lkauditor.rules.RuleInfo;
import id.inspektorat.lkauditor.rules.Rounding;
import id.inspektorat.lkauditor.vocabulary.Severity;
import id.inspektorat.lkauditor.rules.TableRule;
import id.inspektorat.lkauditor.settings.RatingScale;
import id.inspektorat.lkauditor.settings.RulesSettings;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * A capaian that is not realisasi / target × 100 (target / realisasi × 100 for an inverse
 * indicator), in every target/realisasi/capaian column triple of a table: one per year in history
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
        List<Finding> findings = new ArrayList<>();
        List<RatingScale> akip = settings.scales("akip", year);
        for (CapaianColumns.Triple triple : CapaianColumns.triples(table)) {
            RowRelation relation = new RowRelation();
            for (Row row : table.dataRows()) {
                check(table, row, triple, relation, akip);
            }
            findings.addAll(relation.findings());
        }
        return findings;
    }

    /** Tests one row: it holds, breaks (with its finding) or cannot be tested (nothing recorded). */
    private void check(Table table, Row row, CapaianColumns.Triple t, RowRelation relation, List<RatingScale> akip) {
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
        boolean inverse = realisasi.numberOrZero().signum() > 0 && CapaianColumns.isInverse(row);
        boolean consistent = Rounding.holds(r -> {
            Interval tg = letterTarget ? Interval.exact(targetValue) : Rounding.of(target, true, r);
            Interval re = Rounding.of(realisasi, true, r);
            Interval printed = Rounding.printed(capaian.number(), capaian.decimals(), r);
            if (re.dividedBy(tg).times(HUNDRED).intersects(printed)) {
                return true;
            }
            Interval inv = inverse ? tg.dividedBy(re) : null;
            return inv != null && inv.times(HUNDRED).intersects(printed);
        });
        if (consistent) {
            relation.holds(row);
            return;
        }
        BigDecimal value = realisasi.numberOrZero().multiply(HUNDRED).divide(targetValue, Interval.MC);
        String expected = Rounding.format(value, Math.max(2, capaian.decimals()));
        String targetText = letterTarget ? Rounding.format(targetValue, 2) + " (batas bawah predikat " + target.grade() + ")"
                : number(target);
        String message = "Capaian = realisasi / target × 100 = " + number(realisasi) + " / " + targetText + " × 100 = "
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
