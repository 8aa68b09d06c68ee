package id.inspektorat.lkauditor.extraction;

/** A line of running text outside tables, with its vertical position. */
public record TextLine(String text, float top, boolean bold) {
}
