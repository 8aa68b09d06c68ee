package id.inspektorat.lkauditor.job;

import id.inspektorat.lkauditor.evidence.EvidenceDrawer;
import id.inspektorat.lkauditor.evidence.EvidenceImages;
import id.inspektorat.lkauditor.extraction.PdfTableExtractor;
import id.inspektorat.lkauditor.intake.DocumentKinds;
import id.inspektorat.lkauditor.history.AuditHistory;
import id.inspektorat.lkauditor.history.AuditResult;
import id.inspektorat.lkauditor.history.DocumentRecord;
import id.inspektorat.lkauditor.intake.DiscoveredDocument;
import id.inspektorat.lkauditor.intake.DocumentDiscovery;
import id.inspektorat.lkauditor.intake.OpdSource;
import id.inspektorat.lkauditor.report.ReportWriter;
import id.inspektorat.lkauditor.review.FindingReview;
import id.inspektorat.lkauditor.review.ReviewedFinding;
import id.inspektorat.lkauditor.review.Verdicts;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.Job;
import org.springframework.batch.core.Step;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.partition.support.Partitioner;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.item.ExecutionContext;
import org.springframework.batch.repeat.RepeatStatus;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.task.TaskExecutor;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The nightly audit: {@code discoverDocumentsStep} lists and hashes the input,
 * {@code auditDocumentsStep} audits the documents in parallel, one partition per document
 * (extract tables → normalize → check), and {@code writeReportsStep} writes the CSVs. Each
 * partition commits its document's result with its step execution, so a run that is killed and
 * restarted redoes only the documents that had not finished.
 */
@Configuration
public class AuditJobConfiguration {

    public static final String JOB_NAME = "lkAuditJob";
    private static final Logger log = LoggerFactory.getLogger(AuditJobConfiguration.class);

    /** rules/ as typed settings: a bad file stops the start with its file, line and reason. */
    @Bean
    public id.inspektorat.lkauditor.settings.RulesSettings rulesSettings(AuditSettings settings) {
        if (!java.nio.file.Files.isDirectory(settings.rules())) {
            log.warn("Folder aturan {} tidak ada: skala dan data rujukan bawaan dipakai", settings.rules().toAbsolutePath());
        }
        return id.inspektorat.lkauditor.settings.RulesSettings.load(settings.rules());
    }

    /** rules/reference/*.csv: the Inspektorat's official figures. */
    @Bean
    public id.inspektorat.lkauditor.settings.ReferenceData referenceData(AuditSettings settings) {
        return id.inspektorat.lkauditor.settings.ReferenceData.load(settings.rules().resolve("reference"));
    }

    @Bean
    public Job lkAuditJob(JobRepository jobRepository, Step discoverDocumentsStep, Step auditDocumentsStep,
                          Step crossCheckReportsStep, Step writeReportsStep) {
        return new JobBuilder(JOB_NAME, jobRepository)
                .listener(new org.springframework.batch.core.JobExecutionListener() {
                    @Override
                    public void beforeJob(org.springframework.batch.core.JobExecution jobExecution) {
                        done.set(0);
                        extractMs.set(0);
                        normalizeMs.set(0);
                        checkMs.set(0);
                        evidenceMs.set(0);
                        started = System.nanoTime();
                    }
                })
                .start(discoverDocumentsStep)
                .next(auditDocumentsStep)
                .next(crossCheckReportsStep)
                .next(writeReportsStep)
                .build();
    }

    /**
     * Compares the reports of the run with each other and with earlier runs' reports (peer figures,
     * rewritten history). Runs every time: its findings depend on the whole batch, not on one document.
     */
    @Bean
    public Step crossCheckReportsStep(JobRepository jobRepository, PlatformTransactionManager tx, AuditHistory history,
                                      id.inspektorat.lkauditor.registry.RuleRegistry registry) {
        Tasklet crossCheck = (contribution, chunk) -> {
            var jobExecution = chunk.getStepContext().getStepExecution().getJobExecution();
            long instance = jobExecution.getJobInstance().getInstanceId();
            String rulesVersion = jobExecution.getJobParameters().getString("rulesVersion");
            List<id.inspektorat.lkauditor.crosscheck.ReportFacts> reports = new ArrayList<>();
            java.util.Set<String> tonight = new java.util.HashSet<>();
            for (DocumentRecord d : history.documents(instance)) {
                if ("AUDITED".equals(d.status())) {
                    tonight.add(d.sha256());
                    reports.add(new id.inspektorat.lkauditor.crosscheck.ReportFacts(d.path(), d.opd(),
                            history.reportYear(d.sha256(), rulesVersion), history.facts(d.sha256(), rulesVersion), true));
                }
            }
            java.util.Set<String> seen = new java.util.HashSet<>(tonight);
            for (DocumentRecord d : history.earlierAuditedDocuments(instance)) {
                if (seen.add(d.sha256())) {
                    String version = history.latestRulesVersion(d.sha256());
                    if (version != null) {
                        reports.add(new id.inspektorat.lkauditor.crosscheck.ReportFacts(d.path(), d.opd(),
                                history.reportYear(d.sha256(), version), history.facts(d.sha256(), version), false));
                    }
                }
            }
            Map<String, List<id.inspektorat.lkauditor.rules.Finding>> findings = new java.util.TreeMap<>();
            for (var rule : registry.batchRules()) {
                try {
                    rule.check(reports).forEach((path, list) -> list.forEach(f -> findings
                            .computeIfAbsent(path, k -> new ArrayList<>())
                            .add(registry.configured(rule.info().id(), rule.info().severity(), f))));
                } catch (RuntimeException e) {
                    log.warn("Pemeriksaan antar-laporan {} gagal: {}", rule.info().id(), e.toString());
                }
            }
            history.saveBatchFindings(instance, findings);
            log.info("Pemeriksaan antar-laporan: {} laporan malam ini, {} dari riwayat, {} temuan", tonight.size(),
                    reports.size() - tonight.size(), findings.values().stream().mapToInt(List::size).sum());
            return RepeatStatus.FINISHED;
        };
        return new StepBuilder("crossCheckReportsStep", jobRepository).tasklet(crossCheck, tx).build();
    }

    @Bean
    public Step discoverDocumentsStep(JobRepository jobRepository, PlatformTransactionManager tx, AuditSettings settings,
                                      AuditHistory history) {
        Tasklet discover = (contribution, chunk) -> {
            long instance = chunk.getStepContext().getStepExecution().getJobExecution().getJobInstance().getInstanceId();
            List<DiscoveredDocument> docs = new DocumentDiscovery(settings.maxFileMb() * 1024 * 1024)
                    .discover(settings.input());
            history.registerDocuments(instance, docs);
            log.info("Ditemukan {} berkas di {}", docs.size(), settings.input().toAbsolutePath());
            return RepeatStatus.FINISHED;
        };
        return new StepBuilder("discoverDocumentsStep", jobRepository).tasklet(discover, tx).build();
    }

    @Bean
    public Step auditDocumentsStep(JobRepository jobRepository, Step auditDocumentStep, Partitioner documentPartitioner,
                                   TaskExecutor auditTaskExecutor, AuditSettings settings) {
        return new StepBuilder("auditDocumentsStep", jobRepository)
                .partitioner("auditDocumentStep", documentPartitioner)
                .step(auditDocumentStep)
                .gridSize(settings.effectiveThreads())
                .taskExecutor(auditTaskExecutor)
                .build();
    }

    /** One partition per document of this job instance, named by its path so restarts match them up. */
    @Bean
    @StepScope
    public Partitioner documentPartitioner(AuditHistory history,
                                           @Value("#{stepExecution.jobExecution.jobInstance.instanceId}") Long instance) {
        return gridSize -> {
            Map<String, ExecutionContext> partitions = new HashMap<>();
            List<DocumentRecord> docs = history.documents(instance);
            for (DocumentRecord d : docs) {
                ExecutionContext ctx = new ExecutionContext();
                ctx.putLong("documentId", d.id());
                ctx.putInt("documentCount", docs.size());
                partitions.put("document-" + d.id(), ctx);
            }
            return partitions;
        };
    }

    @Bean
    public TaskExecutor auditTaskExecutor(AuditSettings settings) {
        ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();
        executor.setCorePoolSize(settings.effectiveThreads());
        executor.setMaxPoolSize(settings.effectiveThreads());
        executor.setQueueCapacity(Integer.MAX_VALUE);
        executor.setThreadNamePrefix("audit-");
        executor.initialize();
        return executor;
    }

    @Bean
    public Step auditDocumentStep(JobRepository jobRepository, PlatformTransactionManager tx, Tasklet auditDocumentTasklet) {
        return new StepBuilder("auditDocumentStep", jobRepository).tasklet(auditDocumentTasklet, tx).build();
    }

    private final AtomicInteger done = new AtomicInteger();
    private volatile long started = System.nanoTime();
    /** Milliseconds spent per stage over the run's documents, for the summary and the benchmark. */
    private final java.util.concurrent.atomic.AtomicLong extractMs = new java.util.concurrent.atomic.AtomicLong();
    private final java.util.concurrent.atomic.AtomicLong normalizeMs = new java.util.concurrent.atomic.AtomicLong();
    private final java.util.concurrent.atomic.AtomicLong checkMs = new java.util.concurrent.atomic.AtomicLong();
    private final java.util.concurrent.atomic.AtomicLong evidenceMs = new java.util.concurrent.atomic.AtomicLong();

    @Bean
    @StepScope
    public Tasklet auditDocumentTasklet(@Value("#{stepExecutionContext['documentId']}") Long documentId,
                                        @Value("#{stepExecutionContext['documentCount']}") Integer count,
                                        @Value("#{jobParameters['rulesVersion']}") String rulesVersion,
                                        AuditSettings settings, AuditHistory history, DocumentAuditService auditor) {
        return (contribution, chunk) -> {
            long start = System.nanoTime();
            DocumentRecord doc = history.document(documentId);
            AuditResult result;
            boolean reused = false;
            String timing = "";
            if (!"PENDING".equals(doc.status()) && doc.opdSource() == null) {
                // failed at discovery (not a PDF, too large): nothing to open
                DocumentKinds.Kind kind = DocumentKinds.of(List.of(), List.of(), doc.path());
                result = AuditResult.failed(doc.status(), 0, null, doc.message()).withKind(kind.kind(), kind.source());
            } else {
                // a dump needs the tables, which only a fresh reading has
                // failures that depend on the settings (a password, a limit) are tried again every night
                Optional<AuditResult> cached = settings.dumpTables() || settings.dumpText() ? Optional.empty()
                        : history.result(doc.sha256(), rulesVersion)
                        .filter(r -> r.status().equals("AUDITED") || r.status().equals("NO_TEXT_LAYER"));
                if (cached.isPresent()) {
                    result = cached.get();
                    reused = true;
                } else {
                    DocumentAuditService.EvidencePlan evidence = settings.evidence()
                            ? r -> EvidenceImages.in(settings.dataDir()).missing(doc.path(), doc.sha256(), r.findings())
                            : DocumentAuditService.EvidencePlan.NONE;
                    DocumentAuditService.Outcome outcome = auditor.audit(settings.inputRoot().resolve(doc.path()), doc.path(),
                            doc.folderOpd(), settings, evidence);
                    result = outcome.result();
                    history.saveResult(doc.sha256(), rulesVersion, result);
                    String opdName = doc.folderOpd() != null ? doc.folderOpd()
                            : result.titleOpd() != null ? result.titleOpd()
                            : Path.of(doc.path()).getFileName().toString().replaceAll("(?i)\\.pdf$", "");
                    if (settings.dumpTables() && !outcome.tables().isEmpty()) {
                        new id.inspektorat.lkauditor.report.TableDumpWriter(settings.csvSeparator())
                                .write(settings.output(), opdName, doc.path(), outcome.tables());
                    }
                    if (settings.dumpText() && !outcome.text().isEmpty()) {
                        new id.inspektorat.lkauditor.report.TextDumpWriter().write(settings.output(), opdName, doc.path(),
                                outcome.text());
                    }
                    timing = String.format(" (ekstraksi %d ms, normalisasi %d ms, pemeriksaan %d ms, gambar bukti %d ms)",
                            outcome.times().extract(), outcome.times().normalize(), outcome.times().check(),
                            outcome.times().evidence());
                    extractMs.addAndGet(outcome.times().extract());
                    normalizeMs.addAndGet(outcome.times().normalize());
                    checkMs.addAndGet(outcome.times().check());
                    evidenceMs.addAndGet(outcome.times().evidence());
                }
            }
            OpdSource source;
            String opd;
            if (doc.folderOpd() != null) {
                source = OpdSource.FOLDER;
                opd = id.inspektorat.lkauditor.intake.OpdNames.fromFolder(doc.folderOpd());
            } else if (result.titleOpd() != null) {
                source = OpdSource.TITLE_PAGE;
                opd = result.titleOpd();
            } else {
                source = OpdSource.FILE_NAME;
                opd = Path.of(doc.path()).getFileName().toString().replaceAll("(?i)\\.pdf$", "");
            }
            long millis = (System.nanoTime() - start) / 1_000_000;
            history.completeDocument(documentId, opd, source.name(), result, reused, millis);
            int n = done.incrementAndGet();
            long elapsed = (System.nanoTime() - started) / 1_000_000_000L;
            long eta = n >= count ? 0 : elapsed * (count - n) / Math.max(1, n);
            log.info("[{}/{}] {} — {}: {} hlm, {} tabel, {} temuan, {} ms{}{}{} · perkiraan sisa {}", n, count, doc.path(),
                    result.status(), result.pages(), result.tables(), result.findings().size(), millis,
                    reused ? " (tidak berubah, hasil sebelumnya dipakai)" : "", timing,
                    result.message() == null || result.message().isEmpty() ? "" : " — " + result.message(),
                    String.format("%d:%02d", eta / 60, eta % 60));
            return RepeatStatus.FINISHED;
        };
    }

    @Bean
    public Step writeReportsStep(JobRepository jobRepository, PlatformTransactionManager tx, AuditSettings settings,
                                 AuditHistory history, id.inspektorat.lkauditor.registry.RuleRegistry registry) {
        Tasklet write = (contribution, chunk) -> {
            var jobExecution = chunk.getStepContext().getStepExecution().getJobExecution();
            long instance = jobExecution.getJobInstance().getInstanceId();
            String rulesVersion = jobExecution.getJobParameters().getString("rulesVersion");
            List<DocumentRecord> records = history.documents(instance);
            List<List<id.inspektorat.lkauditor.rules.Finding>> found = new ArrayList<>();
            for (DocumentRecord d : records) {
                List<id.inspektorat.lkauditor.rules.Finding> all = new ArrayList<>(history.findings(d.sha256(), rulesVersion));
                all.addAll(history.batchFindings(instance, d.path()));
                found.add(all);
            }
            Verdicts verdicts = settings.verdicts() ? Verdicts.load(settings.rules()) : Verdicts.none();
            List<List<ReviewedFinding>> reviewed = FindingReview.review(records.stream().map(ReportWriter::opdName).toList(),
                    found, verdicts);
            List<ReportWriter.AuditedDocument> docs = new ArrayList<>();
            for (int i = 0; i < records.size(); i++) {
                docs.add(ReportWriter.AuditedDocument.of(records.get(i), reviewed.get(i)));
            }
            Map<id.inspektorat.lkauditor.rules.Finding, String> evidence = settings.evidence()
                    ? EvidenceImages.in(settings.dataDir()).place(settings.output(), docs, pdfDrawer(settings)) : Map.of();
            Map<String, Path> files = new ReportWriter(settings.csvSeparator(), evidence).write(settings.output(), docs);
            new id.inspektorat.lkauditor.report.WorkingPaperWriter(evidence).write(settings.output(), docs);
            Map<String, String> checks = new java.util.TreeMap<>();
            registry.rules().forEach(r -> checks.put(r.info().id(), r.info().summary()));
            registry.batchRules().forEach(r -> checks.put(r.info().id(), r.info().summary()));
            new id.inspektorat.lkauditor.report.HtmlReportWriter().write(settings.output(), docs, evidence,
                    RunChanges.since(history, instance, docs), FindingReview.resolved(verdicts, reviewed),
                    new id.inspektorat.lkauditor.report.HtmlReportWriter.RunInfo(settings.input().toAbsolutePath().normalize()
                            .toString(), rulesVersion, checks));
            if (verdicts.size() > 0) {
                log.info("Verdik pemeriksa: {} dibaca, {} temuan ditandai SALAH tidak dilaporkan (suppressed.csv)",
                        verdicts.size(), docs.stream().mapToInt(d -> d.suppressed().size()).sum());
            }
            long findings = docs.stream().mapToLong(d -> d.findings().size()).sum();
            long failed = docs.stream().filter(d -> !"AUDITED".equals(d.record().status())).count();
            Map<String, Long> byStatus = new java.util.TreeMap<>(docs.stream().collect(java.util.stream.Collectors
                    .groupingBy(d -> d.record().status(), java.util.stream.Collectors.counting())));
            long reused = docs.stream().filter(d -> d.record().reused()).count();
            java.time.Duration took = java.time.Duration.between(jobExecution.getStartTime(), java.time.LocalDateTime.now());
            log.info("Selesai dalam {} s (proses {} s): {} dokumen {} ({} gagal dibaca, {} tidak berubah), {} temuan, {} berkas OPD di {}",
                    seconds(took.toMillis()), seconds(java.lang.management.ManagementFactory.getRuntimeMXBean().getUptime()),
                    docs.size(), byStatus, failed, reused, findings, files.size(), settings.output().toAbsolutePath());
            StringBuilder steps = new StringBuilder();
            for (var step : jobExecution.getStepExecutions()) {
                if (step.getStepName().contains(":")) {
                    continue; // partitions: their stages are summed below
                }
                java.time.LocalDateTime end = step.getEndTime() != null ? step.getEndTime() : java.time.LocalDateTime.now();
                steps.append(step.getStepName()).append('=')
                        .append(java.time.Duration.between(step.getStartTime(), end).toMillis()).append("ms ");
            }
            log.info("Waktu per tahap: {}(dokumen: ekstraksi={}ms normalisasi={}ms pemeriksaan={}ms gambar-bukti={}ms, "
                    + "dijumlah atas semua utas)", steps, extractMs.get(), normalizeMs.get(), checkMs.get(), evidenceMs.get());
            if (checkMs.get() > 0) {
                log.info("Aturan terlama: {}", registry.slowest(6));
            }
            return RepeatStatus.FINISHED;
        };
        return new StepBuilder("writeReportsStep", jobRepository).tasklet(write, tx).build();
    }

    /** 4,6: seconds with one decimal, the Indonesian way. */
    private static String seconds(long millis) {
        return String.format(java.util.Locale.forLanguageTag("id-ID"), "%.1f", millis / 1000.0);
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
