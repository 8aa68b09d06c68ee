package id.inspektorat.lkauditor.narrative;

/** A sentence of the running text, with the page it starts on and the sentence before it (for context). */
public record Sentence(int page, String text, String previous) {
}
