package id.inspektorat.lkauditor.rules.totals;

import id.inspektorat.lkauditor.extraction.Box;
import id.inspektorat.lkauditor.normalization.Table;
import id.inspektorat.lkauditor.rules.Evidence;
import id.inspektorat.lkauditor.rules.Finding;
import id.inspektorat.lkauditor.rules.Rounding;
import id.inspektorat.lkauditor.rules.RuleInfo;
import id.inspektorat.lkauditor.rules.TableRule;
import id.inspektorat.lkauditor.vocabulary.Severity;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * A part — neither a row's whole nor a JUMLAH-row figure — misprinted so that both sums it belongs
 * to break: its row's ({@code L + P ≠ L+P}) and its column's ({@code JUMLAH}), and the one correction
 * that mends the row also mends the column. Both totals are right; the error is this cell, reported
 * once with both recomputations (the totals rules leave those two breaks to it).
 */
@Component
@RuleInfo(id = CrossedTotals.PART, severity = Severity.ERROR,
        summary = "Satu angka rincian membuat jumlah barisnya dan jumlah kolomnya sama-sama tidak cocok")
public final class CellBreaksBothTotals implements TableRule {

    @Override
    public List<Finding> check(Table table) {
        List<Finding> findings = new ArrayList<>();
        for (CrossedTotals.Crossing x : CrossedTotals.of(table)) {
            if (!x.owner().equals(CrossedTotals.PART)) {
                continue;
            }
            String corrected = Rounding.format(x.corrected(), x.printed().decimals());
            String message = "Angka ini tertulis " + x.printed().printed() + "; bila " + corrected
                    + ", jumlah barisnya dan jumlah kolomnya sama-sama cocok. Menurut barisnya: "
                    + x.row().finding().message() + ". Menurut kolomnya: " + x.column().finding().message();
            Finding f = Evidence.at(this, table, x.cellRow(), x.cellColumn(), x.printed().printed(), corrected, message);
            List<Box> sources = new ArrayList<>(CrossedTotals.cells(x.row().finding()));
            sources.addAll(CrossedTotals.cells(x.column().finding()));
            findings.add(f.withSources(sources));
        }
        return findings;
    }
}
