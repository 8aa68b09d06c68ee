package id.inspektorat.lkauditor.rules.budget;

import id.inspektorat.lkauditor.vocabulary.Term;
import id.inspektorat.lkauditor.normalization.CellValue;
import id.inspektorat.lkauditor.normalization.Column;
import id.inspektorat.lkauditor.normalization.Row;
import id.inspektorat.lkauditor.normalization.Table;
import id.inspektorat.lkauditor.rules.Evidence;
import id.inspektorat.lkauditor.rules.Finding;
import id.inspektorat.lkauditor.rules.RuleInfo;
import id.inspektorat.lkauditor.vocabulary.Severity;
import id.inspektorat.lkauditor.rules.TableRule;
import id.inspektorat.lkauditor.understanding.TableShape;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Belanja realised above its anggaran: not allowed for spending, so doubtful at least (a
 * pendapatan table may legitimately exceed its target, hence a warning). A split pagu is paired
 * by sub-header: Realisasi › TOTAL against Pagu › TOTAL, never against Pagu › RPM.
 */
@Component
@RuleInfo(id = "LK-BUD-02", severity = Severity.WARNING, summary = "Realisasi anggaran melebihi pagu anggaran")
public final class OverspentBudget implements TableRule {

    @Override
    public List<Finding> check(Table table) {
        List<Finding> findings = new ArrayList<>();
        Optional<Column> realisasi = BudgetBalanceMismatch.realisasi(table).filter(c -> TableShape.isAmountColumn(table, c));
        Optional<Column> anggaran = realisasi.flatMap(r -> pagu(table, r));
        if (anggaran.isEmpty() || realisasi.isEmpty() || table.captionHas(Term.CAPTION_REVENUE)) {
            return findings;
        }
        for (Row row : table.rows()) {
            CellValue a = row.get(anggaran.get().index());
            CellValue r = row.get(realisasi.get().index());
            if (a.isNumber() && r.isNumber() && r.number().compareTo(a.number()) > 0) {
                findings.add(Evidence.from(Evidence.at(this, table, row, realisasi.get(), r.printed(), a.printed(),
                        "Realisasi " + r.printed() + " melebihi anggaran " + a.printed()), row, anggaran.get()));
            }
        }
        return findings;
    }

    /**
     * The anggaran column the realisasi is held against: the only one, or, when the pagu is split
     * (RPM / SBSN / PHLN / TOTAL), the one under the same sub-header as the realisasi; none when
     * that pairing cannot be made.
     */
    private static Optional<Column> pagu(Table table, Column realisasi) {
        List<Column> candidates = table.columns().stream()
                .filter(c -> BudgetBalanceMismatch.isAnggaran(c) && TableShape.isAmountColumn(table, c)).toList();
        if (candidates.size() <= 1) {
            return candidates.stream().findFirst();
        }
        return candidates.stream().filter(c -> c.depth() > 1 && realisasi.depth() > 1 && c.sameLeaf(realisasi)).findFirst();
    }
}
