package id.inspektorat.lkauditor.rules;

import id.inspektorat.lkauditor.normalization.Table;
import java.util.ArrayList;
import java.util.List;

/** A rule that looks at one table at a time. */
public interface TableRule extends AuditRule {

    /** The table of a report whose year is unknown. */
    List<Finding> check(Table table);

    /** The table of a report on {@code year} (0: unknown); a rule whose scale depends on the year overrides it. */
    default List<Finding> check(Table table, int year) {
        return check(table);
    }

    @Override
    default List<Finding> check(DocumentUnderAudit document) {
        List<Finding> all = new ArrayList<>();
        for (Table t : document.tables()) {
            all.addAll(check(t, document.year()));
        }
        return all;
    }
}
