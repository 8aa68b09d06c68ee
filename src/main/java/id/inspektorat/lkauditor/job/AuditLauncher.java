package id.inspektorat.lkauditor.job;

import id.inspektorat.lkauditor.review.Verdicts;
import java.time.LocalDateTime;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.Job;
import org.springframework.batch.core.JobExecution;
import org.springframework.batch.core.JobInstance;
import org.springframework.batch.core.JobParameters;
import org.springframework.batch.core.JobParametersBuilder;
import org.springframework.batch.core.StepExecution;
import org.springframework.batch.core.explore.JobExplorer;
import org.springframework.batch.core.launch.JobLauncher;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.stereotype.Component;

/**
 * Starts the audit job. If the last run over the same input and output did not complete — it
 * failed, or its process was killed and left it marked as running — that run is restarted, so it
 * finishes the documents it had left; otherwise a new job instance starts (a re-run never silently
 * does nothing). The caller holds the run lock, so an execution marked running here is stale.
 */
@Component
public class AuditLauncher {

    private static final Logger log = LoggerFactory.getLogger(AuditLauncher.class);

    private final JobLauncher launcher;
    private final JobExplorer explorer;
    private final JobRepository repository;
    private final Job job;
    private final AuditSettings settings;

    public AuditLauncher(JobLauncher launcher, JobExplorer explorer, JobRepository repository, Job lkAuditJob,
                         AuditSettings settings) {
        this.launcher = launcher;
        this.explorer = explorer;
        this.repository = repository;
        this.job = lkAuditJob;
        this.settings = settings;
    }

    public JobExecution run() throws Exception {
        String input = settings.input().toAbsolutePath().normalize().toString();
        String output = settings.output().toAbsolutePath().normalize().toString();
        String rulesVersion = RulesVersion.of(settings.rules());
        if (settings.verdicts()) {
            // a malformed verdicts file stops the start (file:line: reason), not the report step
            int n = Verdicts.load(settings.rules()).size();
            if (n > 0) {
                log.info("{} verdik pemeriksa di {}", n, settings.rules().resolve(Verdicts.FOLDER));
            }
        }
        JobParameters parameters = unfinished(input, output, rulesVersion);
        if (parameters == null) {
            parameters = new JobParametersBuilder()
                    .addString("input", input)
                    .addString("output", output)
                    .addString("rulesVersion", rulesVersion)
                    .addLong("run", nextRunNumber())
                    .toJobParameters();
            log.info("Audit baru: input {} → output {} (versi aturan {})", input, output, rulesVersion);
        } else {
            log.info("Melanjutkan audit yang belum selesai (run {})", parameters.getLong("run"));
        }
        return launcher.run(job, parameters);
    }

    private long nextRunNumber() {
        long max = 0;
        for (JobInstance i : explorer.findJobInstancesByJobName(AuditJobConfiguration.JOB_NAME, 0, 1)) {
            for (JobExecution e : explorer.getJobExecutions(i)) {
                Long run = e.getJobParameters().getLong("run");
                max = Math.max(max, run == null ? 0 : run);
            }
        }
        return max + 1;
    }

    /** The parameters of the last instance over the same folders and rules if it did not complete. */
    private JobParameters unfinished(String input, String output, String rulesVersion) {
        List<JobInstance> last = explorer.findJobInstancesByJobName(AuditJobConfiguration.JOB_NAME, 0, 1);
        if (last.isEmpty()) {
            return null;
        }
        List<JobExecution> executions = explorer.getJobExecutions(last.get(0));
        JobExecution latest = executions.stream().max((a, b) -> Long.compare(a.getId(), b.getId())).orElse(null);
        if (latest == null || latest.getStatus() == BatchStatus.COMPLETED || latest.getStatus() == BatchStatus.ABANDONED) {
            return null;
        }
        JobParameters p = latest.getJobParameters();
        if (!input.equals(p.getString("input")) || !output.equals(p.getString("output"))
                || !rulesVersion.equals(p.getString("rulesVersion"))) {
            return null;
        }
        if (latest.getStatus().isRunning()) {
            markFailed(latest);
        }
        return p;
    }

    /** A run whose process died is left STARTED; mark it FAILED so Spring Batch lets it restart. */
    private void markFailed(JobExecution execution) {
        log.warn("Audit sebelumnya (eksekusi {}) terhenti tanpa selesai; ditandai gagal dan dilanjutkan", execution.getId());
        for (StepExecution step : execution.getStepExecutions()) {
            if (step.getStatus().isRunning()) {
                step.setStatus(BatchStatus.FAILED);
                step.setExitStatus(ExitStatus.FAILED.addExitDescription("proses terhenti"));
                step.setEndTime(LocalDateTime.now());
                repository.update(step);
            }
        }
        execution.setStatus(BatchStatus.FAILED);
        execution.setExitStatus(ExitStatus.FAILED.addExitDescription("proses terhenti"));
        execution.setEndTime(LocalDateTime.now());
        repository.update(execution);
    }
}
