package id.inspektorat.lkauditor.report;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/** What ran: the input folder, the rules version, and one line per rule (by id) of what it checks. */
public record RunInfo(String input, String rulesVersion, Map<String, String> rules) {

    public static final RunInfo NONE = new RunInfo("", "", Map.of());

    public RunInfo {
        rules = Collections.unmodifiableMap(new TreeMap<>(rules));
    }
}
