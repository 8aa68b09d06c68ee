package id.inspektorat.lkauditor.rules.consistency;

import id.inspektorat.lkauditor.facts.Fact;
import id.inspektorat.lkauditor.normalization.Table;
import id.inspektorat.lkauditor.rules.AuditRule;
import id.inspektorat.lkauditor.rules.DocumentUnderAudit;
import id.inspektorat.lkauditor.rules.Evidence;
import id.inspektorat.lkauditor.rules.Finding;
import id.inspektorat.lkauditor.rules.Rounding;
import id.inspektorat.lkauditor.rules.RuleInfo;
import id.inspektorat.lkauditor.vocabulary.Severity;
import id.inspektorat.lkauditor.vocabulary.Term;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * One quantity of the report printed differently in two places (total realisasi in the program
 * table and in Realisasi Anggaran; belanja modal in Bab II and Bab III; capaian AKIP in the IKU
 * table and the efficiency table; a year's target in the PK, the capaian and the Renstra table).
 * The figure most places print is taken as the report's; each place that differs is a finding
 * naming the other place. With one place against one, either may be wrong: the later place is
 * reported, and the message says so. Money must agree exactly, scores within the rounding of their decimals.
 */
@Component
@RuleInfo(id = "LK-FACT-01", severity = Severity.ERROR, summary = "Angka yang sama tertulis berbeda di dua tempat dalam laporan")
public final class QuantityPrintedDifferently implements AuditRule {

    /**
     * A table that gives one quantity two different figures (two rows: "Indeks Kepuasan Masyarakat
     * terhadap pelayanan" and "... pengguna kendaraan umum AKDP"; or two columns of one row: the
     * Renja's "Rancangan Awal" and "Hasil Analisis Kebutuhan" pagu) tells its subjects or stages
     * apart where the tool does not: its figures are left out of the comparison.
     */
    private static List<Fact> withoutAmbiguousTables(List<Fact> group) {
        Set<Table> ambiguous =
                Collections.newSetFromMap(new IdentityHashMap<>());
        for (int i = 0; i < group.size(); i++) {
            for (int j = i + 1; j < group.size(); j++) {
                Fact a = group.get(i);
                Fact b = group.get(j);
                if (a.table() == b.table() && (a.row() != b.row() || a.column() != b.column()) && !agree(a, b)) {
                    ambiguous.add(a.table());
                }
            }
        }
        return ambiguous.isEmpty() ? group : group.stream().filter(f -> !ambiguous.contains(f.table())).toList();
    }


    /**
     * The planning stage a figure belongs to, when its column (or else its table's caption) names one:
     * a Renja prints the same
     * program's pagu at the "Rancangan Awal", the "Hasil Analisis Kebutuhan" and the final stage,
     * rightly different. Figures of different stages are not one quantity.
     */
    private static String stage(Fact f) {
        String stage = f.column() == null ? "" : f.column().cue(Term.PLANNING_STAGE);
        return stage.isEmpty() ? f.table().captionCue(Term.CAPTION_STAGE) : stage;
    }

    @Override
    public List<Finding> check(DocumentUnderAudit document) {
        Map<String, List<Fact>> groups = new LinkedHashMap<>();
        for (Fact f : document.facts()) {
            groups.computeIfAbsent(f.quantity() + "|" + f.detail() + "|" + f.subject() + "|" + f.year() + "|" + stage(f),
                    k -> new ArrayList<>()).add(f);
        }
        List<Finding> findings = new ArrayList<>();
        for (List<Fact> all : groups.values()) {
            List<Fact> group = withoutAmbiguousTables(all);
            List<List<Fact>> clusters = new ArrayList<>();
            for (Fact f : group) {
                clusters.stream().filter(c -> agree(c.get(0), f)).findFirst()
                        .ifPresentOrElse(c -> c.add(f), () -> clusters.add(new ArrayList<>(List.of(f))));
            }
            if (clusters.size() < 2) {
                continue;
            }
            List<Fact> major = clusters.get(0);
            for (List<Fact> c : clusters) {
                if (c.size() > major.size()) {
                    major = c;
                }
            }
            boolean tie = clusters.stream().filter(c -> c.size() == clusters.get(0).size()).count() == clusters.size()
                    && clusters.stream().allMatch(c -> c.size() == 1);
            Fact reference = major.get(0);
            for (List<Fact> c : clusters) {
                if (c == major) {
                    continue;
                }
                for (Fact f : c) {
                    // "Nilai AKIP tahun 2023", "Anggaran program 'x'": a year only where the table names one
                    String label = f.quantity().label();
                    String what = Character.toUpperCase(label.charAt(0)) + label.substring(1)
                            + (f.detail().isEmpty() ? "" : " '" + f.detail() + "'")
                            + (f.own() ? "" : " " + f.subject()) + (f.year() > 0 ? " tahun " + f.year() : "");
                    String message = tie
                            ? what + " tertulis " + f.value().printed() + " di " + f.place() + " dan "
                                    + reference.value().printed() + " di " + reference.place() + "; salah satunya keliru"
                            : what + " tertulis " + f.value().printed() + " di " + f.place() + ", tetapi "
                                    + reference.value().printed() + " di " + reference.place() + " dan "
                                    + (major.size() - 1) + " tempat lain";
                    Finding finding = Evidence.at(this, f.table(), f.row(), f.column(), f.value().printed(),
                            reference.value().printed(), message);
                    for (Fact other : major) { // those printed on the same page are outlined beside it
                        finding = Evidence.from(finding, other.row(), other.column());
                    }
                    findings.add(finding);
                }
            }
        }
        return findings;
    }

    private static boolean agree(Fact a, Fact b) {
        if (a.quantity().isMoney()) {
            return a.value().number().compareTo(b.value().number()) == 0;
        }
        return Rounding.holds(r -> Rounding.of(a.value(), false, r).intersects(Rounding.of(b.value(), false, r)));
    }
}
