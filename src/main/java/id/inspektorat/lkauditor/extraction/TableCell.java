package id.inspektorat.lkauditor.extraction;

/**
 * One cell as read from the PDF.
 *
 * @param text    its text, line breaks kept as spaces
 * @param bold    most of its characters are set in a bold font (budget tables mark levels so)
 * @param colSpan how many grid columns a merged cell covers (1 for a plain cell)
 * @param box     where it is on its page (for evidence images), or null
 */
public record TableCell(String text, boolean bold, int colSpan, Box box) {

    public static final TableCell EMPTY = new TableCell("", false, 1, null);

    public TableCell(String text, boolean bold, int colSpan) {
        this(text, bold, colSpan, null);
    }

    public boolean isBlank() {
        return text.isBlank();
    }
}
