package id.inspektorat.lkauditor.history;

import id.inspektorat.lkauditor.intake.DocumentStatus;
import id.inspektorat.lkauditor.rules.Finding;
import java.util.List;

/**
 * What auditing one content under one rules version gave: reusable while neither changes.
 *
 * @param tablesUnderstood tables whose figures the tool knows the meaning of (or that hold none)
 * @param notUnderstood    the others, each as "Tabel 3.2 (hlm 12): why"
 * @param kind             LK, RENSTRA, RENJA, PK, LHE or LAIN
 * @param kindSource       where the kind was read: TITLE_PAGE, FILE_NAME, or empty
 * @param reportYear       the year it reports on, 0 for a period or when not sure (year-dependent checks abstain)
 * @param yearPrinted      the year, the period ("2017-2021") or "tidak pasti: …" with the years in play
 * @param yearSource       where it was read (see {@code ReportYears.Source}), or empty
 * @param titleOpdSource   where {@code titleOpd} was read: TITLE_PAGE or TEXT ({@code OpdSource}), or empty
 */
public record AuditResult(DocumentStatus status, int pages, int tables, int tablesUnderstood, List<String> notUnderstood,
                          String titleOpd, int reportYear, String message, List<Finding> findings, List<StoredFact> facts,
                          String kind, String kindSource, String yearPrinted, String yearSource, String titleOpdSource) {

    public AuditResult {
        kind = kind == null ? "" : kind;
        kindSource = kindSource == null ? "" : kindSource;
        yearPrinted = yearPrinted == null ? "" : yearPrinted;
        yearSource = yearSource == null ? "" : yearSource;
        titleOpdSource = titleOpdSource == null || titleOpdSource.isEmpty() ? (titleOpd == null ? "" : "TITLE_PAGE") : titleOpdSource;
        notUnderstood = List.copyOf(notUnderstood);
        findings = List.copyOf(findings);
        facts = List.copyOf(facts);
    }

    /** A document that could not be audited. */
    public static AuditResult failed(DocumentStatus status, int pages, String titleOpd, String message) {
        return new AuditResult(status, pages, 0, 0, List.of(), titleOpd, 0, message, List.of(), List.of(), "", "", "", "", "");
    }

    /** This result with the document's kind. */
    public AuditResult withKind(String k, String source) {
        return new AuditResult(status, pages, tables, tablesUnderstood, notUnderstood, titleOpd, reportYear, message,
                findings, facts, k, source, yearPrinted, yearSource, titleOpdSource);
    }

    /** This result with the year it reports on. */
    public AuditResult withYear(int year, String printed, String source) {
        return new AuditResult(status, pages, tables, tablesUnderstood, notUnderstood, titleOpd, year, message,
                findings, facts, kind, kindSource, printed, source, titleOpdSource);
    }
}
