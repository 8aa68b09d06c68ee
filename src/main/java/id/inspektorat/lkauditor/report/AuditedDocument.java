package id.inspektorat.lkauditor.report;

import id.inspektorat.lkauditor.history.DocumentRecord;
import id.inspektorat.lkauditor.intake.Slugs;
import id.inspektorat.lkauditor.review.ReviewedFinding;
import id.inspektorat.lkauditor.rules.Finding;
import id.inspektorat.lkauditor.text.Texts;
import java.nio.file.Path;
import java.util.List;

/**
 * A document of the run with its findings: those reported (unreviewed or confirmed) and those an
 * auditor marked {@code SALAH}, which no report or count shows.
 */
public record AuditedDocument(DocumentRecord record, List<ReviewedFinding> findings, List<ReviewedFinding> suppressed) {

    public AuditedDocument {
        findings = List.copyOf(findings);
        suppressed = List.copyOf(suppressed);
    }

    /** Splits reviewed findings into the reported and the suppressed. */
    public static AuditedDocument of(DocumentRecord record, List<ReviewedFinding> reviewed) {
        return new AuditedDocument(record, reviewed.stream().filter(f -> !f.falseAlarm()).toList(),
                reviewed.stream().filter(ReviewedFinding::falseAlarm).toList());
    }

    /** The findings the reports show. */
    public List<Finding> reported() {
        return findings.stream().map(ReviewedFinding::finding).toList();
    }

    /** The OPD's name as the reports print it. */
    public String opd() {
        return opdName(record);
    }

    /** The OPD's file name (without extension): {@code dinas-pendidikan}. */
    public String slug() {
        return Slugs.slug(opd());
    }

    /** The OPD as the document names it, else its folder, else the file name without {@code .pdf}. */
    public static String opdName(DocumentRecord r) {
        if (r.opd() != null && !r.opd().isBlank()) {
            return r.opd();
        }
        if (r.folderOpd() != null) {
            return r.folderOpd();
        }
        String name = Path.of(r.path()).getFileName().toString();
        return Texts.withoutPdf(name);
    }
}
