package id.inspektorat.lkauditor.job;

import id.inspektorat.lkauditor.crosscheck.ReportFacts;
import id.inspektorat.lkauditor.history.AuditHistory;
import id.inspektorat.lkauditor.history.DocumentRecord;
import id.inspektorat.lkauditor.intake.DocumentStatus;
import id.inspektorat.lkauditor.registry.RuleRegistry;
import id.inspektorat.lkauditor.rules.Finding;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.JobExecution;
import org.springframework.batch.core.StepContribution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.repeat.RepeatStatus;

/**
 * Compares the reports of the run with each other and with earlier runs' reports (peer figures,
 * rewritten history). Runs every time: its findings depend on the whole batch, not on one document.
 */
final class CrossCheckReportsTasklet implements Tasklet {

    private static final Logger log = LoggerFactory.getLogger(CrossCheckReportsTasklet.class);

    private final AuditHistory history;
    private final RuleRegistry registry;

    CrossCheckReportsTasklet(AuditHistory history, RuleRegistry registry) {
        this.history = history;
        this.registry = registry;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunk) {
        JobExecution jobExecution = chunk.getStepContext().getStepExecution().getJobExecution();
        long instance = jobExecution.getJobInstance().getInstanceId();
        String rulesVersion = jobExecution.getJobParameters().getString("rulesVersion");
        List<ReportFacts> reports = new ArrayList<>();
        Set<String> tonight = new HashSet<>();
        for (DocumentRecord d : history.documents(instance)) {
            if (d.status() == DocumentStatus.AUDITED) {
                tonight.add(d.sha256());
                reports.add(new ReportFacts(d.path(), d.opd(), history.reportYear(d.sha256(), rulesVersion),
                        history.facts(d.sha256(), rulesVersion), true, d.kind()));
            }
        }
        Set<String> seen = new HashSet<>(tonight);
        for (DocumentRecord d : history.earlierAuditedDocuments(instance)) {
            if (seen.add(d.sha256())) {
                String version = history.latestRulesVersion(d.sha256());
                if (version != null) {
                    reports.add(new ReportFacts(d.path(), d.opd(), history.reportYear(d.sha256(), version),
                            history.facts(d.sha256(), version), false, d.kind()));
                }
            }
        }
        Map<String, List<Finding>> findings = registry.runAcross(reports);
        history.saveBatchFindings(instance, findings);
        log.info("Pemeriksaan antar-laporan: {} laporan malam ini, {} dari riwayat, {} temuan", tonight.size(),
                reports.size() - tonight.size(), findings.values().stream().mapToInt(List::size).sum());
        return RepeatStatus.FINISHED;
    }
}
