package id.inspektorat.lkauditor.crosscheck;

import id.inspektorat.lkauditor.history.StoredFact;
import id.inspektorat.lkauditor.rules.Finding;
import id.inspektorat.lkauditor.rules.RuleInfo;
import id.inspektorat.lkauditor.vocabulary.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.stereotype.Component;

/**
 * A past year's figure in this year's history table that the OPD's own LK for that year printed
 * differently: last year's realisasi rewritten.
 */
@Component
@RuleInfo(id = "LK-HIST-01", severity = Severity.ERROR, summary = "Angka tahun lalu berbeda dari Laporan Kinerja tahun lalu OPD yang sama")
public final class RewrittenHistory implements BatchRule {

    @Override
    public Map<String, List<Finding>> check(List<ReportFacts> reports) {
        FactIndex index = new FactIndex(reports);
        Map<String, List<Finding>> out = new TreeMap<>();
        for (ReportFacts r : reports) {
            if (!r.inBatch() || r.reportYear() == 0) {
                continue;
            }
            for (StoredFact f : r.facts()) {
                if (!f.subject().isEmpty() || f.year() >= r.reportYear()) {
                    continue;
                }
                index.own(r.opd(), f, f.year()).filter(then -> then.report() != r && !FactIndex.agree(f, then.fact()))
                        .ifPresent(then -> out.computeIfAbsent(r.path(), k -> new ArrayList<>()).add(new Finding(
                                info().id(), info().severity(), f.page(), f.table(), f.row(), "", f.column(), f.printed(),
                                then.fact().printed(), "Nilai " + f.quantity().label() + " tahun " + f.year() + " tertulis "
                                        + f.printed() + ", tetapi Laporan Kinerja tahun " + f.year() + " ("
                                        + then.report().path() + ", " + then.fact().place() + ") mencantumkan "
                                        + then.fact().printed(), f.placeOnPage())));
            }
        }
        return out;
    }
}
