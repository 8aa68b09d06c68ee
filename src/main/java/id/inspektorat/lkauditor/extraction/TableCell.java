package id.inspektorat.lkauditor.extraction;

/**
 * One cell as read from the PDF.
 *
 * @param text    its text, line breaks kept as spaces
 * @param bold    most of its characters are set in a bold font (budget tables mark levels so)
 * @param colSpan how many grid columns a merged cell covers (1 for a plain cell)
 * @param box     where it is on its page (for evidence images), or null
 * @param indent  how far (in points) the first glyph of its first line starts right of the cell's left
 *                edge — of the ruled cell, or in a table without rulings of its column's leftmost
 *                text; NaN when unknown (a blank cell, a cell built without geometry). Child rows of
 *                a hierarchy are often set further right than their parent
 * @param trailing how far the last glyph of its last line ends left of the cell's right edge (of the
 *                column's rightmost text without rulings), NaN when unknown: a centred one-line
 *                cell's {@code trailing} is about its {@code indent}; a wrapped left-aligned one's
 *                is the room its short last line leaves
 */
public record TableCell(String text, boolean bold, int colSpan, Box box, float indent, float trailing) {

    public static final TableCell EMPTY = new TableCell("", false, 1, null);

    public TableCell(String text, boolean bold, int colSpan, Box box) {
        this(text, bold, colSpan, box, Float.NaN, Float.NaN);
    }

    public TableCell(String text, boolean bold, int colSpan) {
        this(text, bold, colSpan, null);
    }

    public boolean isBlank() {
        return text.isBlank();
    }

    /** Where its text starts and ends inside it is known. */
    public boolean hasIndent() {
        return !Float.isNaN(indent) && !Float.isNaN(trailing);
    }
}
