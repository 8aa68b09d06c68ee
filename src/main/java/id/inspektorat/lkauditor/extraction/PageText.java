package id.inspektorat.lkauditor.extraction;

import java.util.List;

/** The running text of a page outside its tables, and whether the page has a text layer at all. */
public record PageText(int page, boolean hasTextLayer, List<TextLine> lines) {

    public PageText {
        lines = List.copyOf(lines);
    }
}
