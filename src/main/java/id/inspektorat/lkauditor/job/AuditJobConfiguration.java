package id.inspektorat.lkauditor.job;

import id.inspektorat.lkauditor.history.AuditHistory;
import id.inspektorat.lkauditor.registry.RuleRegistry;
import id.inspektorat.lkauditor.settings.ReferenceData;
import id.inspektorat.lkauditor.settings.RulesSettings;
import java.nio.file.Files;
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
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.task.TaskExecutor;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The nightly audit: {@code discoverDocumentsStep} lists and hashes the input,
 * {@code auditDocumentsStep} audits the documents in parallel, one partition per document
 * (extract tables → normalize → check), {@code crossCheckReportsStep} compares the reports, and
 * {@code writeReportsStep} writes the CSVs. Each partition commits its document's result with its step
 * execution, so a run that is killed and restarted redoes only the documents that had not finished.
 * Wiring only: each step's work is its own class. The step names are in the job repository; a restart
 * matches steps by them.
 */
@Configuration
public class AuditJobConfiguration {

    public static final String JOB_NAME = "lkAuditJob";
    private static final Logger log = LoggerFactory.getLogger(AuditJobConfiguration.class);

    /** rules/ as typed settings: a bad file stops the start with its file, line and reason. */
    @Bean
    public RulesSettings rulesSettings(AuditSettings settings) {
        if (!Files.isDirectory(settings.rules())) {
            log.warn("Folder aturan {} tidak ada: skala dan data rujukan bawaan dipakai", settings.rules().toAbsolutePath());
        }
        return RulesSettings.load(settings.rules());
    }

    /** rules/reference/*.csv: the Inspektorat's official figures. */
    @Bean
    public ReferenceData referenceData(AuditSettings settings) {
        return ReferenceData.load(settings.rules().resolve("reference"));
    }

    @Bean
    public Job lkAuditJob(JobRepository jobRepository, AuditProgress progress, Step discoverDocumentsStep,
                          Step auditDocumentsStep, Step crossCheckReportsStep, Step writeReportsStep) {
        return new JobBuilder(JOB_NAME, jobRepository)
                .listener(progress)
                .start(discoverDocumentsStep)
                .next(auditDocumentsStep)
                .next(crossCheckReportsStep)
                .next(writeReportsStep)
                .build();
    }

    @Bean
    public Step discoverDocumentsStep(JobRepository jobRepository, PlatformTransactionManager tx, AuditSettings settings,
                                      AuditHistory history) {
        return new StepBuilder("discoverDocumentsStep", jobRepository)
                .tasklet(new DiscoverDocumentsTasklet(settings, history), tx)
                .build();
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

    @Bean
    @StepScope
    public Partitioner documentPartitioner(AuditHistory history,
                                           @Value("#{stepExecution.jobExecution.jobInstance.instanceId}") Long instance) {
        return new DocumentPartitioner(history, instance);
    }

    @Bean
    public TaskExecutor auditTaskExecutor(AuditSettings settings) {
        ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();
        executor.setCorePoolSize(settings.effectiveThreads());
        executor.setMaxPoolSize(settings.effectiveThreads());
        executor.setQueueCapacity(Integer.MAX_VALUE);
        executor.setThreadNamePrefix("audit-");
        return executor;
    }

    @Bean
    public Step auditDocumentStep(JobRepository jobRepository, PlatformTransactionManager tx, Tasklet auditDocumentTasklet) {
        return new StepBuilder("auditDocumentStep", jobRepository).tasklet(auditDocumentTasklet, tx).build();
    }

    /** Step-scoped, one per partition; typed as the interface so its scoped proxy needs no subclass. */
    @Bean
    @StepScope
    public Tasklet auditDocumentTasklet(@Value("#{stepExecutionContext['documentId']}") Long documentId,
                                        @Value("#{stepExecutionContext['documentCount']}") Integer count,
                                        @Value("#{jobParameters['rulesVersion']}") String rulesVersion,
                                        AuditSettings settings, AuditHistory history, DocumentAuditService auditor,
                                        AuditProgress progress, RunVerdicts verdicts) {
        return new AuditDocumentTasklet(documentId, count, rulesVersion, settings, history, auditor, progress, verdicts);
    }

    @Bean
    public Step crossCheckReportsStep(JobRepository jobRepository, PlatformTransactionManager tx, AuditHistory history,
                                      RuleRegistry registry) {
        return new StepBuilder("crossCheckReportsStep", jobRepository)
                .tasklet(new CrossCheckReportsTasklet(history, registry), tx)
                .build();
    }

    @Bean
    public Step writeReportsStep(JobRepository jobRepository, PlatformTransactionManager tx, AuditSettings settings,
                                 AuditHistory history, RuleRegistry registry, AuditProgress progress) {
        return new StepBuilder("writeReportsStep", jobRepository)
                .tasklet(new WriteReportsTasklet(settings, history, registry, progress), tx)
                .build();
    }
}
