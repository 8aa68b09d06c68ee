package id.inspektorat.lkauditor.extraction;

/** A line of running text outside tables, with its position (box may be null when unknown). */
public record TextLine(String text, float top, boolean bold, Box box) {

    public TextLine(String text, float top, boolean bold) {
        this(text, top, bold, null);
    }
}
