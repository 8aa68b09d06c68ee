package id.inspektorat.lkauditor.extraction;

/** A document that could not be read, with the status it gets and a message in Indonesian. */
public final class ExtractionFailure extends Exception {

    private final String status;

    public ExtractionFailure(String status, String message, Throwable cause) {
        super(message, cause);
        this.status = status;
    }

    /** One of {@code UNREADABLE}, {@code ENCRYPTED}, {@code NO_TEXT_LAYER}, {@code TOO_LARGE}, {@code TIMEOUT}. */
    public String status() {
        return status;
    }
}
