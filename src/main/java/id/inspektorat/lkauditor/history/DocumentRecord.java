package id.inspektorat.lkauditor.history;

import id.inspektorat.lkauditor.intake.DocumentStatus;

/** A document of a run, as the history holds it. */
public record DocumentRecord(long id, long jobInstanceId, String path, String sha256, long size, String folderOpd,
                             String opd, String opdSource, String kind, String kindSource, String year, String yearSource, DocumentStatus status, Integer pages, Integer tables,
                             Integer tablesUnderstood, String notUnderstood, Integer findings, String message, String changeKind, boolean reused, Long millis) {
}
