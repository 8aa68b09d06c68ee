package id.inspektorat.lkauditor.history;

import id.inspektorat.lkauditor.facts.Quantity;
import id.inspektorat.lkauditor.intake.DiscoveredDocument;
import id.inspektorat.lkauditor.intake.DocumentStatus;
import id.inspektorat.lkauditor.rules.Finding;
import id.inspektorat.lkauditor.vocabulary.Severity;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The audit history in the job repository's database: documents per run, and results with their
 * findings per (content hash, rules version). A result and its findings are written in one
 * transaction, replacing what was there, so a document audited twice (a restart) never doubles.
 */
@Repository
public class AuditHistory {

    private final JdbcTemplate jdbc;

    public AuditHistory(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Records the discovered documents of a run; a restarted run keeps the rows it has. */
    @Transactional
    public void registerDocuments(long jobInstanceId, List<DiscoveredDocument> docs) {
        for (DiscoveredDocument d : docs) {
            Integer present = jdbc.queryForObject(
                    "SELECT COUNT(*) FROM LK_DOCUMENT WHERE JOB_INSTANCE_ID = ? AND PATH = ?", Integer.class,
                    jobInstanceId, d.path());
            if (present != null && present > 0) {
                continue;
            }
            String change = changeKind(jobInstanceId, d);
            jdbc.update("INSERT INTO LK_DOCUMENT (JOB_INSTANCE_ID, PATH, SHA256, SIZE_BYTES, FOLDER_OPD, STATUS, MESSAGE, CHANGE_KIND) "
                            + "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                    jobInstanceId, d.path(), d.sha256(), d.size(), d.folderOpd(), d.status().name(), d.message(), change);
        }
    }

    /** NEW: never seen at this path; CHANGED: seen with other content; SAME: as in the last run. */
    private String changeKind(long jobInstanceId, DiscoveredDocument d) {
        List<String> previous = jdbc.queryForList(
                "SELECT SHA256 FROM LK_DOCUMENT WHERE PATH = ? AND JOB_INSTANCE_ID < ? ORDER BY JOB_INSTANCE_ID DESC LIMIT 1",
                String.class, d.path(), jobInstanceId);
        if (previous.isEmpty()) {
            return "BARU";
        }
        return previous.get(0).equals(d.sha256()) ? "TETAP" : "BERUBAH";
    }

    public List<DocumentRecord> documents(long jobInstanceId) {
        return jdbc.query("SELECT * FROM LK_DOCUMENT WHERE JOB_INSTANCE_ID = ? ORDER BY PATH", AuditHistory::document,
                jobInstanceId);
    }

    public DocumentRecord document(long id) {
        return jdbc.queryForObject("SELECT * FROM LK_DOCUMENT WHERE ID = ?", AuditHistory::document, id);
    }

    public Optional<AuditResult> result(String sha256, String rulesVersion) {
        List<AuditResult> found = jdbc.query("SELECT * FROM LK_RESULT WHERE SHA256 = ? AND RULES_VERSION = ?",
                (rs, i) -> new AuditResult(DocumentStatus.valueOf(rs.getString("STATUS")), rs.getInt("PAGES"), rs.getInt("TABLES_COUNT"),
                        rs.getInt("TABLES_UNDERSTOOD"), lines(rs.getString("NOT_UNDERSTOOD")), rs.getString("TITLE_OPD"), rs.getInt("REPORT_YEAR"), rs.getString("MESSAGE"),
                        findings(sha256, rulesVersion), facts(sha256, rulesVersion), rs.getString("KIND"),
                        rs.getString("KIND_SOURCE"), rs.getString("YEAR_PRINTED"), rs.getString("YEAR_SOURCE"),
                        rs.getString("TITLE_OPD_SOURCE")),
                sha256, rulesVersion);
        return found.stream().findFirst();
    }

    public List<Finding> findings(String sha256, String rulesVersion) {
        return jdbc.query("SELECT * FROM LK_FINDING WHERE SHA256 = ? AND RULES_VERSION = ? ORDER BY SEQ",
                (rs, i) -> new Finding(rs.getString("RULE_ID"), Severity.valueOf(rs.getString("SEVERITY")),
                        rs.getInt("PAGE"), rs.getString("TABLE_NAME"), rs.getInt("ROW_NO"), rs.getString("ROW_LABEL"),
                        rs.getString("COLUMN_LABEL"), rs.getString("REPORTED"), rs.getString("EXPECTED"),
                        rs.getString("MESSAGE"), Finding.Geometry.decode(rs.getString("GEOMETRY"),
                                rs.getString("EVIDENCE_SOURCES"))),
                sha256, rulesVersion);
    }

    public List<StoredFact> facts(String sha256, String rulesVersion) {
        return jdbc.query("SELECT * FROM LK_FACT WHERE SHA256 = ? AND RULES_VERSION = ? ORDER BY SEQ",
                (rs, i) -> new StoredFact(Quantity.valueOf(rs.getString("QUANTITY")),
                        rs.getString("DETAIL"), rs.getString("SUBJECT"), rs.getInt("FACT_YEAR"), rs.getString("PRINTED"),
                        rs.getString("TABLE_NAME"), rs.getInt("PAGE"), rs.getInt("ROW_NO"), rs.getString("COLUMN_LABEL"),
                        rs.getString("GEOMETRY")),
                sha256, rulesVersion);
    }

    /** The report year recorded for a content under a rules version, or 0. */
    public int reportYear(String sha256, String rulesVersion) {
        List<Integer> y = jdbc.queryForList("SELECT REPORT_YEAR FROM LK_RESULT WHERE SHA256 = ? AND RULES_VERSION = ?",
                Integer.class, sha256, rulesVersion);
        return y.isEmpty() || y.get(0) == null ? 0 : y.get(0);
    }

    /** The rules version of the newest stored result for a content. */
    public String latestRulesVersion(String sha256) {
        List<String> v = jdbc.queryForList("SELECT RULES_VERSION FROM LK_RESULT WHERE SHA256 = ? AND STATUS = ?",
                String.class, sha256, DocumentStatus.AUDITED.name());
        return v.isEmpty() ? null : v.get(v.size() - 1);
    }

    /** Audited documents of earlier runs, newest first (the history the cross-report checks look back on). */
    public List<DocumentRecord> earlierAuditedDocuments(long jobInstanceId) {
        return jdbc.query("SELECT * FROM LK_DOCUMENT WHERE JOB_INSTANCE_ID < ? AND STATUS = ? ORDER BY JOB_INSTANCE_ID DESC, PATH",
                AuditHistory::document, jobInstanceId, DocumentStatus.AUDITED.name());
    }

    /** Audited documents of the newest earlier run that audited any (what tonight's changes are counted against). */
    public List<DocumentRecord> previousRunDocuments(long jobInstanceId) {
        return jdbc.query("SELECT * FROM LK_DOCUMENT WHERE STATUS = ? AND JOB_INSTANCE_ID = "
                        + "(SELECT MAX(JOB_INSTANCE_ID) FROM LK_DOCUMENT WHERE JOB_INSTANCE_ID < ? AND STATUS = ?) ORDER BY PATH",
                AuditHistory::document, DocumentStatus.AUDITED.name(), jobInstanceId, DocumentStatus.AUDITED.name());
    }

    /** Replaces the cross-report findings of a run (a restarted run writes them again, never twice). */
    @Transactional
    public void saveBatchFindings(long jobInstanceId, Map<String, List<Finding>> byPath) {
        jdbc.update("DELETE FROM LK_BATCH_FINDING WHERE JOB_INSTANCE_ID = ?", jobInstanceId);
        for (Map.Entry<String, List<Finding>> e : byPath.entrySet()) {
            int seq = 0;
            for (Finding f : e.getValue()) {
                jdbc.update("INSERT INTO LK_BATCH_FINDING (JOB_INSTANCE_ID, PATH, SEQ, RULE_ID, SEVERITY, PAGE, TABLE_NAME, ROW_NO, ROW_LABEL, COLUMN_LABEL, REPORTED, EXPECTED, MESSAGE, GEOMETRY) "
                                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                        jobInstanceId, e.getKey(), seq++, f.rule(), f.severity().name(), f.page(), truncate(f.table(), 300),
                        f.row(), truncate(f.rowLabel(), 300), truncate(f.column(), 500), truncate(f.reported(), 500),
                        truncate(f.expected(), 500), truncate(f.message(), 4000), geometryOf(f));
            }
        }
    }

    private static String geometryOf(Finding f) {
        return f.geometry() == null ? null : geometryOrNull(f.geometry().encode());
    }

    /**
     * An encoded geometry that fits its column (300 characters), else none: a cut encoding would not
     * decode, and an image is a help, not a must.
     */
    private static String geometryOrNull(String encoded) {
        return encoded == null || encoded.isEmpty() || encoded.length() > 300 ? null : encoded;
    }

    public List<Finding> batchFindings(long jobInstanceId, String path) {
        return jdbc.query("SELECT * FROM LK_BATCH_FINDING WHERE JOB_INSTANCE_ID = ? AND PATH = ? ORDER BY SEQ",
                (rs, i) -> new Finding(rs.getString("RULE_ID"), Severity.valueOf(rs.getString("SEVERITY")),
                        rs.getInt("PAGE"), rs.getString("TABLE_NAME"), rs.getInt("ROW_NO"), rs.getString("ROW_LABEL"),
                        rs.getString("COLUMN_LABEL"), rs.getString("REPORTED"), rs.getString("EXPECTED"),
                        rs.getString("MESSAGE"), Finding.Geometry.decode(rs.getString("GEOMETRY"), null)),
                jobInstanceId, path);
    }

    /** Stores a result and its findings, replacing an earlier one for the same content and rules. */
    @Transactional
    public void saveResult(String sha256, String rulesVersion, AuditResult result) {
        jdbc.update("DELETE FROM LK_FINDING WHERE SHA256 = ? AND RULES_VERSION = ?", sha256, rulesVersion);
        jdbc.update("DELETE FROM LK_FACT WHERE SHA256 = ? AND RULES_VERSION = ?", sha256, rulesVersion);
        jdbc.update("DELETE FROM LK_RESULT WHERE SHA256 = ? AND RULES_VERSION = ?", sha256, rulesVersion);
        jdbc.update("INSERT INTO LK_RESULT (SHA256, RULES_VERSION, STATUS, PAGES, TABLES_COUNT, TABLES_UNDERSTOOD, NOT_UNDERSTOOD, "
                        + "TITLE_OPD, REPORT_YEAR, MESSAGE, KIND, KIND_SOURCE, YEAR_PRINTED, YEAR_SOURCE, TITLE_OPD_SOURCE) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                sha256, rulesVersion, result.status().name(), result.pages(), result.tables(), result.tablesUnderstood(),
                truncate(String.join("\n", result.notUnderstood()), 4000), result.titleOpd(),
                result.reportYear(), truncate(result.message(), 4000), result.kind(), result.kindSource(),
                truncate(result.yearPrinted(), 200), result.yearSource(), result.titleOpdSource());
        int factSeq = 0;
        for (StoredFact f : result.facts()) {
            jdbc.update("INSERT INTO LK_FACT (SHA256, RULES_VERSION, SEQ, QUANTITY, DETAIL, SUBJECT, FACT_YEAR, PRINTED, TABLE_NAME, PAGE, ROW_NO, COLUMN_LABEL, GEOMETRY) "
                            + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    sha256, rulesVersion, factSeq++, f.quantity().name(), truncate(f.detail(), 300), truncate(f.subject(), 300),
                    f.year(), truncate(f.printed(), 100), truncate(f.table(), 300), f.page(), f.row(), truncate(f.column(), 500),
                    geometryOrNull(f.geometry()));
        }
        int seq = 0;
        for (Finding f : result.findings()) {
            jdbc.update("INSERT INTO LK_FINDING (SHA256, RULES_VERSION, SEQ, RULE_ID, SEVERITY, PAGE, TABLE_NAME, ROW_NO, ROW_LABEL, COLUMN_LABEL, REPORTED, EXPECTED, MESSAGE, GEOMETRY, EVIDENCE_SOURCES) "
                            + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    sha256, rulesVersion, seq++, f.rule(), f.severity().name(), f.page(), truncate(f.table(), 300),
                    f.row(), truncate(f.rowLabel(), 300), truncate(f.column(), 500), truncate(f.reported(), 500),
                    truncate(f.expected(), 500), truncate(f.message(), 4000),
                    geometryOf(f), f.geometry() == null ? null : f.geometry().encodeSources());
        }
    }

    public void completeDocument(long id, String opd, String opdSource, AuditResult result, boolean reused, long millis) {
        jdbc.update("UPDATE LK_DOCUMENT SET OPD = ?, OPD_SOURCE = ?, KIND = ?, KIND_SOURCE = ?, YEAR_PRINTED = ?, YEAR_SOURCE = ?, STATUS = ?, PAGES = ?, TABLES_COUNT = ?, TABLES_UNDERSTOOD = ?, "
                        + "NOT_UNDERSTOOD = ?, FINDINGS_COUNT = ?, MESSAGE = ?, REUSED = ?, MILLIS = ? WHERE ID = ?",
                opd, opdSource, result.kind(), result.kindSource(), truncate(result.yearPrinted(), 200), result.yearSource(),
                result.status().name(), result.pages(), result.tables(),
                result.tablesUnderstood(),
                truncate(String.join("\n", result.notUnderstood()), 4000), result.findings().size(),
                truncate(result.message(), 4000), reused, millis, id);
    }

    private static List<String> lines(String s) {
        return s == null || s.isEmpty() ? List.of() : List.of(s.split("\n"));
    }

    private static String truncate(String s, int max) {
        if (s == null) {
            return null;
        }
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }

    private static DocumentRecord document(ResultSet rs, int i) throws SQLException {
        return new DocumentRecord(rs.getLong("ID"), rs.getLong("JOB_INSTANCE_ID"), rs.getString("PATH"),
                rs.getString("SHA256"), rs.getLong("SIZE_BYTES"), rs.getString("FOLDER_OPD"), rs.getString("OPD"),
                rs.getString("OPD_SOURCE"), rs.getString("KIND"), rs.getString("KIND_SOURCE"),
                rs.getString("YEAR_PRINTED"), rs.getString("YEAR_SOURCE"), DocumentStatus.valueOf(rs.getString("STATUS")), (Integer) rs.getObject("PAGES"),
                (Integer) rs.getObject("TABLES_COUNT"), (Integer) rs.getObject("TABLES_UNDERSTOOD"),
                rs.getString("NOT_UNDERSTOOD"), (Integer) rs.getObject("FINDINGS_COUNT"),
                rs.getString("MESSAGE"), rs.getString("CHANGE_KIND"), rs.getBoolean("REUSED"),
                (Long) rs.getObject("MILLIS"));
    }
}
