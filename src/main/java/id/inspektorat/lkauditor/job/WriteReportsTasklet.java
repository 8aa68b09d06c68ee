package id.inspektorat.lkauditor.job;

import id.inspektorat.lkauditor.evidence.EvidenceDrawer;
import id.inspektorat.lkauditor.evidence.EvidenceImages;
import id.inspektorat.lkauditor.extraction.PdfTableExtractor;
import id.inspektorat.lkauditor.history.AuditHistory;
import id.inspektorat.lkauditor.history.DocumentRecord;
import id.inspektorat.lkauditor.intake.DocumentStatus;
import id.inspektorat.lkauditor.job.DocumentAuditService.StageTimes;
import id.inspektorat.lkauditor.registry.RuleRegistry;
import id.inspektorat.lkauditor.report.AuditedDocument;
import id.inspektorat.lkauditor.report.CsvOutput;
import id.inspektorat.lkauditor.report.HtmlOutput;
import id.inspektorat.lkauditor.report.OutputFormat;
import id.inspektorat.lkauditor.report.RunInfo;
import id.inspektorat.lkauditor.report.RunReport;
import id.inspektorat.lkauditor.report.WorkingPaperOutput;
import id.inspektorat.lkauditor.review.FindingReview;
import id.inspektorat.lkauditor.review.ReviewedFinding;
import id.inspektorat.lkauditor.review.Verdicts;
import id.inspektorat.lkauditor.rules.Finding;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.JobExecution;
import org.springframework.batch.core.StepContribution;
import org.springframework.batch.core.StepExecution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.repeat.RepeatStatus;

/**
 * Builds the run's {@link RunReport} once from the history — each document's findings and the run's
 * cross-report findings, with the auditors' verdicts applied, the evidence images placed — and runs the
 * output formats over it (the CSVs, the working paper, the HTML); then logs the summary and the time per stage.
 */
final class WriteReportsTasklet implements Tasklet {

    private static final Logger log = LoggerFactory.getLogger(WriteReportsTasklet.class);

    private final AuditSettings settings;
    private final AuditHistory history;
    private final RuleRegistry registry;
    private final AuditProgress progress;

    WriteReportsTasklet(AuditSettings settings, AuditHistory history, RuleRegistry registry, AuditProgress progress) {
        this.settings = settings;
        this.history = history;
        this.registry = registry;
        this.progress = progress;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunk) throws IOException {
        JobExecution jobExecution = chunk.getStepContext().getStepExecution().getJobExecution();
        long instance = jobExecution.getJobInstance().getInstanceId();
        String rulesVersion = jobExecution.getJobParameters().getString("rulesVersion");
        Verdicts verdicts = settings.verdicts() ? Verdicts.load(settings.rules()) : Verdicts.none();
        RunReport run = runReport(instance, rulesVersion, verdicts);
        List<OutputFormat> formats = List.of(new CsvOutput(settings.csvSeparator()), new WorkingPaperOutput(), new HtmlOutput());
        for (OutputFormat format : formats) {
            format.write(run, settings.output());
        }
        if (verdicts.size() > 0) {
            log.info("Verdik pemeriksa: {} dibaca, {} temuan ditandai SALAH tidak dilaporkan (suppressed.csv)",
                    verdicts.size(), run.documents().stream().mapToInt(d -> d.suppressed().size()).sum());
        }
        logSummary(jobExecution, run);
        return RepeatStatus.FINISHED;
    }

    /** The run from the history: each document's findings and the cross-report ones, the verdicts applied. */
    private RunReport runReport(long instance, String rulesVersion, Verdicts verdicts) {
        List<DocumentRecord> records = history.documents(instance);
        List<List<Finding>> found = new ArrayList<>();
        for (DocumentRecord d : records) {
            List<Finding> all = new ArrayList<>(history.findings(d.sha256(), rulesVersion));
            all.addAll(history.batchFindings(instance, d.path()));
            found.add(all);
        }
        List<List<ReviewedFinding>> reviewed = FindingReview.review(records.stream().map(AuditedDocument::opdName).toList(),
                found, verdicts);
        List<AuditedDocument> docs = new ArrayList<>();
        for (int i = 0; i < records.size(); i++) {
            docs.add(AuditedDocument.of(records.get(i), reviewed.get(i)));
        }
        Map<Finding, String> evidence = settings.evidence()
                ? EvidenceImages.in(settings.dataDir()).place(settings.output(), docs, pdfDrawer(settings)) : Map.of();
        Map<String, String> checks = new TreeMap<>();
        registry.rules().forEach(r -> checks.put(r.info().id(), r.info().summary()));
        registry.batchRules().forEach(r -> checks.put(r.info().id(), r.info().summary()));
        return new RunReport(docs, evidence, RunChanges.since(history, instance, docs), FindingReview.resolved(verdicts, reviewed),
                new RunInfo(settings.input().toAbsolutePath().normalize().toString(), rulesVersion, checks));
    }

    private void logSummary(JobExecution jobExecution, RunReport run) {
        List<AuditedDocument> docs = run.documents();
        long findings = docs.stream().mapToLong(d -> d.findings().size()).sum();
        long failed = docs.stream().filter(d -> d.record().status() != DocumentStatus.AUDITED).count();
        // by name, as documents.csv spells them
        Map<String, Long> byStatus = new TreeMap<>(docs.stream()
                .collect(Collectors.groupingBy(d -> d.record().status().name(), Collectors.counting())));
        long reused = docs.stream().filter(d -> d.record().reused()).count();
        Duration took = Duration.between(jobExecution.getStartTime(), LocalDateTime.now());
        log.info("Selesai dalam {} s (proses {} s): {} dokumen {} ({} gagal dibaca, {} tidak berubah), {} temuan, {} berkas OPD di {}",
                seconds(took.toMillis()), seconds(ManagementFactory.getRuntimeMXBean().getUptime()),
                docs.size(), byStatus, failed, reused, findings, run.byOpd().size(), settings.output().toAbsolutePath());
        StringBuilder steps = new StringBuilder();
        for (StepExecution step : jobExecution.getStepExecutions()) {
            if (step.getStepName().contains(":")) {
                continue; // partitions: their stages are summed below
            }
            LocalDateTime end = step.getEndTime() != null ? step.getEndTime() : LocalDateTime.now();
            steps.append(step.getStepName()).append('=')
                    .append(Duration.between(step.getStartTime(), end).toMillis()).append("ms ");
        }
        StageTimes stages = progress.totals();
        log.info("Waktu per tahap: {}(dokumen: ekstraksi={}ms normalisasi={}ms pemeriksaan={}ms gambar-bukti={}ms, "
                + "dijumlah atas semua utas)", steps, stages.extract(), stages.normalize(), stages.check(), stages.evidence());
        if (stages.check() > 0) {
            log.info("Aturan terlama: {}", registry.slowest(6));
        }
    }

    /** 4,6: seconds with one decimal, the Indonesian way. */
    private static String seconds(long millis) {
        return String.format(Locale.forLanguageTag("id-ID"), "%.1f", millis / 1000.0);
    }

    /** Draws from the PDF opened again (its findings reused from an earlier run, so it was not open). */
    private static EvidenceDrawer pdfDrawer(AuditSettings settings) {
        return (documentPath, requests) -> {
            try (PdfTableExtractor.OpenedPdf opened = new PdfTableExtractor(settings.limits())
                    .open(settings.inputRoot().resolve(documentPath), settings.passwordList())) {
                opened.evidence().render(requests);
            }
        };
    }
}
