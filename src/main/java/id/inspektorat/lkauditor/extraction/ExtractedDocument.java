package id.inspektorat.lkauditor.extraction;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

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

    /**
     * What the tool read on a page, in reading order: the running text and each table row on it
     * (cells separated by " | "; headers repeated on a continuation page too), top to bottom. What
     * {@code --dump-text} writes.
     */
    public List<String> readingText(int page) {
        record Placed(float top, String text) {
        }
        List<Placed> placed = new ArrayList<>();
        pages.stream().filter(p -> p.page() == page).findFirst()
                .ifPresent(p -> p.lines().forEach(l -> placed.add(new Placed(l.top(), l.text()))));
        for (ExtractedTable t : tables) {
            if (page < t.firstPage() || page > t.lastPage()) {
                continue;
            }
            for (TableRow r : Stream.concat(t.repeatedHeaders().stream(), t.rows().stream()).toList()) {
                if (r.isOn(page) && !r.isBlank()) {
                    placed.add(new Placed(r.page() == page ? r.top() : 0, String.join(" | ", r.cells().stream().map(TableCell::text)
                            .filter(x -> !x.isBlank()).toList())));
                }
            }
        }
        placed.sort(Comparator.comparingDouble(Placed::top));
        return placed.stream().map(Placed::text).toList();
    }

    /**
     * Pages whose tables the tool could not read well: more than {@link #MAX_TABLES_PER_PAGE} tables
     * on one page, or mostly fragments (tables of one or two filled cells). Their findings may be
     * incomplete, so the document must not look like a clean audit.
     */
    public List<Integer> poorlyReadPages() {
        Map<Integer, int[]> perPage = new TreeMap<>();
        for (ExtractedTable t : tables) {
            long filled = t.rows().stream().flatMap(r -> r.cells().stream()).filter(c -> !c.isBlank()).count();
            int[] counts = perPage.computeIfAbsent(t.firstPage(), k -> new int[2]);
            counts[0]++;
            counts[1] += filled <= 2 ? 1 : 0;
        }
        List<Integer> poor = new ArrayList<>();
        perPage.forEach((page, c) -> {
            if (c[0] > MAX_TABLES_PER_PAGE || c[1] >= 5 && c[1] * 2 > c[0]) {
                poor.add(page);
            }
        });
        return poor;
    }

    /** More tables than this on one page are fragments of a grid, not tables. */
    public static final int MAX_TABLES_PER_PAGE = 15;

    public List<Integer> pagesWithoutText() {
        return pages.stream().filter(p -> !p.hasTextLayer()).map(PageText::page).toList();
    }
}
