package id.inspektorat.lkauditor.rules.reference;

import id.inspektorat.lkauditor.facts.Fact;
import id.inspektorat.lkauditor.facts.Quantity;
import id.inspektorat.lkauditor.normalization.CellValue;
import id.inspektorat.lkauditor.normalization.NumberParser;
import id.inspektorat.lkauditor.rules.AuditRule;
import id.inspektorat.lkauditor.rules.DocumentUnderAudit;
import id.inspektorat.lkauditor.rules.Evidence;
import id.inspektorat.lkauditor.rules.Finding;
import id.inspektorat.lkauditor.rules.Rounding;
import id.inspektorat.lkauditor.rules.RuleInfo;
import id.inspektorat.lkauditor.settings.ReferenceData;
import id.inspektorat.lkauditor.vocabulary.Severity;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * An AKIP score in the report — its own, or a peer's it quotes — that is not the Inspektorat's
 * official score for that OPD and year (LHE recap in {@code rules/reference/}).
 */
@Component
@RuleInfo(id = "LK-REF-01", severity = Severity.ERROR, summary = "Nilai AKIP berbeda dari nilai resmi hasil evaluasi Inspektorat (LHE)")
public final class ReferenceScoreMismatch implements AuditRule {

    private final ReferenceData reference;

    public ReferenceScoreMismatch(ReferenceData reference) {
        this.reference = reference;
    }

    @Override
    public List<Finding> check(DocumentUnderAudit document) {
        List<Finding> findings = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Fact f : document.facts()) {
            if (f.quantity() != Quantity.REALISASI_AKIP) {
                continue;
            }
            String opd = f.own() ? document.opd() : f.subject();
            reference.akip(opd, f.year()).ifPresent(official -> {
                CellValue printed = f.value();
                CellValue ref = new NumberParser()
                        .parse(official.score().toPlainString().replace('.', ','));
                boolean same = Rounding.holds(r -> Rounding.of(printed, false, r).intersects(Rounding.of(ref, false, r)));
                if (!same && seen.add(f.place())) {
                    findings.add(Evidence.at(this, f.table(), f.row(), f.column(), printed.printed(), ref.printed(),
                            "Nilai AKIP " + official.opd() + " tahun " + f.year() + " tertulis " + printed.printed()
                                    + ", nilai resmi " + ref.printed() + " (" + official.predikat() + ") menurut "
                                    + official.source()));
                }
            });
        }
        return findings;
    }
}
