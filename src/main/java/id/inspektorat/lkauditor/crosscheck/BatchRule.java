package id.inspektorat.lkauditor.crosscheck;

import id.inspektorat.lkauditor.rules.Finding;
import id.inspektorat.lkauditor.rules.Rule;
import java.util.List;
import java.util.Map;

/**
 * A {@link Rule} that compares reports: run once per night over every report of the run and the earlier
 * reports the history holds. Returns findings by the path of the tonight's document they are about;
 * never throws.
 */
public interface BatchRule extends Rule {

    Map<String, List<Finding>> check(List<ReportFacts> reports);
}
