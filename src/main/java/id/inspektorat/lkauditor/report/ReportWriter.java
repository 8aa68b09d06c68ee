package id.inspektorat.lkauditor.report;

import id.inspektorat.lkauditor.history.DocumentRecord;
import id.inspektorat.lkauditor.intake.Slugs;
import id.inspektorat.lkauditor.review.ReviewedFinding;
import id.inspektorat.lkauditor.review.Verdict;
import id.inspektorat.lkauditor.rules.Finding;
import id.inspektorat.lkauditor.vocabulary.Severity;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Writes the run's results: one findings CSV per OPD (named by the OPD's slug) and
 * {@code documents.csv}, UTF-8 with BOM, CRLF, sorted, with no timestamps, so two runs over the same
 * input give byte-identical files. Files are written beside their final name and moved into place.
 */
public final class ReportWriter {

    public static final String[] FINDING_HEADER = {"opd", "document", "page", "table", "row", "row_label", "column",
            "rule", "severity", "reported", "expected", "message", "evidence", "fingerprint", "verdict"};
    /** The false alarms left out of the reports, with the verdict that left them out. */
    public static final String[] SUPPRESSED_HEADER = {"fingerprint", "verdict", "reviewer", "date", "note", "verdict_source",
            "opd", "document", "page", "table", "row", "row_label", "column", "rule", "severity", "reported", "expected",
            "message"};
    public static final String[] DOCUMENT_HEADER = {"document", "opd", "opd_source", "kind", "kind_source", "year", "year_source", "status", "pages", "tables",
            "tables_understood", "findings", "errors", "warnings", "change", "reused", "sha256", "message"};

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
    }

    private final char separator;
    private final Map<Finding, String> evidence;

    public ReportWriter(char separator) {
        this(separator, Map.of());
    }

    /** @param evidence each finding's image, relative to the output folder */
    public ReportWriter(char separator, Map<Finding, String> evidence) {
        this.separator = separator;
        this.evidence = evidence;
    }

    /** @return the OPD files written, by slug */
    public Map<String, Path> write(Path output, List<AuditedDocument> documents) throws IOException {
        Files.createDirectories(output);
        removeOldReports(output);
        Map<String, List<AuditedDocument>> byOpd = new TreeMap<>();
        for (AuditedDocument d : documents) {
            byOpd.computeIfAbsent(Slugs.slug(opdName(d.record())), k -> new ArrayList<>()).add(d);
        }
        Map<String, Path> written = new TreeMap<>();
        List<String[]> everything = new ArrayList<>();
        for (Map.Entry<String, List<AuditedDocument>> e : byOpd.entrySet()) {
            Path file = output.resolve(e.getKey() + ".csv");
            if (!file.normalize().startsWith(output.normalize())) {
                throw new IOException("refusing to write outside the output folder: " + file);
            }
            List<String[]> rows = new ArrayList<>();
            for (AuditedDocument d : e.getValue()) {
                for (ReviewedFinding r : d.findings()) {
                    Finding f = r.finding();
                    rows.add(new String[]{opdName(d.record()), d.record().path(), Integer.toString(f.page()), f.table(),
                            f.row() == 0 ? "" : Integer.toString(f.row()), f.rowLabel(), f.column(), f.rule(),
                            f.severity().name(), f.reported(), f.expected(), f.message(), evidence.getOrDefault(f, ""),
                            r.fingerprint(), r.confirmed() ? Verdict.Kind.BENAR.name() : ""});
                }
            }
            rows.sort(FINDING_ORDER);
            writeCsv(file, FINDING_HEADER, rows);
            everything.addAll(rows);
            written.put(e.getKey(), file);
        }
        List<String[]> docRows = new ArrayList<>();
        for (AuditedDocument d : documents) {
            DocumentRecord r = d.record();
            long errors = d.reported().stream().filter(f -> f.severity() == Severity.ERROR).count();
            long warnings = d.reported().stream().filter(f -> f.severity() == Severity.WARNING).count();
            docRows.add(new String[]{r.path(), opdName(r), r.opdSource() == null ? "" : r.opdSource(),
                    r.kind() == null ? "" : r.kind(), r.kindSource() == null ? "" : r.kindSource(),
                    r.year() == null ? "" : r.year(), r.yearSource() == null ? "" : r.yearSource(), r.status().name(),
                    number(r.pages()), number(r.tables()), number(r.tablesUnderstood()), Integer.toString(d.findings().size()), Long.toString(errors),
                    Long.toString(warnings), r.changeKind() == null ? "" : r.changeKind(), r.reused() ? "ya" : "tidak",
                    r.sha256(), r.message() == null ? "" : r.message()});
        }
        docRows.sort(Comparator.comparing(a -> a[0]));
        writeCsv(output.resolve("documents.csv"), DOCUMENT_HEADER, docRows);
        everything.sort(FINDING_ORDER);
        writeCsv(output.resolve("all-findings.csv"), FINDING_HEADER, everything);
        writeSuppressed(output, documents);
        return written;
    }

    private void writeSuppressed(Path output, List<AuditedDocument> documents) throws IOException {
        List<String[]> rows = new ArrayList<>();
        for (AuditedDocument d : documents) {
            for (ReviewedFinding r : d.suppressed()) {
                Finding f = r.finding();
                Verdict v = r.verdict();
                rows.add(new String[]{r.fingerprint(), v.kind().name(), v.reviewer(), v.date(), v.note(), v.source(),
                        opdName(d.record()), d.record().path(), Integer.toString(f.page()), f.table(),
                        f.row() == 0 ? "" : Integer.toString(f.row()), f.rowLabel(), f.column(), f.rule(),
                        f.severity().name(), f.reported(), f.expected(), f.message()});
            }
        }
        rows.sort(Comparator.<String[], String>comparing(a -> a[7]).thenComparingInt(a -> Integer.parseInt(a[8]))
                .thenComparing(a -> a[0]));
        writeCsv(output.resolve("suppressed.csv"), SUPPRESSED_HEADER, rows);
    }

    public static String opdName(DocumentRecord r) {
        if (r.opd() != null && !r.opd().isBlank()) {
            return r.opd();
        }
        if (r.folderOpd() != null) {
            return r.folderOpd();
        }
        String name = Path.of(r.path()).getFileName().toString();
        return name.replaceAll("(?i)\\.pdf$", "");
    }

    private static String number(Integer n) {
        return n == null ? "" : n.toString();
    }

    static final Comparator<String[]> FINDING_ORDER = Comparator
            .<String[], String>comparing(a -> a[1])
            .thenComparingInt(a -> Integer.parseInt(a[2]))
            .thenComparing(a -> a[3], ReportWriter::compareTableNames)
            .thenComparingInt(a -> a[4].isEmpty() ? 0 : Integer.parseInt(a[4]))
            .thenComparing(a -> a[6])
            .thenComparing(a -> a[7])
            .thenComparing(a -> a[11])
            .thenComparing(a -> a[13]);

    /** "Tabel 3.9" before "Tabel 3.10". */
    static int compareTableNames(String a, String b) {
        String[] x = a.split("(?<=\\D)(?=\\d)|(?<=\\d)(?=\\D)");
        String[] y = b.split("(?<=\\D)(?=\\d)|(?<=\\d)(?=\\D)");
        for (int i = 0; i < Math.min(x.length, y.length); i++) {
            int c;
            if (x[i].matches("\\d+") && y[i].matches("\\d+") && x[i].length() < 10 && y[i].length() < 10) {
                c = Integer.compare(Integer.parseInt(x[i]), Integer.parseInt(y[i]));
            } else {
                c = x[i].compareTo(y[i]);
            }
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(x.length, y.length);
    }

    private void writeCsv(Path file, String[] header, List<String[]> rows) throws IOException {
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
            w.write('\uFEFF');
            w.write(CsvCells.line(separator, header));
            for (String[] row : rows) {
                w.write(CsvCells.line(separator, row));
            }
        }
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /** Last night's per-OPD files go: an OPD absent tonight must not keep a stale file. */
    private static void removeOldReports(Path output) throws IOException {
        try (DirectoryStream<Path> files = Files.newDirectoryStream(output, "*.{csv,html}")) {
            for (Path f : files) {
                Files.deleteIfExists(f);
            }
        }
    }
}
