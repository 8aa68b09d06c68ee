package id.inspektorat.lkauditor.extraction;

import java.util.List;

/** The running text of a page outside its tables, and whether the page has a text layer at all. */
public record PageText(int page, boolean hasTextLayer, List<TextLine> lines) {

    public PageText {
        lines = List.copyOf(lines);
    }

    /** The page's running text as one string: lines joined, words broken with a hyphen rejoined. */
    public String flowingText() {
        StringBuilder sb = new StringBuilder();
        for (TextLine l : lines) {
            String t = l.text();
            if (sb.length() > 0) {
                if (sb.charAt(sb.length() - 1) == '-' && sb.length() > 1 && Character.isLetter(sb.charAt(sb.length() - 2))
                        && !t.isEmpty() && Character.isLowerCase(t.charAt(0))) {
                    sb.setLength(sb.length() - 1);
                } else {
                    sb.append(' ');
                }
            }
            sb.append(t);
        }
        return sb.toString();
    }
}
