package id.inspektorat.lkauditor.rules.ikm;

import id.inspektorat.lkauditor.normalization.CellValue;
import id.inspektorat.lkauditor.normalization.Column;
import id.inspektorat.lkauditor.normalization.Row;
import id.inspektorat.lkauditor.normalization.Table;
import id.inspektorat.lkauditor.normalization.ValueKind;
import id.inspektorat.lkauditor.rules.AuditRule;
import id.inspektorat.lkauditor.rules.DocumentUnderAudit;
import id.inspektorat.lkauditor.rules.Evidence;
import id.inspektorat.lkauditor.rules.Finding;
import id.inspektorat.lkauditor.rules.Interval;
import id.inspektorat.lkauditor.rules.Rounding;
import id.inspektorat.lkauditor.rules.RuleInfo;
import id.inspektorat.lkauditor.settings.RatingScale;
import id.inspektorat.lkauditor.settings.RulesSettings;
import id.inspektorat.lkauditor.vocabulary.Severity;
import id.inspektorat.lkauditor.vocabulary.Term;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * An IKM survey table whose arithmetic fails (PermenPAN-RB 14/2017): NRR tertimbang = Σ NRR ×
 * 0,111 (the regulation's weight, not 1/9), IKM = NRR tertimbang × 25, and the mutu letter against
 * the IKM scale of the report's year. The IKM and mutu lines may stand in the table or in the small
 * table right after it. No IKM scale for the report's year (a report before the first): the mutu is
 * not checked; an unknown year: only a mutu every IKM scale contradicts alike.
 */
@Component
@RuleInfo(id = "LK-IKM-01", severity = Severity.ERROR, summary = "Perhitungan IKM (NRR tertimbang, nilai IKM, mutu) tidak sesuai")
public final class IkmMismatch implements AuditRule {

    private static final Pattern LEADING_COLON = Pattern.compile("^[:\\s]+");

    private static final BigDecimal WEIGHT = new BigDecimal("0.111");
    private static final BigDecimal TWENTY_FIVE = BigDecimal.valueOf(25);
    private final RulesSettings settings;

    public IkmMismatch(RulesSettings settings) {
        this.settings = settings;
    }

    @Override
    public List<Finding> check(DocumentUnderAudit document) {
        List<Finding> findings = new ArrayList<>();
        List<RatingScale> scales = settings.scales("ikm", document.year());
        List<Table> tables = document.tables();
        for (int t = 0; t < tables.size(); t++) {
            Table table = tables.get(t);
            Optional<Column> nrr = nrrColumn(table);
            if (nrr.isEmpty()) {
                continue;
            }
            List<CellValue> unsur = new ArrayList<>();
            List<Row> unsurRows = new ArrayList<>();
            for (Row r : table.dataRows()) {
                CellValue v = r.get(nrr.get().index());
                if (v.isNumber() && !names(Term.ROW_NRR_WEIGHTED, r) && between(v.number(), 1, 4)) {
                    unsur.add(v);
                    unsurRows.add(r);
                }
            }
            if (unsur.size() < 5) {
                continue;
            }
            BigDecimal sum = unsur.stream().map(CellValue::number).reduce(BigDecimal.ZERO, BigDecimal::add);
            List<Row> lines = new ArrayList<>(table.rows());
            Table next = t + 1 < tables.size() && tables.get(t + 1).page() <= table.lastPage() + 1
                    && tables.get(t + 1).rows().size() <= 4 ? tables.get(t + 1) : null;
            if (next != null) {
                lines.addAll(next.rows()); // "IKM Unit Pelayanan 80,50 / Mutu Pelayanan : B"
            }
            Function<Row, Table> owner = r -> table.rows().contains(r) ? table : next;
            CellValue tertimbang = null;
            Row tertimbangRow = null;
            for (Row r : lines) {
                if (names(Term.ROW_NRR_WEIGHTED, r)) {
                    tertimbang = firstNumber(r).orElse(null);
                    tertimbangRow = r;
                }
            }
            if (tertimbang != null) {
                CellValue tw = tertimbang;
                if (!Rounding.holds(r -> Interval.sum(unsur.stream().map(v -> Rounding.of(v, false, r)).toList())
                        .times(WEIGHT).intersects(Rounding.of(tw, false, r)))) {
                    BigDecimal expected = sum.multiply(WEIGHT);
                    Finding f = Evidence.at(this, owner.apply(tertimbangRow), tertimbangRow,
                            numberColumn(owner.apply(tertimbangRow), tertimbangRow), tw.printed(), Rounding.format(expected, 2),
                            "NRR tertimbang = Σ NRR × 0,111 = " + Rounding.format(sum, 2) + " × 0,111 = "
                                    + Rounding.format(expected, 2) + ", tertulis " + tw.printed());
                    findings.add(Evidence.from(f, unsurRows, nrr.get()));
                }
            }
            for (Row r : lines) {
                if (!names(Term.ROW_IKM_VALUE, r)) {
                    continue;
                }
                Optional<CellValue> ikm = firstNumber(r);
                if (ikm.isEmpty() || !between(ikm.get().number(), 25, 100)) {
                    continue;
                }
                CellValue iv = ikm.get();
                CellValue tw = tertimbang;
                boolean ok = Rounding.holds(r2 -> {
                    Interval base = tw != null ? Rounding.of(tw, false, r2)
                            : Interval.sum(unsur.stream().map(v -> Rounding.of(v, false, r2)).toList()).times(WEIGHT);
                    return base.times(TWENTY_FIVE).intersects(Rounding.of(iv, false, r2));
                });
                if (!ok) {
                    BigDecimal expected = (tw != null ? tw.number() : sum.multiply(WEIGHT)).multiply(TWENTY_FIVE);
                    Finding f = Evidence.at(this, owner.apply(r), r, numberColumn(owner.apply(r), r), iv.printed(),
                            Rounding.format(expected, 2),
                            "IKM = NRR tertimbang × 25 = " + (tw != null ? tw.printed() : Rounding.format(sum, 2) + " × 0,111")
                                    + " × 25 = " + Rounding.format(expected, 2) + ", tertulis " + iv.printed());
                    findings.add(tw != null ? Evidence.from(f, tertimbangRow, numberColumn(owner.apply(tertimbangRow), tertimbangRow))
                            : Evidence.from(f, unsurRows, nrr.get()));
                }
                for (Row m : lines) {
                    if (names(Term.ROW_IKM_MUTU, m)) {
                        String printed = m.values().stream().skip(1).map(CellValue::printed).filter(s -> !s.isBlank())
                                .findFirst().orElse("");
                        String letter = LEADING_COLON.matcher(printed).replaceAll("").trim();
                        Row ikmRow = r;
                        RulesSettings.agreed(scales, scale -> scale.gradeOf(iv.number())
                                .filter(g -> !letter.isEmpty() && scale.grade(letter).map(p -> !p.equals(g)).orElse(false))
                                .map(g -> Evidence.at(this, owner.apply(m), m, letterColumn(owner.apply(m), m), letter,
                                        g.grade(), "IKM " + iv.printed() + " bermutu " + g.grade() + " (" + g.label() + ", "
                                                + g.range() + ") menurut " + scale.regulation() + ", tertulis " + letter)),
                                Finding::expected)
                                .ifPresent(f -> findings.add(Evidence.from(f, ikmRow, numberColumn(owner.apply(ikmRow), ikmRow))));
                    }
                }
            }
        }
        return findings;
    }

    private boolean names(Term term, Row r) {
        return settings.vocabulary().names(term, label(r));
    }

    private static String label(Row r) {
        return r.values().stream().filter(v -> v.kind() == ValueKind.TEXT).map(CellValue::printed).findFirst().orElse("")
                .toLowerCase(Locale.ROOT).trim();
    }

    private static Optional<CellValue> firstNumber(Row r) {
        return r.values().stream().filter(CellValue::isNumber).reduce((a, b) -> b);
    }

    /** The column of the figure {@link #firstNumber} reads, for the evidence outline. */
    private static Column numberColumn(Table table, Row r) {
        for (int i = r.values().size() - 1; i >= 0; i--) {
            if (r.values().get(i).isNumber()) {
                return i < table.columns().size() ? table.columns().get(i) : null;
            }
        }
        return null;
    }

    /** The column of the first printed value after the label ("Mutu Pelayanan | : B"). */
    private static Column letterColumn(Table table, Row r) {
        for (int i = 1; i < r.values().size(); i++) {
            if (!r.values().get(i).printed().isBlank()) {
                return i < table.columns().size() ? table.columns().get(i) : null;
            }
        }
        return null;
    }

    private static boolean between(BigDecimal v, int lo, int hi) {
        return v.compareTo(BigDecimal.valueOf(lo)) >= 0 && v.compareTo(BigDecimal.valueOf(hi)) <= 0;
    }

    /** The column holding most values between 1 and 4, in a table about service elements (unsur). */
    private static Optional<Column> nrrColumn(Table table) {
        if (!table.about(Term.TOPIC_SURVEY)) {
            return Optional.empty();
        }
        Column best = null;
        long bestCount = 0;
        for (Column c : table.columns()) {
            long n = table.dataRows().stream().map(r -> r.get(c.index()))
                    .filter(v -> v.isNumber() && v.decimals() > 0 && between(v.number(), 1, 4)).count();
            if (n > bestCount) {
                best = c;
                bestCount = n;
            }
        }
        return bestCount >= 5 ? Optional.of(best) : Optional.empty();
    }
}
