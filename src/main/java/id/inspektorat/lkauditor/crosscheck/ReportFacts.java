package id.inspektorat.lkauditor.crosscheck;

import id.inspektorat.lkauditor.history.StoredFact;
import java.util.List;

/**
 * One audited report's facts, for comparing reports.
 *
 * @param path       the document (relative to its run's input folder)
 * @param opd        its OPD
 * @param reportYear the year it reports on, or 0
 * @param facts      its facts
 * @param inBatch    from tonight's run (findings are written for these), or from an earlier run
 */
public record ReportFacts(String path, String opd, int reportYear, List<StoredFact> facts, boolean inBatch) {

    public ReportFacts {
        facts = List.copyOf(facts);
    }
}
