package id.inspektorat.lkauditor.rules;

import java.util.List;

/** A {@link Rule} over one document. */
public interface AuditRule extends Rule {

    List<Finding> check(DocumentUnderAudit document);
}
