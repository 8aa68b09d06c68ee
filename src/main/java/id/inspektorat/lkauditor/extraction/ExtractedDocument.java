package id.inspektorat.lkauditor.extraction;

import java.util.List;

/** Everything the later stages read from one PDF: tables and running text, free of PDFBox types. */
public record ExtractedDocument(int pageCount, List<ExtractedTable> tables, List<PageText> pages) {

    public ExtractedDocument {
        tables = List.copyOf(tables);
        pages = List.copyOf(pages);
    }

    public List<Integer> pagesWithoutText() {
        return pages.stream().filter(p -> !p.hasTextLayer()).map(PageText::page).toList();
    }
}
