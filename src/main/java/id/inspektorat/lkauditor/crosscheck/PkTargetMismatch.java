package id.inspektorat.lkauditor.crosscheck;

import id.inspektorat.lkauditor.facts.Quantity;
import id.inspektorat.lkauditor.history.StoredFact;
import id.inspektorat.lkauditor.intake.DocumentKinds;
import id.inspektorat.lkauditor.rules.Finding;
import id.inspektorat.lkauditor.rules.RuleInfo;
import id.inspektorat.lkauditor.vocabulary.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.springframework.stereotype.Component;

/**
 * A target in an LK that no Perjanjian Kinerja of the same OPD for that year gives: the LK measures
 * its realisasi against the targets its PK set. Compared when the PK is in tonight's input or the
 * history (it was audited on an earlier night). A PK perubahan may set another target: the LK is
 * compared with every PK of the OPD and year and is a finding only when it agrees with none.
 * Targets of the AKIP and IKM indicators (the quantities the facts read); a PK whose tables give no
 * such target is not compared.
 */
@Component
@RuleInfo(id = "LK-PK-01", severity = Severity.WARNING,
        summary = "Target dalam Laporan Kinerja berbeda dari target Perjanjian Kinerja OPD yang sama untuk tahun itu")
public final class PkTargetMismatch implements BatchRule {

    private static final Set<Quantity> TARGETS = Set.of(Quantity.TARGET_AKIP, Quantity.TARGET_IKM);

    @Override
    public Map<String, List<Finding>> check(List<ReportFacts> reports) {
        FactIndex pks = new FactIndex(reports, r -> DocumentKinds.PK.equals(r.kind()));
        Map<String, List<Finding>> out = new TreeMap<>();
        for (ReportFacts r : reports) {
            if (!r.inBatch() || !r.isLk() || r.reportYear() == 0) {
                continue;
            }
            for (StoredFact f : r.facts()) {
                if (!TARGETS.contains(f.quantity()) || !f.subject().isEmpty() || f.year() != r.reportYear()) {
                    continue;
                }
                List<FactIndex.Own> set = pks.all(r.opd(), f, f.year());
                if (set.isEmpty() || set.stream().anyMatch(pk -> FactIndex.agree(f, pk.fact()))) {
                    continue;
                }
                FactIndex.Own pk = set.get(0);
                out.computeIfAbsent(r.path(), k -> new ArrayList<>()).add(new Finding(info().id(), info().severity(), f.page(),
                        f.table(), f.row(), "", f.column(), f.printed(), pk.fact().printed(), "Nilai " + f.quantity().label()
                        + " tahun " + f.year() + " tertulis " + f.printed() + ", tetapi Perjanjian Kinerja tahun " + f.year()
                        + " (" + pk.report().path() + ", " + pk.fact().place() + ") menetapkan " + pk.fact().printed()
                        + (set.size() > 1 ? " (dan " + (set.size() - 1) + " PK lain, tidak ada yang sama)" : ""),
                        f.placeOnPage()));
            }
        }
        return out;
    }
}
