package id.inspektorat.lkauditor.crosscheck;

import id.inspektorat.lkauditor.rules.Finding;
import id.inspektorat.lkauditor.rules.RuleInfo;
import java.util.List;
import java.util.Map;

/**
 * A check that compares reports: run once per night over every report of the run and the earlier
 * reports the history holds. Returns findings by the path of the tonight's document they are about;
 * never throws.
 */
public interface BatchRule {

    Map<String, List<Finding>> check(List<ReportFacts> reports);

    default RuleInfo info() {
        RuleInfo info = getClass().getAnnotation(RuleInfo.class);
        if (info == null) {
            throw new IllegalStateException(getClass().getName() + " has no @RuleInfo");
        }
        return info;
    }
}
