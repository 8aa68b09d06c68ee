package id.inspektorat.lkauditor.settings;

import id.inspektorat.lkauditor.vocabulary.Severity;

/** A rule's setting in {@code rules/lk-auditor.yml}: whether it runs, and the severity of its findings. */
public record RuleSwitch(String id, boolean enabled, Severity severity, String file, int line) {
}
