package id.inspektorat.lkauditor.crosscheck;

import id.inspektorat.lkauditor.history.StoredFact;
import id.inspektorat.lkauditor.intake.OpdNames;
import id.inspektorat.lkauditor.rules.Finding;
import id.inspektorat.lkauditor.rules.RuleInfo;
import id.inspektorat.lkauditor.vocabulary.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.stereotype.Component;

/**
 * A peer's figure quoted in a peer comparison that the peer's own LK (in tonight's batch, or an
 * earlier run) prints differently.
 */
@Component
@RuleInfo(id = "LK-PEER-01", severity = Severity.ERROR, summary = "Angka OPD pembanding berbeda dari laporan OPD itu sendiri")
public final class PeerFigureMismatch implements BatchRule {

    @Override
    public Map<String, List<Finding>> check(List<ReportFacts> reports) {
        FactIndex index = new FactIndex(reports);
        Map<String, List<Finding>> out = new TreeMap<>();
        for (ReportFacts r : reports) {
            if (!r.inBatch()) {
                continue;
            }
            for (StoredFact quoted : r.facts()) {
                if (quoted.subject().isEmpty()) {
                    continue;
                }
                index.own(quoted.subject(), quoted, 0).filter(own -> own.report() != r && !FactIndex.agree(quoted, own.fact()))
                        .ifPresent(own -> out.computeIfAbsent(r.path(), k -> new ArrayList<>()).add(new Finding(
                                info().id(), info().severity(), quoted.page(), quoted.table(), quoted.row(), "",
                                quoted.column(), quoted.printed(), own.fact().printed(),
                                "Nilai " + quoted.quantity().label() + " " + OpdNames.titleCase(quoted.subject()) + " tahun "
                                        + quoted.year() + " dikutip " + quoted.printed() + ", tetapi laporan "
                                        + own.report().opd() + " sendiri (" + own.report().path() + ", "
                                        + own.fact().place() + ") mencantumkan " + own.fact().printed(),
                                quoted.placeOnPage())));
            }
        }
        return out;
    }
}
