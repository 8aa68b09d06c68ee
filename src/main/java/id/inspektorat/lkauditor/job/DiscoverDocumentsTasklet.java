package id.inspektorat.lkauditor.job;

import id.inspektorat.lkauditor.history.AuditHistory;
import id.inspektorat.lkauditor.intake.DiscoveredDocument;
import id.inspektorat.lkauditor.intake.DocumentDiscovery;
import java.io.IOException;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.StepContribution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.repeat.RepeatStatus;

/** Lists and hashes the input and registers its files with the run; a restart keeps the rows it has. */
final class DiscoverDocumentsTasklet implements Tasklet {

    private static final Logger log = LoggerFactory.getLogger(DiscoverDocumentsTasklet.class);

    private final AuditSettings settings;
    private final AuditHistory history;

    DiscoverDocumentsTasklet(AuditSettings settings, AuditHistory history) {
        this.settings = settings;
        this.history = history;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunk) throws IOException {
        long instance = chunk.getStepContext().getStepExecution().getJobExecution().getJobInstance().getInstanceId();
        List<DiscoveredDocument> docs = new DocumentDiscovery(settings.maxFileMb() * 1024 * 1024).discover(settings.input());
        history.registerDocuments(instance, docs);
        log.info("Ditemukan {} berkas di {}", docs.size(), settings.input().toAbsolutePath());
        return RepeatStatus.FINISHED;
    }
}
