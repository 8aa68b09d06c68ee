package id.inspektorat.lkauditor.rules.efficiency;

import id.inspektorat.lkauditor.vocabulary.Term;
import id.inspektorat.lkauditor.normalization.CellValue;
import id.inspektorat.lkauditor.normalization.Column;
import id.inspektorat.lkauditor.normalization.Row;
import id.inspektorat.lkauditor.normalization.Table;
import id.inspektorat.lkauditor.normalization.ValueKind;
import id.inspektorat.lkauditor.rules.Evidence;
import id.inspektorat.lkauditor.rules.Finding;
import id.inspektorat.lkauditor.rules.Interval;
import id.inspektorat.lkauditor.rules.RuleInfo;
import id.inspektorat.lkauditor.rules.Rounding;
import id.inspektorat.lkauditor.vocabulary.Severity;
import id.inspektorat.lkauditor.rules.TableRule;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * A tingkat efisiensi that fits none of the definitions LKs use (spec §5): (1) % capaian kinerja −
 * % penyerapan anggaran, (2) 100 − % penyerapan, (3) (capaian − penyerapan) / capaian × 100, the
 * per-row form of Σ(pagu × capaian − realisasi) / Σ(pagu × capaian), and (4) % capaian / % penyerapan
 * × 100 (seen in real LKs: 99,71 / 94,72 = 105,27 %). The table's definition is the one most of its
 * rows follow; a row that fits none is reported against it. A table none of whose rows follows any
 * of them has a definition of its own, and is left alone.
 */
@Component
@RuleInfo(id = "LK-EFF-01", severity = Severity.ERROR, summary = "Tingkat efisiensi tidak sesuai definisi mana pun")
public final class EfficiencyMismatch implements TableRule {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final String[] NAMES = {"% capaian kinerja − % penyerapan anggaran", "100 − % penyerapan anggaran",
            "(% capaian − % penyerapan) / % capaian × 100", "% capaian kinerja / % penyerapan anggaran × 100"};
    private static final int DEFINITIONS = NAMES.length;

    @Override
    public List<Finding> check(Table table) {
        List<Finding> findings = new ArrayList<>();
        Optional<Column> eff = table.column(c -> c.has(Term.EFISIENSI));
        Optional<Column> serapan = table.column(EfficiencyMismatch::isAbsorption);
        if (eff.isEmpty() || serapan.isEmpty()) {
            return findings;
        }
        Optional<Column> capaian = table.column(c -> c != serapan.get() && !c.has(Term.EFISIENSI)
                && (c.has(Term.CAPAIAN) || c.has(Term.PERCENT) && c.has(Term.KINERJA)));
        List<Row> rows = new ArrayList<>();
        List<boolean[]> fits = new ArrayList<>();
        int[] votes = new int[DEFINITIONS];
        List<Row> data = table.dataRows();
        for (int i = 0; i < data.size(); i++) {
            Row row = data.get(i);
            CellValue e = row.get(eff.get().index());
            CellValue s = row.get(serapan.get().index());
            CellValue c = capaian.map(col -> row.get(col.index())).orElse(CellValue.empty());
            if (!e.isNumber() || !s.isNumeric() || !percentLike(s) || c.isNumber() && !percentLike(c)) {
                continue; // a misread column: an amount where a percentage belongs
            }
            if (capaian.isPresent() && coversRowsBelow(data, i, capaian.get(), eff.get(), serapan.get())) {
                continue; // merged cells: the efficiency is over the group's capaian, which one row does not show
            }
            boolean[] fit = new boolean[DEFINITIONS];
            for (int d = 0; d < DEFINITIONS; d++) {
                int def = d;
                fit[d] = Rounding.holds(r -> value(def, c, s, r).map(v -> v.intersects(Rounding.printed(e.number(), e.decimals(), r))).orElse(false));
                votes[d] += fit[d] ? 1 : 0;
            }
            rows.add(row);
            fits.add(fit);
        }
        int tableDef = 0;
        for (int d = 1; d < DEFINITIONS; d++) {
            if (votes[d] > votes[tableDef]) {
                tableDef = d;
            }
        }
        if (rows.size() >= 2 && votes[tableDef] == 0) {
            return findings; // no row follows a definition the tool knows: the table has its own
        }
        for (int i = 0; i < rows.size(); i++) {
            boolean[] fit = fits.get(i);
            boolean known = false;
            for (boolean f : fit) {
                known |= f;
            }
            if (known) {
                continue;
            }
            Row row = rows.get(i);
            CellValue e = row.get(eff.get().index());
            CellValue s = row.get(serapan.get().index());
            CellValue c = capaian.map(col -> row.get(col.index())).orElse(CellValue.empty());
            int def = votes[tableDef] > 0 ? tableDef : (c.isNumber() ? 0 : 1);
            Optional<BigDecimal> expected = point(def, c, s);
            if (expected.isEmpty()) {
                continue;
            }
            StringBuilder msg = new StringBuilder("Tingkat efisiensi tertulis " + e.printed() + " tidak sesuai definisi mana pun: ");
            for (int d = 0; d < DEFINITIONS; d++) {
                Optional<BigDecimal> v = point(d, c, s);
                if (v.isPresent()) {
                    msg.append(d > 0 ? "; " : "").append(NAMES[d]).append(" = ").append(Rounding.format(v.get(), 2));
                }
            }
            if (votes[tableDef] > 0) {
                msg.append(" (baris lain tabel ini memakai: ").append(NAMES[tableDef]).append("; berlaku pada ")
                        .append(votes[tableDef]).append(" dari ").append(rows.size()).append(" baris yang dapat diuji)");
            }
            Finding f = Evidence.at(this, table, row, eff.get(), e.printed(), Rounding.format(expected.get(), 2), msg.toString());
            findings.add(Evidence.from(f, row, def == 1 ? new Column[] {serapan.get()}
                    : new Column[] {serapan.get(), capaian.orElse(null)}));
        }
        return findings;
    }

    /**
     * Whether the efficiency and penyerapan cells of row {@code i} are merged over the rows below it:
     * the next row has a capaian of its own but neither an efficiency nor a penyerapan ("Maturitas
     * SPIP 94,24 % | 78,52 % | 18,99 %" above "Kapabilitas APIP 100 %" and "Nilai AKIP 98,30 %",
     * whose efficiency is the mean capaian 97,51 − 78,52).
     */
    private static boolean coversRowsBelow(List<Row> data, int i, Column capaian, Column eff, Column serapan) {
        if (i + 1 >= data.size()) {
            return false;
        }
        Row next = data.get(i + 1);
        return next.get(capaian.index()).isNumber() && next.get(eff.index()).kind() == ValueKind.EMPTY
                && next.get(serapan.index()).kind() == ValueKind.EMPTY;
    }

    private static boolean percentLike(CellValue v) {
        return v.numberOrZero().abs().compareTo(BigDecimal.valueOf(1000)) < 0;
    }

    private static boolean isAbsorption(Column c) {
        return !c.has(Term.EFISIENSI) && (c.has(Term.PENYERAPAN) || c.has(Term.PERCENT) && c.hasAny(Term.RUPIAH, Term.ANGGARAN));
    }

    private static Optional<Interval> value(int def, CellValue c, CellValue s, Rounding.Reading r) {
        Interval si = Rounding.of(s, false, r);
        Interval hundred = Interval.exact(HUNDRED);
        if (def == 1) {
            return Optional.of(hundred.minus(si));
        }
        if (!c.isNumber()) {
            return Optional.empty();
        }
        Interval ci = Rounding.of(c, false, r);
        if (def == 0) {
            return Optional.of(ci.minus(si));
        }
        if (def == 3) {
            return Optional.ofNullable(ci.dividedBy(si)).map(v -> v.times(HUNDRED));
        }
        return Optional.ofNullable(ci.minus(si).dividedBy(ci)).map(v -> v.times(HUNDRED));
    }

    private static Optional<BigDecimal> point(int def, CellValue c, CellValue s) {
        BigDecimal sv = s.numberOrZero();
        if (def == 1) {
            return Optional.of(HUNDRED.subtract(sv));
        }
        if (!c.isNumber()) {
            return Optional.empty();
        }
        if (def == 0) {
            return Optional.of(c.number().subtract(sv));
        }
        if (def == 3) {
            return sv.signum() == 0 ? Optional.empty() : Optional.of(c.number().multiply(HUNDRED).divide(sv, Interval.MC));
        }
        return c.number().signum() == 0 ? Optional.empty()
                : Optional.of(c.number().subtract(sv).multiply(HUNDRED).divide(c.number(), Interval.MC));
    }
}
