package id.inspektorat.lkauditor.history;

import id.inspektorat.lkauditor.rules.Finding;
import java.util.List;

/** What auditing one content under one rules version gave: reusable while neither changes. */
public record AuditResult(String status, int pages, int tables, String titleOpd, int reportYear, String message,
                          List<Finding> findings, List<StoredFact> facts) {

    public AuditResult {
        findings = List.copyOf(findings);
        facts = List.copyOf(facts);
    }

    /** A document that could not be audited. */
    public static AuditResult failed(String status, int pages, String titleOpd, String message) {
        return new AuditResult(status, pages, 0, titleOpd, 0, message, List.of(), List.of());
    }
}
