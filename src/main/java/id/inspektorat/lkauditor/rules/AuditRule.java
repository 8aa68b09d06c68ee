package id.inspektorat.lkauditor.rules;

import java.util.List;

/**
 * A check over one document. Implementations are final classes named after the defect they detect,
 * annotated with {@link RuleInfo}, registered as Spring beans. They return findings and never throw.
 */
public interface AuditRule {

    List<Finding> check(DocumentUnderAudit document);

    default RuleInfo info() {
        RuleInfo info = getClass().getAnnotation(RuleInfo.class);
        if (info == null) {
            throw new IllegalStateException(getClass().getName() + " has no @RuleInfo");
        }
        return info;
    }
}
