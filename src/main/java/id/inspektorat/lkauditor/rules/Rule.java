package id.inspektorat.lkauditor.rules;

/**
 * What every rule is, whatever it reads: a final class named after its defect, annotated with
 * {@link RuleInfo} (id, severity, summary), registered as a Spring bean and run by the registry,
 * returning findings and never throwing. {@link AuditRule} reads one document; an across-report
 * rule ({@code crosscheck.BatchRule}) reads the night's reports and the history's.
 */
public interface Rule {

    default RuleInfo info() {
        RuleInfo info = getClass().getAnnotation(RuleInfo.class);
        if (info == null) {
            throw new IllegalStateException(getClass().getName() + " has no @RuleInfo");
        }
        return info;
    }
}
