package id.inspektorat.lkauditor.extraction;

import id.inspektorat.lkauditor.text.Texts;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Turns per-page tables into document tables: finds each table's caption (the nearest
 * {@code Tabel N.M} line above it, also at the foot of the previous page), and joins a table that
 * continues on the next page — same columns, no caption of its own — dropping its repeated header
 * rows and joining a row that the page break cut in two.
 */
final class TableStitcher {

    private static final Pattern NOT_A_LETTER = Pattern.compile("[^\\p{L}]");
    private static final Pattern PAGE_WORD = Pattern.compile("^(hal|halaman|page)$");

    private static final float COLUMN_TOLERANCE = 3f;

    private TableStitcher() {
    }

    static ExtractedDocument stitch(List<PdfTableExtractor.PageTables> pages) {
        List<ExtractedTable> tables = new ArrayList<>();
        List<PageText> texts = new ArrayList<>();
        Building open = null;
        Set<String> running = runningLines(pages);
        for (int p = 0; p < pages.size(); p++) {
            PdfTableExtractor.PageTables page = pages.get(p);
            texts.add(new PageText(page.page(), page.hasText(), page.lines()));
            float previousBottom = 0;
            for (int t = 0; t < page.tables().size(); t++) {
                PdfTableExtractor.PageTable table = page.tables().get(t);
                List<TextLine> above = linesBetween(page.lines(), previousBottom, table.box().top()).stream()
                        .filter(l -> !isRunning(l, running)).toList();
                String caption = caption(above);
                boolean adjacent = open != null && (t == 0 && open.lastPage == page.page() - 1 && open.isLastOnItsPage
                        || t > 0 && open.lastPage == page.page() && above.isEmpty());
                boolean continues = adjacent && caption.isEmpty() && !hasProse(above)
                        && (open.columnLefts.size() == table.columnLefts().size()
                        && (sameColumns(open.columnLefts, table.columnLefts()) || open.repeatsHeader(table))
                        || startsWithData(table) && similarWidth(open.columnLefts, table.columnLefts()));
                if (continues) {
                    open.append(table);
                } else {
                    if (open != null) {
                        // ended at the foot of a page, and this page opens with a table it was not joined with
                        boolean mayContinue = t == 0 && open.lastPage == page.page() - 1 && open.isLastOnItsPage
                                && !hasProse(above);
                        tables.add(open.build(tables.size() + 1, mayContinue));
                    }
                    if (caption.isEmpty() && t == 0 && p > 0) {
                        caption = orphanCaption(pages.get(p - 1));
                    }
                    open = new Building(caption, page.page(), table);
                }
                open.isLastOnItsPage = t == page.tables().size() - 1 && trailingTextIsShort(page, table, running);
                previousBottom = table.box().bottom();
            }
        }
        if (open != null) {
            tables.add(open.build(tables.size() + 1, false));
        }
        int pageCount = pages.size();
        return new ExtractedDocument(pageCount, tables, texts);
    }

    /** Below the last table only a source line or page number may stand if the table goes on (running footers aside). */
    private static boolean trailingTextIsShort(PdfTableExtractor.PageTables page, PdfTableExtractor.PageTable table,
                                               Set<String> running) {
        long lines = page.lines().stream().filter(l -> l.top() > table.box().bottom() && !isRunning(l, running)).count();
        return lines <= 2;
    }

    /**
     * Running headers and footers: lines that, digits aside, recur on at least three pages and a
     * fifth of the pages with text ("Renstra Dinas PUPR Kab. Grobogan", "LKjIP 2022 | 14"). They
     * stand between a table and its continuation without being prose.
     */
    static Set<String> runningLines(List<PdfTableExtractor.PageTables> pages) {
        Map<String, Integer> seen = new HashMap<>();
        long withText = pages.stream().filter(PdfTableExtractor.PageTables::hasText).count();
        for (PdfTableExtractor.PageTables page : pages) {
            // captions ("Tabel 2.3", "Tabel 2.4": "tabel") and short words are not running lines
            page.lines().stream().filter(l -> !PdfTableExtractor.CAPTION.matcher(l.text()).matches())
                    .map(TableStitcher::runningKey).filter(k -> k.length() >= 10).distinct()
                    .forEach(k -> seen.merge(k, 1, Integer::sum));
        }
        long needed = Math.max(3, (withText + 4) / 5);
        Set<String> running = new HashSet<>();
        seen.forEach((k, n) -> {
            if (n >= needed) {
                running.add(k);
            }
        });
        return running;
    }

    private static boolean isRunning(TextLine line, Set<String> running) {
        String key = runningKey(line);
        // a page number alone ("14", "- 14 -", "Hal. 14") is a running line too
        return key.isEmpty() ? line.text().trim().length() <= 12 : running.contains(key);
    }

    private static String runningKey(TextLine line) {
        String letters = NOT_A_LETTER.matcher(line.text().toLowerCase(Locale.ROOT)).replaceAll("");
        return PAGE_WORD.matcher(letters).replaceAll("");
    }

    private static boolean hasProse(List<TextLine> above) {
        return above.stream().anyMatch(l -> l.text().length() > 60);
    }

    private static List<TextLine> linesBetween(List<TextLine> lines, float top, float bottom) {
        return lines.stream().filter(l -> l.top() >= top - 1 && l.top() < bottom).toList();
    }

    /** The nearest caption line above the table, with the title lines that follow it. */
    private static String caption(List<TextLine> above) {
        for (int i = above.size() - 1; i >= 0; i--) {
            if (PdfTableExtractor.CAPTION.matcher(above.get(i).text()).matches()) {
                StringBuilder sb = new StringBuilder(above.get(i).text());
                for (int j = i + 1; j < above.size() && j <= i + 3; j++) {
                    String line = above.get(j).text();
                    if (line.length() > 160) {
                        break;
                    }
                    sb.append(' ').append(line);
                }
                return Texts.collapse(sb.toString()).trim();
            }
        }
        return "";
    }

    /** A caption left alone at the foot of the previous page, below its last table. */
    private static String orphanCaption(PdfTableExtractor.PageTables previous) {
        float lastBottom = previous.tables().isEmpty() ? 0 : previous.tables().get(previous.tables().size() - 1).box().bottom();
        return caption(previous.lines().stream().filter(l -> l.top() > lastBottom).toList());
    }

    /** A table part without a header of its own: its first row already holds figures. */
    private static boolean startsWithData(PdfTableExtractor.PageTable table) {
        return !table.rows().isEmpty() && Texts.HAS_DIGIT_ANYWHERE.matcher(table.rows().get(0).joined()).matches();
    }

    /**
     * A header-less part right after a table, with as many columns or one more (a wide table whose
     * last column fell off the earlier page): Word starts a new table with its own widths, so only
     * the count is compared, and the columns are matched in order.
     */
    private static boolean similarWidth(List<Float> open, List<Float> next) {
        return open.size() >= 3 && (next.size() == open.size() || next.size() == open.size() + 1);
    }

    private static boolean sameColumns(List<Float> a, List<Float> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            if (Math.abs(a.get(i) - b.get(i)) > COLUMN_TOLERANCE) {
                return false;
            }
        }
        return true;
    }

    private static final class Building {
        final String caption;
        final int firstPage;
        final Box box;
        final List<Float> columnLefts;
        final String method;
        final List<TableRow> rows = new ArrayList<>();
        final List<TableRow> repeatedHeaders = new ArrayList<>();
        int lastPage;
        boolean isLastOnItsPage;

        Building(String caption, int page, PdfTableExtractor.PageTable table) {
            this.caption = caption;
            this.firstPage = page;
            this.lastPage = page;
            this.box = table.box();
            this.columnLefts = table.columnLefts();
            this.method = table.method();
            rows.addAll(table.rows());
        }

        /** Word repeats a table's header rows on each page: leading figure-free rows like ours. */
        boolean repeatsHeader(PdfTableExtractor.PageTable next) {
            return repeatedHeaderRows(next.rows()) > 0;
        }

        private int repeatedHeaderRows(List<TableRow> incoming) {
            int h = 0;
            while (h < incoming.size() && !Texts.HAS_DIGIT_ANYWHERE.matcher(incoming.get(h).joined()).matches()) {
                TableRow row = incoming.get(h);
                if (row.isBlank() || rows.stream().limit(6).noneMatch(r -> same(r, row))) {
                    break;
                }
                h++;
            }
            return h;
        }

        void append(PdfTableExtractor.PageTable next) {
            List<TableRow> incoming = new ArrayList<>(next.rows());
            int header = repeatedHeaderRows(incoming);
            repeatedHeaders.addAll(incoming.subList(0, header));
            incoming = new ArrayList<>(incoming.subList(header, incoming.size()));
            if (!incoming.isEmpty() && isBrokenRow(incoming.get(0)) && !rows.isEmpty()) {
                TableRow last = rows.remove(rows.size() - 1);
                rows.add(join(last, incoming.get(0)));
                incoming.remove(0);
            }
            if (header > 0 && !incoming.isEmpty()) {
                incoming.set(0, incoming.get(0).markAfterRepeatedHeader());
            }
            rows.addAll(incoming);
            lastPage = next.rows().isEmpty() ? lastPage : next.rows().get(0).page();
        }

        ExtractedTable build(int ordinal, boolean mayContinue) {
            return new ExtractedTable(ordinal, firstPage, lastPage, caption, box, method, rows, mayContinue, repeatedHeaders);
        }

        /** Equal up to spacing and punctuation ("Rp" and "Rp." are one header). */
        private static boolean same(TableRow a, TableRow b) {
            String x = Texts.lettersAndDigits(a.joined());
            return !x.isEmpty() && x.equalsIgnoreCase(Texts.lettersAndDigits(b.joined()));
        }

        /** The rest of a row cut by the page break: no key in the first column, no figure. */
        private static boolean isBrokenRow(TableRow row) {
            if (row.cells().isEmpty()) {
                return false;
            }
            long filled = row.cells().stream().filter(c -> !c.isBlank()).count();
            boolean noFigures = row.cells().stream().noneMatch(c -> Texts.HAS_DIGIT.matcher(c.text()).matches());
            // the first column empty, or only the name columns filled and no figure anywhere
            return noFigures && (row.cells().get(0).isBlank() || filled <= 2 && row.cells().size() > 4);
        }

        private static TableRow join(TableRow top, TableRow rest) {
            List<TableCell> cells = new ArrayList<>();
            int n = Math.max(top.cells().size(), rest.cells().size());
            for (int i = 0; i < n; i++) {
                TableCell a = i < top.cells().size() ? top.cells().get(i) : TableCell.EMPTY;
                TableCell b = i < rest.cells().size() ? rest.cells().get(i) : TableCell.EMPTY;
                String text = (a.text() + " " + b.text()).trim();
                TableCell start = a.isBlank() ? b : a; // where the joined text starts
                TableCell end = b.isBlank() ? a : b;   // and where it ends
                cells.add(new TableCell(text, a.bold() || (a.isBlank() && b.bold()), Math.max(a.colSpan(), 1), a.box(),
                        start.indent(), end.trailing()));
            }
            return top.continuedOn(rest.page(), cells);
        }
    }
}
