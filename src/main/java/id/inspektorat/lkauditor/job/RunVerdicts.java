package id.inspektorat.lkauditor.job;

import id.inspektorat.lkauditor.review.Verdicts;
import org.springframework.stereotype.Component;

/**
 * The auditors' verdicts, read once per run for the document steps: a finding an auditor marked SALAH
 * gets no evidence image drawn while its document is open (the write step draws any image a reported
 * finding still lacks). A verdicts file that cannot be read here leaves every image drawn; the write
 * step reads it again and says what is wrong with it.
 */
@Component
class RunVerdicts {

    private long jobExecution = -1;
    private Verdicts verdicts = Verdicts.none();

    synchronized Verdicts of(long jobExecutionId, AuditSettings settings) {
        if (jobExecutionId != jobExecution) {
            jobExecution = jobExecutionId;
            try {
                verdicts = settings.verdicts() ? Verdicts.load(settings.rules()) : Verdicts.none();
            } catch (RuntimeException e) {
                verdicts = Verdicts.none();
            }
        }
        return verdicts;
    }
}
