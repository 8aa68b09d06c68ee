package id.inspektorat.lkauditor.normalization;

/** What a table cell holds once its printed text has been read. */
public enum ValueKind {
    /** Blank cell. */
    EMPTY,
    /** {@code -}, {@code ---}, {@code n/a}: printed as "none" (zero where a number is expected). */
    DASH,
    /** A number: amount, count, decimal or percentage, possibly with a predikat beside it. */
    NUMBER,
    /** A predikat letter alone ({@code A}, {@code BB}). */
    GRADE,
    /** Two or more amounts in one cell ({@code 29.782.832 3.000.000}). */
    MULTI,
    /** Digits and separators that follow no number format ({@code 10.00.000}): reported, never guessed. */
    MALFORMED,
    /** Anything else. */
    TEXT
}
