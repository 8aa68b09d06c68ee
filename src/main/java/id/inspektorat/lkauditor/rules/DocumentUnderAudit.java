package id.inspektorat.lkauditor.rules;

import id.inspektorat.lkauditor.extraction.PageText;
import id.inspektorat.lkauditor.normalization.Table;
import java.util.List;

/** What rules read: the document's normalized tables and its running text. */
public record DocumentUnderAudit(String document, int pageCount, List<Table> tables, List<PageText> pages) {

    public DocumentUnderAudit {
        tables = List.copyOf(tables);
        pages = List.copyOf(pages);
    }
}
