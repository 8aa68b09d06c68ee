package id.inspektorat.lkauditor.rules.budget;

import id.inspektorat.lkauditor.vocabulary.Term;
import id.inspektorat.lkauditor.normalization.CellValue;
import id.inspektorat.lkauditor.normalization.Column;
import id.inspektorat.lkauditor.normalization.Row;
import id.inspektorat.lkauditor.normalization.Table;
import id.inspektorat.lkauditor.rules.Evidence;
import id.inspektorat.lkauditor.rules.Finding;
import id.inspektorat.lkauditor.rules.RowRelation;
import id.inspektorat.lkauditor.rules.RuleInfo;
import id.inspektorat.lkauditor.rules.Rounding;
import id.inspektorat.lkauditor.vocabulary.Severity;
import id.inspektorat.lkauditor.rules.TableRule;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** A sisa (remaining budget) that is not anggaran − realisasi. */
@Component
@RuleInfo(id = "LK-BUD-01", severity = Severity.ERROR, summary = "Sisa anggaran tidak sama dengan anggaran dikurangi realisasi")
public final class BudgetBalanceMismatch implements TableRule {

    @Override
    public List<Finding> check(Table table) {
        List<Finding> findings = new ArrayList<>();
        Optional<Column> sisa = table.column(c -> c.has(Term.SISA) && !c.has(Term.PERCENT));
        Optional<Column> anggaran = table.column(c -> isAnggaran(c) && sisa.map(s -> s != c).orElse(false));
        Optional<Column> realisasi = realisasi(table);
        if (sisa.isEmpty() || anggaran.isEmpty() || realisasi.isEmpty()) {
            return findings;
        }
        RowRelation relation = new RowRelation();
        for (Row row : table.rows()) {
            CellValue a = row.get(anggaran.get().index());
            CellValue r = row.get(realisasi.get().index());
            CellValue s = row.get(sisa.get().index());
            if (!a.isNumber() || !r.isNumeric() || !s.isNumeric()) {
                continue;
            }
            BigDecimal expected = a.number().subtract(r.numberOrZero());
            if (Rounding.holds(rd -> Rounding.of(a, true, rd).minus(Rounding.of(r, true, rd)).intersects(Rounding.of(s, true, rd)))) {
                relation.holds(row);
                continue;
            }
            String e = Rounding.format(expected, Math.max(a.decimals(), s.decimals()));
            relation.breaks(row, Evidence.from(Evidence.at(this, table, row, sisa.get(), s.printed(), e,
                    "Sisa = anggaran − realisasi = " + a.printed() + " − " + r.printed() + " = " + e + ", tertulis " + s.printed()),
                    row, anggaran.get(), realisasi.get()));
        }
        findings.addAll(relation.findings());
        return findings;
    }

    /**
     * The realisasi amount column: the only one, or among several (Pegawai, Barang &amp; Jasa, Modal,
     * Total) the total; none when that is ambiguous.
     */
    static Optional<Column> realisasi(Table table) {
        List<Column> candidates = table.columns().stream().filter(c -> c.has(Term.REALISASI)
                && !c.hasAny(Term.PERCENT, Term.SISA, Term.KINERJA)).toList();
        if (candidates.size() == 1) {
            return Optional.of(candidates.get(0));
        }
        return candidates.stream().filter(c -> c.has(Term.TOTAL_NAMED))
                .findFirst();
    }

    static boolean isAnggaran(Column c) {
        return c.has(Term.ANGGARAN) && !c.hasAny(Term.REALISASI, Term.SISA, Term.PERCENT, Term.PENYERAPAN);
    }
}
