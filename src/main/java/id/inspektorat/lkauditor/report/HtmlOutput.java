package id.inspektorat.lkauditor.report;

import id.inspektorat.lkauditor.history.DocumentRecord;
import id.inspektorat.lkauditor.intake.DocumentStatus;
import id.inspektorat.lkauditor.review.ReviewedFinding;
import id.inspektorat.lkauditor.review.Verdict;
import id.inspektorat.lkauditor.rules.Finding;
import id.inspektorat.lkauditor.vocabulary.Severity;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Static HTML beside the CSVs: a page per OPD (findings grouped by document and table, with their
 * evidence images, the recomputation in words, the documents' status) and {@code index.html} for the
 * run (OPDs sorted by errors, counts by rule and severity, what changed since the last run). The pages
 * are the FreeMarker templates {@code opd.ftlh}, {@code index.ftlh} and {@code layout.ftlh} under
 * {@code src/main/resources/templates/report/}; this class turns the {@link RunReport} into the pages'
 * models (sorting, grouping, counting: the records below) and renders them ({@link ReportTemplates}).
 * Every value is escaped by the templates' output format ({@link ReportHtml}). No script or style from
 * outside; every link relative. Deterministic: no timestamps. Owns the {@code *.html} files directly in
 * the output folder: last night's are removed first.
 */
public final class HtmlOutput implements OutputFormat {

    private static final String UNREADABLE = "Tabel tidak terbaca baik";

    private final ReportTemplates templates = new ReportTemplates();

    @Override
    public List<Path> write(RunReport run, Path output) throws IOException {
        Files.createDirectories(output);
        try (DirectoryStream<Path> files = Files.newDirectoryStream(output, "*.html")) {
            for (Path f : files) {
                Files.deleteIfExists(f);
            }
        }
        Map<String, List<AuditedDocument>> byOpd = run.byOpd();
        List<Path> written = new ArrayList<>();
        for (Map.Entry<String, List<AuditedDocument>> e : byOpd.entrySet()) {
            Path file = output.resolve(e.getKey() + ".html");
            Files.writeString(file, templates.render("opd.ftlh", opdPage(e.getKey(), e.getValue(), run)), StandardCharsets.UTF_8);
            written.add(file);
        }
        Path index = output.resolve("index.html");
        Files.writeString(index, templates.render("index.ftlh", indexPage(byOpd, run)), StandardCharsets.UTF_8);
        written.add(index);
        return written;
    }

    // ---- the OPD page's model

    /** An OPD's page: its documents, its reported findings by document and table, its suppressed findings. */
    public record OpdPage(String slug, String opd, List<DocumentRow> documents, List<DocumentFindings> findings,
                          List<SuppressedRow> suppressed) {
    }

    /** @param understood the tables understood, null when not known; notUnderstood: one line per such table */
    public record DocumentRow(String path, String status, Integer pages, Integer tables, Integer understood, int findings,
                              String message, boolean unreadable, List<String> notUnderstood) {
    }

    public record DocumentFindings(String path, List<TableFindings> tables) {
    }

    /** @param name the table's name, or "Teks (hlm 3)" for findings in the text */
    public record TableFindings(String name, List<FindingView> findings) {
    }

    /**
     * @param verdict  the BENAR verdict's title, null when the finding is not confirmed
     * @param rowLabel empty when blank
     * @param image    the evidence image relative to the output folder, empty when none
     */
    public record FindingView(String fingerprint, String severity, String verdict, String rule, int page, int row,
                              String rowLabel, String column, String reported, String expected, String message, String image) {
    }

    public record SuppressedRow(String path, int page, String rule, String table, String rowLabel, String column,
                                String reported, String fingerprint, String verdict) {
    }

    private static OpdPage opdPage(String slug, List<AuditedDocument> docs, RunReport run) {
        List<DocumentRow> rows = new ArrayList<>();
        for (AuditedDocument d : docs) {
            DocumentRecord r = d.record();
            String notUnderstood = r.notUnderstood();
            rows.add(new DocumentRow(r.path(), r.status().name(), r.pages(), r.tables(), r.tablesUnderstood(),
                    d.findings().size(), text(r.message()), unreadable(r),
                    notUnderstood == null || notUnderstood.isEmpty() ? List.of() : Arrays.asList(notUnderstood.split("\n"))));
        }
        List<DocumentFindings> findings = new ArrayList<>();
        for (AuditedDocument d : docs) {
            if (d.findings().isEmpty()) {
                continue;
            }
            Map<String, List<FindingView>> byTable = new LinkedHashMap<>();
            d.findings().stream().sorted(READING).forEach(r -> byTable.computeIfAbsent(r.finding().table().isEmpty()
                    ? "Teks (hlm " + r.finding().page() + ")" : r.finding().table(), k -> new ArrayList<>()).add(view(r, run)));
            findings.add(new DocumentFindings(d.record().path(),
                    byTable.entrySet().stream().map(t -> new TableFindings(t.getKey(), t.getValue())).toList()));
        }
        List<SuppressedRow> hidden = new ArrayList<>();
        for (AuditedDocument d : docs) {
            d.suppressed().stream().sorted(READING).forEach(r -> {
                Finding f = r.finding();
                hidden.add(new SuppressedRow(d.record().path(), f.page(), text(f.rule()), text(f.table()), text(f.rowLabel()),
                        text(f.column()), text(f.reported()), text(r.fingerprint()), verdictTitle(r.verdict())));
            });
        }
        return new OpdPage(slug, docs.get(0).opd(), rows, findings, hidden);
    }

    private static FindingView view(ReviewedFinding r, RunReport run) {
        Finding f = r.finding();
        return new FindingView(text(r.fingerprint()), f.severity().name(), r.confirmed() ? verdictTitle(r.verdict()) : null,
                text(f.rule()), f.page(), f.row(), f.rowLabel().isBlank() ? "" : f.rowLabel(), f.column(), text(f.reported()),
                f.expected(), text(f.message()), run.evidence(f));
    }

    private static final Comparator<ReviewedFinding> READING = Comparator
            .<ReviewedFinding>comparingInt(r -> r.finding().page()).thenComparing(r -> r.finding().table())
            .thenComparingInt(r -> r.finding().row()).thenComparing(r -> r.finding().rule())
            .thenComparing(ReviewedFinding::fingerprint);

    /** "SALAH — Budi, 2026-12-01: kolom satuan ikut dijumlah (verdicts/real.csv:12)". */
    static String verdictTitle(Verdict v) {
        StringBuilder t = new StringBuilder(v.kind().name());
        String who = String.join(", ", Stream.of(v.reviewer(), v.date()).filter(x -> !x.isEmpty()).toList());
        if (!who.isEmpty()) {
            t.append(" — ").append(who);
        }
        if (!v.note().isEmpty()) {
            t.append(": ").append(v.note());
        }
        return t.append(" (").append(v.source()).append(')').toString();
    }

    // ---- the index page's model

    /**
     * The run's page.
     *
     * @param firstRun no earlier run had any of these documents
     * @param total    the changes summed over the OPDs
     */
    public record IndexPage(String input, String rulesVersion, int opds, long documents, boolean firstRun, Change total,
                            long confirmed, long suppressed, List<OpdRow> opdRows, List<Count> bySeverity, List<Count> byRule,
                            List<DocumentLine> notClean, List<Line> rules, List<ResolvedRow> resolved) {
    }

    public record OpdRow(String slug, String opd, int documents, long errors, long warnings, long infos, Change change,
                         String statuses) {
    }

    public record Count(String name, long count) {
    }

    public record Line(String name, String text) {
    }

    public record DocumentLine(String path, String status, String message) {
    }

    public record ResolvedRow(String fingerprint, String kind, String reviewer, String date, String note, String source) {
    }

    private static IndexPage indexPage(Map<String, List<AuditedDocument>> byOpd, RunReport run) {
        Map<Severity, Long> bySeverity = new TreeMap<>();
        Map<String, Long> byRule = new TreeMap<>();
        for (AuditedDocument d : run.documents()) {
            for (Finding f : d.reported()) {
                bySeverity.merge(f.severity(), 1L, Long::sum);
                byRule.merge(f.rule(), 1L, Long::sum);
            }
        }
        Change total = Change.NONE;
        for (Change c : run.changes().values()) {
            total = total.plus(c);
        }
        boolean firstRun = run.changes().isEmpty() || run.changes().values().stream().allMatch(Change::first);
        long confirmed = run.documents().stream().flatMap(d -> d.findings().stream()).filter(ReviewedFinding::confirmed).count();
        long suppressed = run.documents().stream().mapToLong(d -> d.suppressed().size()).sum();

        List<Map.Entry<String, List<AuditedDocument>>> sorted = new ArrayList<>(byOpd.entrySet());
        sorted.sort(Comparator.<Map.Entry<String, List<AuditedDocument>>>comparingLong(e -> -count(e.getValue(), Severity.ERROR))
                .thenComparing(Map.Entry::getKey));
        List<OpdRow> opdRows = new ArrayList<>();
        for (Map.Entry<String, List<AuditedDocument>> e : sorted) {
            String statuses = e.getValue().stream().map(d -> d.record().status().name()).distinct().sorted()
                    .reduce((a, b) -> a + ", " + b).orElse("");
            opdRows.add(new OpdRow(e.getKey(), e.getValue().get(0).opd(), e.getValue().size(), count(e.getValue(), Severity.ERROR),
                    count(e.getValue(), Severity.WARNING), count(e.getValue(), Severity.INFO),
                    run.changes().getOrDefault(e.getKey(), Change.NONE), statuses));
        }
        List<DocumentLine> notClean = byOpd.values().stream().flatMap(List::stream)
                .filter(d -> d.record().status() != DocumentStatus.AUDITED || unreadable(d.record()))
                .sorted(Comparator.comparing(d -> d.record().path()))
                .map(d -> new DocumentLine(d.record().path(), d.record().status().name(), text(d.record().message()))).toList();
        List<ResolvedRow> resolved = run.resolved().stream().map(v -> new ResolvedRow(text(v.fingerprint()), v.kind().name(),
                text(v.reviewer()), text(v.date()), text(v.note()), text(v.source()))).toList();
        return new IndexPage(run.info().input(), text(run.info().rulesVersion()), byOpd.size(),
                byOpd.values().stream().mapToLong(List::size).sum(), firstRun, total, confirmed, suppressed, opdRows,
                bySeverity.entrySet().stream().map(e -> new Count(e.getKey().name(), e.getValue())).toList(),
                byRule.entrySet().stream().map(e -> new Count(e.getKey(), e.getValue())).toList(), notClean,
                run.info().rules().entrySet().stream().map(e -> new Line(text(e.getKey()), text(e.getValue()))).toList(),
                resolved);
    }

    private static boolean unreadable(DocumentRecord r) {
        return r.message() != null && r.message().contains(UNREADABLE);
    }

    private static long count(List<AuditedDocument> docs, Severity s) {
        return docs.stream().flatMap(d -> d.reported().stream()).filter(f -> f.severity() == s).count();
    }

    private static String text(String s) {
        return s == null ? "" : s;
    }
}
