package id.inspektorat.lkauditor.job;

import id.inspektorat.lkauditor.job.DocumentAuditService.StageTimes;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.batch.core.JobExecution;
import org.springframework.batch.core.JobExecutionListener;
import org.springframework.stereotype.Component;

/**
 * Documents done and milliseconds per stage over a run, summed across the partitions' threads, for the
 * progress lines, the summary and the benchmark. Reset when a job starts, so a restart counts afresh.
 */
@Component
public final class AuditProgress implements JobExecutionListener {

    private final AtomicInteger done = new AtomicInteger();
    private final AtomicLong extractMs = new AtomicLong();
    private final AtomicLong normalizeMs = new AtomicLong();
    private final AtomicLong checkMs = new AtomicLong();
    private final AtomicLong evidenceMs = new AtomicLong();
    private volatile long started = System.nanoTime();

    @Override
    public void beforeJob(JobExecution jobExecution) {
        done.set(0);
        extractMs.set(0);
        normalizeMs.set(0);
        checkMs.set(0);
        evidenceMs.set(0);
        started = System.nanoTime();
    }

    /** Adds a freshly audited document's stages (a reused result took none). */
    void add(StageTimes times) {
        extractMs.addAndGet(times.extract());
        normalizeMs.addAndGet(times.normalize());
        checkMs.addAndGet(times.check());
        evidenceMs.addAndGet(times.evidence());
    }

    /** Counts a document done; returns how many are. */
    int documentDone() {
        return done.incrementAndGet();
    }

    /** Seconds the run's other documents should take at the pace so far, once {@code done} of {@code count} are. */
    long secondsLeft(int done, int count) {
        return secondsLeft((System.nanoTime() - started) / 1_000_000_000L, done, count);
    }

    static long secondsLeft(long elapsedSeconds, int done, int count) {
        return done >= count ? 0 : elapsedSeconds * (count - done) / Math.max(1, done);
    }

    StageTimes totals() {
        return new StageTimes(extractMs.get(), normalizeMs.get(), checkMs.get(), evidenceMs.get());
    }
}
