package id.inspektorat.lkauditor.report;

import id.inspektorat.lkauditor.review.Verdict;
import id.inspektorat.lkauditor.rules.Finding;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The run as every output format sees it, built once per run: its documents with their reviewed
 * findings, each finding's evidence image, what changed per OPD since the last run, the verdicts whose
 * findings are gone, and what ran. Plain data; no format reads the history or the settings.
 *
 * @param evidence each finding's image, relative to the output folder (none: the finding has no image)
 * @param changes  per OPD slug, what changed since the previous run
 * @param resolved verdicts whose finding no document of this run has any more
 */
public record RunReport(List<AuditedDocument> documents, Map<Finding, String> evidence, Map<String, Change> changes,
                        List<Verdict> resolved, RunInfo info) {

    public RunReport {
        documents = List.copyOf(documents);
        evidence = Map.copyOf(evidence);
        changes = Map.copyOf(changes);
        resolved = List.copyOf(resolved);
    }

    /** A run with nothing but its documents: no images, no earlier run, no verdicts. */
    public static RunReport of(List<AuditedDocument> documents) {
        return new RunReport(documents, Map.of(), Map.of(), List.of(), RunInfo.NONE);
    }

    /** The documents by OPD slug, slugs sorted, documents in the run's order. */
    public Map<String, List<AuditedDocument>> byOpd() {
        Map<String, List<AuditedDocument>> byOpd = new TreeMap<>();
        for (AuditedDocument d : documents) {
            byOpd.computeIfAbsent(d.slug(), k -> new ArrayList<>()).add(d);
        }
        byOpd.replaceAll((k, v) -> Collections.unmodifiableList(v));
        return Collections.unmodifiableMap(byOpd);
    }

    /** The finding's image, relative to the output folder; empty when it has none. */
    public String evidence(Finding f) {
        return evidence.getOrDefault(f, "");
    }
}
