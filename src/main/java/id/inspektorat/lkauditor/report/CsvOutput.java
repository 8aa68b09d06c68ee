package id.inspektorat.lkauditor.report;

import id.inspektorat.lkauditor.history.DocumentRecord;
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

/**
 * The run's CSV files: one findings CSV per OPD (named by the OPD's slug), {@code all-findings.csv},
 * {@code suppressed.csv} (the false alarms left out, with their verdicts) and {@code documents.csv}.
 * UTF-8 with BOM, the configured separator, CRLF, sorted, every cell made safe by {@link CsvCells}, no
 * timestamps. Files are written beside their final name and moved into place. Owns the {@code *.csv}
 * files directly in the output folder: last night's are removed first.
 */
public final class CsvOutput implements OutputFormat {

    public static final String ALL_FINDINGS = "all-findings.csv";
    public static final String SUPPRESSED = "suppressed.csv";
    public static final String DOCUMENTS = "documents.csv";

    public static final String[] FINDING_HEADER = {"opd", "document", "page", "table", "row", "row_label", "column",
            "rule", "severity", "reported", "expected", "message", "evidence", "fingerprint", "verdict"};
    /** The false alarms left out of the reports, with the verdict that left them out. */
    public static final String[] SUPPRESSED_HEADER = {"fingerprint", "verdict", "reviewer", "date", "note", "verdict_source",
            "opd", "document", "page", "table", "row", "row_label", "column", "rule", "severity", "reported", "expected",
            "message"};
    public static final String[] DOCUMENT_HEADER = {"document", "opd", "opd_source", "kind", "kind_source", "year", "year_source", "status", "pages", "tables",
            "tables_understood", "findings", "errors", "warnings", "change", "reused", "sha256", "message"};

    private final char separator;

    public CsvOutput(char separator) {
        this.separator = separator;
    }

    @Override
    public List<Path> write(RunReport run, Path output) throws IOException {
        Files.createDirectories(output);
        removeOldFiles(output);
        List<Path> written = new ArrayList<>();
        List<String[]> everything = new ArrayList<>();
        for (Map.Entry<String, List<AuditedDocument>> e : run.byOpd().entrySet()) {
            Path file = output.resolve(e.getKey() + ".csv");
            if (!file.normalize().startsWith(output.normalize())) {
                throw new IOException("refusing to write outside the output folder: " + file);
            }
            List<String[]> rows = new ArrayList<>();
            for (AuditedDocument d : e.getValue()) {
                for (ReviewedFinding r : d.findings()) {
                    Finding f = r.finding();
                    rows.add(new String[]{d.opd(), d.record().path(), Integer.toString(f.page()), f.table(),
                            f.row() == 0 ? "" : Integer.toString(f.row()), f.rowLabel(), f.column(), f.rule(),
                            f.severity().name(), f.reported(), f.expected(), f.message(), run.evidence(f),
                            r.fingerprint(), r.confirmed() ? Verdict.Kind.BENAR.name() : ""});
                }
            }
            rows.sort(FINDING_ORDER);
            written.add(writeCsv(file, FINDING_HEADER, rows));
            everything.addAll(rows);
        }
        List<String[]> docRows = new ArrayList<>();
        for (AuditedDocument d : run.documents()) {
            DocumentRecord r = d.record();
            long errors = d.reported().stream().filter(f -> f.severity() == Severity.ERROR).count();
            long warnings = d.reported().stream().filter(f -> f.severity() == Severity.WARNING).count();
            docRows.add(new String[]{r.path(), d.opd(), text(r.opdSource()), text(r.kind()), text(r.kindSource()),
                    text(r.year()), text(r.yearSource()), r.status().name(),
                    number(r.pages()), number(r.tables()), number(r.tablesUnderstood()), Integer.toString(d.findings().size()),
                    Long.toString(errors), Long.toString(warnings), text(r.changeKind()), r.reused() ? "ya" : "tidak",
                    r.sha256(), text(r.message())});
        }
        docRows.sort(Comparator.comparing(a -> a[0]));
        written.add(writeCsv(output.resolve(DOCUMENTS), DOCUMENT_HEADER, docRows));
        everything.sort(FINDING_ORDER);
        written.add(writeCsv(output.resolve(ALL_FINDINGS), FINDING_HEADER, everything));
        written.add(writeCsv(output.resolve(SUPPRESSED), SUPPRESSED_HEADER, suppressedRows(run)));
        return written;
    }

    private static List<String[]> suppressedRows(RunReport run) {
        List<String[]> rows = new ArrayList<>();
        for (AuditedDocument d : run.documents()) {
            for (ReviewedFinding r : d.suppressed()) {
                Finding f = r.finding();
                Verdict v = r.verdict();
                rows.add(new String[]{r.fingerprint(), v.kind().name(), v.reviewer(), v.date(), v.note(), v.source(),
                        d.opd(), d.record().path(), Integer.toString(f.page()), f.table(),
                        f.row() == 0 ? "" : Integer.toString(f.row()), f.rowLabel(), f.column(), f.rule(),
                        f.severity().name(), f.reported(), f.expected(), f.message()});
            }
        }
        rows.sort(Comparator.<String[], String>comparing(a -> a[7]).thenComparingInt(a -> Integer.parseInt(a[8]))
                .thenComparing(a -> a[0]));
        return rows;
    }

    private static String text(String s) {
        return s == null ? "" : s;
    }

    private static String number(Integer n) {
        return n == null ? "" : n.toString();
    }

    /** By document, page, table (natural order), row, column, rule, message, fingerprint. */
    static final Comparator<String[]> FINDING_ORDER = Comparator
            .<String[], String>comparing(a -> a[1])
            .thenComparingInt(a -> Integer.parseInt(a[2]))
            .thenComparing(a -> a[3], TableNames::compare)
            .thenComparingInt(a -> a[4].isEmpty() ? 0 : Integer.parseInt(a[4]))
            .thenComparing(a -> a[6])
            .thenComparing(a -> a[7])
            .thenComparing(a -> a[11])
            .thenComparing(a -> a[13]);

    private Path writeCsv(Path file, String[] header, List<String[]> rows) throws IOException {
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
            w.write('\uFEFF');
            CsvCells.print(w, separator, header);
            for (String[] row : rows) {
                CsvCells.print(w, separator, row);
            }
        }
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        return file;
    }

    /** Last night's CSVs go: an OPD absent tonight must not keep a stale file. */
    private static void removeOldFiles(Path output) throws IOException {
        try (DirectoryStream<Path> files = Files.newDirectoryStream(output, "*.csv")) {
            for (Path f : files) {
                Files.deleteIfExists(f);
            }
        }
    }
}
