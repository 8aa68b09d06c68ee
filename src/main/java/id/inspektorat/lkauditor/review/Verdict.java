package id.inspektorat.lkauditor.review;

/**
 * An auditor's decision on one finding.
 *
 * @param fingerprint the finding's {@link Fingerprints fingerprint}
 * @param kind        confirmed or a false alarm
 * @param reviewer    who decided, or empty
 * @param date        when (ISO), or empty
 * @param note        why, or empty
 * @param source      where it was read, {@code verdicts/file.csv:12}
 */
public record Verdict(String fingerprint, Kind kind, String reviewer, String date, String note, String source) {

    public enum Kind {
        /** Confirmed: the finding stays, marked. */
        BENAR,
        /** A false alarm: the finding leaves the reports and is listed in suppressed.csv. */
        SALAH
    }
}
