package id.inspektorat.lkauditor.extraction;

import java.util.List;

/** Everything the later stages read from one PDF: tables and running text, free of PDFBox types. */
public record ExtractedDocument(int pageCount, List<ExtractedTable> tables, List<PageText> pages, String protection) {

    public ExtractedDocument {
        tables = List.copyOf(tables);
        pages = List.copyOf(pages);
        protection = protection == null ? "" : protection;
    }

    public ExtractedDocument(int pageCount, List<ExtractedTable> tables, List<PageText> pages) {
        this(pageCount, tables, pages, "");
    }

    public ExtractedDocument withProtection(String note) {
        return new ExtractedDocument(pageCount, tables, pages, note);
    }

    public List<Integer> pagesWithoutText() {
        return pages.stream().filter(p -> !p.hasTextLayer()).map(PageText::page).toList();
    }
}
