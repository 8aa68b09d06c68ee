package id.inspektorat.lkauditor.rules;

import id.inspektorat.lkauditor.extraction.PageText;
import id.inspektorat.lkauditor.facts.Fact;
import id.inspektorat.lkauditor.facts.FactExtractor;
import id.inspektorat.lkauditor.normalization.Table;
import java.util.List;

/**
 * What rules read: the document's normalized tables and running text, the OPD it belongs to, the
 * year it reports on (0 when the title page does not say), and its facts, read once.
 */
public record DocumentUnderAudit(String document, int pageCount, List<Table> tables, List<PageText> pages, String opd,
                                 int year, List<Fact> facts) {

    public DocumentUnderAudit {
        tables = List.copyOf(tables);
        pages = List.copyOf(pages);
        opd = opd == null ? "" : opd;
        facts = List.copyOf(facts);
    }

    /** A document whose facts {@code facts} reads from its tables (with the run's vocabulary). */
    public DocumentUnderAudit(String document, int pageCount, List<Table> tables, List<PageText> pages, String opd, int year,
                              FactExtractor facts) {
        this(document, pageCount, tables, pages, opd, year, facts.facts(tables, opd, year));
    }

    /** A document of no known OPD or year. */
    public DocumentUnderAudit(String document, int pageCount, List<Table> tables, List<PageText> pages, FactExtractor facts) {
        this(document, pageCount, tables, pages, "", 0, facts);
    }
}
