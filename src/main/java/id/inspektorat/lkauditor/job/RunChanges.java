package id.inspektorat.lkauditor.job;

import id.inspektorat.lkauditor.history.AuditHistory;
import id.inspektorat.lkauditor.history.DocumentRecord;
import id.inspektorat.lkauditor.report.AuditedDocument;
import id.inspektorat.lkauditor.report.Change;
import id.inspektorat.lkauditor.rules.Finding;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What changed since the previous run, per OPD: findings new tonight, fixed since (gone from a
 * document that is still submitted), and still open. A finding is the same when its document, rule,
 * table, row, column and printed figure are.
 */
final class RunChanges {

    private RunChanges() {
    }

    static Map<String, Change> since(AuditHistory history, long instance, List<AuditedDocument> docs) {
        Map<String, Set<String>> before = new HashMap<>();
        for (DocumentRecord d : history.previousRunDocuments(instance)) {
            long previous = d.jobInstanceId();
            String version = history.latestRulesVersion(d.sha256());
            Set<String> keys = new HashSet<>();
            if (version != null) {
                history.findings(d.sha256(), version).forEach(f -> keys.add(key(f)));
            }
            history.batchFindings(previous, d.path()).forEach(f -> keys.add(key(f)));
            before.put(d.path(), keys);
        }
        Map<String, Change> changes = new HashMap<>();
        for (AuditedDocument d : docs) {
            Set<String> now = new HashSet<>();
            d.reported().forEach(f -> now.add(key(f)));
            Set<String> then = before.get(d.record().path());
            int fresh;
            int fixed = 0;
            int open = 0;
            if (then == null) {
                fresh = now.size();
            } else {
                fresh = (int) now.stream().filter(k -> !then.contains(k)).count();
                open = now.size() - fresh;
                fixed = (int) then.stream().filter(k -> !now.contains(k)).count();
            }
            changes.merge(d.slug(), new Change(fresh, fixed, open, then == null), Change::plus);
        }
        return changes;
    }

    private static String key(Finding f) {
        return f.rule() + "|" + f.table() + "|" + f.row() + "|" + f.column() + "|" + f.reported();
    }
}
