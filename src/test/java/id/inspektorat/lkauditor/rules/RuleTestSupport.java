package id.inspektorat.lkauditor.rules;

import id.inspektorat.lkauditor.normalization.Table;
import java.util.List;

/** Runs a table rule on one table. */
public final class RuleTestSupport {

    private RuleTestSupport() {
    }

    public static List<Finding> run(TableRule rule, Table table) {
        return rule.check(table);
    }
}
