package id.inspektorat.lkauditor.job;

import id.inspektorat.lkauditor.evidence.EvidenceImages;
import id.inspektorat.lkauditor.review.FindingReview;
import id.inspektorat.lkauditor.review.Verdicts;
import id.inspektorat.lkauditor.history.AuditHistory;
import id.inspektorat.lkauditor.history.AuditResult;
import id.inspektorat.lkauditor.history.DocumentRecord;
import id.inspektorat.lkauditor.intake.DocumentStatus;
import id.inspektorat.lkauditor.intake.OpdNames;
import id.inspektorat.lkauditor.intake.OpdSource;
import id.inspektorat.lkauditor.report.TableDumpWriter;
import id.inspektorat.lkauditor.report.TextDumpWriter;
import id.inspektorat.lkauditor.text.Texts;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.StepContribution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.repeat.RepeatStatus;

/**
 * Audits one document, the work of one partition: reuses the stored result of an unchanged document
 * under the same rules, else extracts, normalizes and checks it (with its dumps), then completes its
 * history row with the OPD it belongs to. Completing the row commits with the partition's step, so a
 * restart redoes only documents that had not finished.
 */
final class AuditDocumentTasklet implements Tasklet {

    private static final Logger log = LoggerFactory.getLogger(AuditDocumentTasklet.class);

    private final long documentId;
    private final int documentCount;
    private final String rulesVersion;
    private final AuditSettings settings;
    private final AuditHistory history;
    private final DocumentAuditService auditor;
    private final AuditProgress progress;
    private final RunVerdicts runVerdicts;

    AuditDocumentTasklet(long documentId, int documentCount, String rulesVersion, AuditSettings settings,
                         AuditHistory history, DocumentAuditService auditor, AuditProgress progress, RunVerdicts runVerdicts) {
        this.documentId = documentId;
        this.documentCount = documentCount;
        this.rulesVersion = rulesVersion;
        this.settings = settings;
        this.history = history;
        this.auditor = auditor;
        this.progress = progress;
        this.runVerdicts = runVerdicts;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunk) throws IOException {
        long start = System.nanoTime();
        DocumentRecord doc = history.document(documentId);
        AuditResult result;
        boolean reused = false;
        String timing = "";
        if (doc.status() != DocumentStatus.PENDING && doc.opdSource() == null) {
            // failed at discovery (not a PDF, too large): nothing to open
            result = DocumentAuditService.unread(doc.status(), doc.message(), doc.path());
        } else {
            // a dump needs the tables, which only a fresh reading has
            // failures that depend on the settings (a password, a limit) are tried again every night
            Optional<AuditResult> cached = settings.dumpTables() || settings.dumpText() ? Optional.empty()
                    : history.result(doc.sha256(), rulesVersion).filter(r -> r.status().reusable());
            if (cached.isPresent()) {
                result = cached.get();
                reused = true;
            } else {
                DocumentAuditService.Outcome outcome = auditFresh(doc, chunk.getStepContext().getStepExecution().getJobExecutionId());
                result = outcome.result();
                timing = String.format(" (ekstraksi %d ms, normalisasi %d ms, pemeriksaan %d ms, gambar bukti %d ms)",
                        outcome.times().extract(), outcome.times().normalize(), outcome.times().check(),
                        outcome.times().evidence());
                progress.add(outcome.times());
            }
        }
        OpdSource source = doc.folderOpd() != null ? OpdSource.FOLDER
                : result.titleOpd() != null ? OpdSource.valueOf(result.titleOpdSource()) : OpdSource.FILE_NAME;
        String opd = opdOf(doc, result);
        long millis = (System.nanoTime() - start) / 1_000_000;
        history.completeDocument(documentId, opd, source.name(), result, reused, millis);
        int n = progress.documentDone();
        long eta = progress.secondsLeft(n, documentCount);
        log.info("[{}/{}] {} — {}: {} hlm, {} tabel, {} temuan, {} ms{}{}{} · perkiraan sisa {}", n, documentCount,
                doc.path(), result.status(), result.pages(), result.tables(), result.findings().size(), millis,
                reused ? " (tidak berubah, hasil sebelumnya dipakai)" : "", timing,
                result.message() == null || result.message().isEmpty() ? "" : " — " + result.message(),
                String.format("%d:%02d", eta / 60, eta % 60));
        return RepeatStatus.FINISHED;
    }

    /** The OPD a document belongs to: its folder, else what its pages name, else its file name. */
    private static String opdOf(DocumentRecord doc, AuditResult result) {
        return OpdNames.of(doc.folderOpd(), result.titleOpd()).orElseGet(() -> fileStem(doc.path()));
    }

    /** Reads and checks the document, stores its result and writes the dumps asked for. */
    private DocumentAuditService.Outcome auditFresh(DocumentRecord doc, long jobExecutionId) throws IOException {
        // images for the findings the reports will show: none for one an auditor marked SALAH
        Verdicts verdicts = runVerdicts.of(jobExecutionId, settings);
        DocumentAuditService.EvidencePlan evidence = settings.evidence()
                ? r -> {
                    String opd = opdOf(doc, r);
                    return EvidenceImages.in(settings.dataDir()).missing(doc.path(), doc.sha256(), r.findings().stream()
                            .filter(f -> !FindingReview.markedFalse(opd, f, verdicts)).toList());
                }
                : DocumentAuditService.EvidencePlan.NONE;
        DocumentAuditService.Outcome outcome = auditor.audit(settings.inputRoot().resolve(doc.path()), doc.path(),
                doc.folderOpd(), settings, evidence);
        AuditResult result = outcome.result();
        history.saveResult(doc.sha256(), rulesVersion, result);
        String opdName = opdOf(doc, result);
        if (settings.dumpTables() && !outcome.tables().isEmpty()) {
            new TableDumpWriter(settings.csvSeparator()).write(settings.output(), opdName, doc.path(), outcome.tables());
        }
        if (settings.dumpText() && !outcome.text().isEmpty()) {
            new TextDumpWriter().write(settings.output(), opdName, doc.path(), outcome.text());
        }
        return outcome;
    }

    private static String fileStem(String documentPath) {
        return Texts.withoutPdf(Path.of(documentPath).getFileName().toString());
    }
}
