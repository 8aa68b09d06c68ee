package id.inspektorat.lkauditor.rules;

import id.inspektorat.lkauditor.normalization.Table;
import java.util.ArrayList;
import java.util.List;

/** A rule that looks at one table at a time. */
public interface TableRule extends AuditRule {

    List<Finding> check(Table table);

    @Override
    default List<Finding> check(DocumentUnderAudit document) {
        List<Finding> all = new ArrayList<>();
        for (Table t : document.tables()) {
            all.addAll(check(t));
        }
        return all;
    }
}
