package id.inspektorat.lkauditor.intake;

/**
 * Where a document of a run stands. {@code name()} is what the history stores and documents.csv shows,
 * so a constant is never renamed.
 */
public enum DocumentStatus {
    /** discovered, not yet audited */
    PENDING,
    AUDITED,
    /** every page scanned: needs OCR first */
    NO_TEXT_LAYER,
    NOT_PDF,
    TOO_LARGE,
    UNREADABLE,
    ENCRYPTED,
    TIMEOUT;

    /** A result that does not depend on the settings (a password, a limit), so an unchanged document reuses it. */
    public boolean reusable() {
        return this == AUDITED || this == NO_TEXT_LAYER;
    }
}
