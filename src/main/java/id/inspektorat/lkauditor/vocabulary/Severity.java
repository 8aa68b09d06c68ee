package id.inspektorat.lkauditor.vocabulary;

/** ERROR: a figure is wrong. WARNING: a figure is doubtful. INFO: a note for the auditor. */
public enum Severity {
    ERROR,
    WARNING,
    INFO
}
