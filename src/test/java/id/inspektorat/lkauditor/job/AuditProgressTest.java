package id.inspektorat.lkauditor.job;

import static org.assertj.core.api.Assertions.assertThat;

import id.inspektorat.lkauditor.job.DocumentAuditService.StageTimes;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.JobExecution;

/** The run's counts start afresh with every job, a restart included. */
class AuditProgressTest {

    @Test
    void stagesAreSummedAndResetWhenAJobStarts() {
        AuditProgress progress = new AuditProgress();
        progress.add(new StageTimes(10, 2, 3, 4));
        progress.add(new StageTimes(5, 1, 1, 0));
        assertThat(progress.documentDone()).isEqualTo(1);
        assertThat(progress.documentDone()).isEqualTo(2);
        assertThat(progress.totals()).isEqualTo(new StageTimes(15, 3, 4, 4));

        progress.beforeJob(new JobExecution(1L));
        assertThat(progress.totals()).isEqualTo(new StageTimes(0, 0, 0, 0));
        assertThat(progress.documentDone()).isEqualTo(1);
    }

    @Test
    void timeLeftIsThePaceSoFarOverTheDocumentsLeft() {
        assertThat(AuditProgress.secondsLeft(30, 3, 10)).isEqualTo(70);
        assertThat(AuditProgress.secondsLeft(30, 10, 10)).isZero();
        assertThat(AuditProgress.secondsLeft(0, 1, 10)).isZero();
    }
}
