package id.inspektorat.lkauditor.crosscheck;

import id.inspektorat.lkauditor.history.StoredFact;
import id.inspektorat.lkauditor.intake.DocumentKinds;
import java.util.List;

/**
 * One audited report's facts, for comparing reports.
 *
 * @param path       the document (relative to its run's input folder)
 * @param opd        its OPD
 * @param reportYear the year it reports on, or 0
 * @param facts      its facts
 * @param inBatch    from tonight's run (findings are written for these), or from an earlier run
 * @param kind       its kind (LK, PK, RENSTRA, …; empty when not read)
 */
public record ReportFacts(String path, String opd, int reportYear, List<StoredFact> facts, boolean inBatch, String kind) {

    public ReportFacts {
        facts = List.copyOf(facts);
        kind = kind == null ? "" : kind;
    }

    /** A report whose kind is not known: read as an LK. */
    public ReportFacts(String path, String opd, int reportYear, List<StoredFact> facts, boolean inBatch) {
        this(path, opd, reportYear, facts, inBatch, "");
    }

    /** An LK, or a report of unknown kind (read as one): not a Renstra, Renja, PK, LHE or realisation table. */
    public boolean isLk() {
        return !DocumentKinds.isOtherThanLk(kind);
    }
}
