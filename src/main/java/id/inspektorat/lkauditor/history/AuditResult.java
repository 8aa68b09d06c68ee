package id.inspektorat.lkauditor.history;

import id.inspektorat.lkauditor.rules.Finding;
import java.util.List;

/** What auditing one content under one rules version gave: reusable while neither changes. */
public record AuditResult(String status, int pages, int tables, String titleOpd, String message, List<Finding> findings) {

    public AuditResult {
        findings = List.copyOf(findings);
    }
}
