package id.inspektorat.lkauditor.extraction;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;
import technology.tabula.Cell;
import technology.tabula.Page;
import technology.tabula.RectangularTextContainer;
import technology.tabula.Ruling;
import technology.tabula.Table;
import technology.tabula.TableWithRulingLines;
import technology.tabula.TextElement;
import technology.tabula.extractors.SpreadsheetExtractionAlgorithm;

/**
 * Reads one PDF: per page the ruled tables (Tabula's lattice algorithm, laid onto a geometric grid),
 * the running text outside them, and each table's caption; then stitches tables that continue on
 * the next page. PDFBox and Tabula types stay in this package: everything it returns is a plain
 * record. One instance per document; not shared between threads.
 */
public final class PdfTableExtractor {

    static final Pattern CAPTION = Pattern.compile("^(?i)tabel\\s*\\.?\\s*[0-9IVX]+(\\s*\\.\\s*\\d+)*\\b.*");

    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    private final ExtractionLimits limits;

    public PdfTableExtractor(ExtractionLimits limits) {
        this.limits = limits;
    }

    /**
     * Lends an idle core to a long document: the pages are then read by two threads, each from its
     * own PDFBox document (a PDDocument is not safe to share), taking the next page as they go.
     */
    public interface PageHelper {

        /** A helper thread is free now (it must be {@link #release released}), or false. */
        boolean tryAcquire();

        void release();

        java.util.concurrent.Executor executor();
    }

    /** Below this many pages a second reader costs more (opening the file again) than it saves. */
    static final int PAGES_WORTH_SHARING = 24;

    /** Reads the PDF's tables and text and closes it. */
    public ExtractedDocument extract(Path pdf, List<String> passwords) throws ExtractionFailure {
        try (OpenedPdf opened = open(pdf, passwords)) {
            return opened.extract();
        }
    }

    /**
     * Opens the PDF for reading: its tables and text first, then, while it is still open, the
     * evidence images of what the rules found in it, so the document is parsed once.
     */
    public OpenedPdf open(Path pdf, List<String> passwords) throws ExtractionFailure {
        try {
            return new OpenedPdf(load(pdf, passwords), pdf, passwords);
        } catch (InvalidPasswordException e) {
            throw new ExtractionFailure("ENCRYPTED", "Dokumen dilindungi kata sandi pembuka", e);
        } catch (IOException | RuntimeException | OutOfMemoryError | StackOverflowError e) {
            throw failure(e);
        }
    }

    /** A PDF opened by {@link #open}; not shared between threads at the same time. */
    public final class OpenedPdf implements AutoCloseable {

        private final PDDocument document;
        private final Path pdf;
        private final List<String> passwords;

        private OpenedPdf(PDDocument document, Path pdf, List<String> passwords) {
            this.document = document;
            this.pdf = pdf;
            this.passwords = passwords;
        }

        public ExtractedDocument extract() throws ExtractionFailure {
            return extract(null);
        }

        /** @param helper lends a second thread for a long document when one is idle; may be null */
        public ExtractedDocument extract(PageHelper helper) throws ExtractionFailure {
            long deadline = System.nanoTime() + limits.timeout().toNanos();
            try {
                int pageCount = document.getNumberOfPages();
                if (pageCount > limits.maxPages()) {
                    throw new ExtractionFailure("TOO_LARGE",
                            "Dokumen memiliki " + pageCount + " halaman, melebihi batas " + limits.maxPages() + " halaman", null);
                }
                checkContentSize(document);
                String protection = document.isEncrypted()
                        ? "Dokumen terenkripsi dengan kata sandi pemilik (pembatasan salin/cetak); tetap dapat dibaca dan diperiksa"
                        : "";
                PageTables[] read = new PageTables[pageCount];
                java.util.concurrent.atomic.AtomicInteger next = new java.util.concurrent.atomic.AtomicInteger(1);
                if (helper != null && pageCount >= PAGES_WORTH_SHARING && helper.tryAcquire()) {
                    java.util.concurrent.CompletableFuture<Void> second;
                    try {
                        second = java.util.concurrent.CompletableFuture.runAsync(() -> {
                            try (PDDocument copy = load(pdf, passwords)) {
                                readPages(copy, next, read, deadline);
                            } catch (IOException | ExtractionFailure e) {
                                throw new java.util.concurrent.CompletionException(e);
                            } finally {
                                helper.release();
                            }
                        }, helper.executor());
                    } catch (RuntimeException e) {
                        helper.release();
                        throw e;
                    }
                    try {
                        readPages(document, next, read, deadline);
                    } finally {
                        next.set(Integer.MAX_VALUE / 2); // the helper stops after its current page
                        joinHelper(second);
                    }
                } else {
                    readPages(document, next, read, deadline);
                }
                return TableStitcher.stitch(java.util.Arrays.asList(read)).withProtection(protection);
            } catch (IOException | RuntimeException | OutOfMemoryError | StackOverflowError e) {
                throw failure(e);
            }
        }

        /** Reads the pages not yet taken, one at a time, into their place in {@code read}. */
        private void readPages(PDDocument from, java.util.concurrent.atomic.AtomicInteger next, PageTables[] read,
                               long deadline) throws IOException, ExtractionFailure {
            for (int n = next.getAndIncrement(); n <= read.length; n = next.getAndIncrement()) {
                if (System.nanoTime() > deadline) {
                    throw new ExtractionFailure("TIMEOUT", "Ekstraksi melebihi batas waktu "
                            + limits.timeout().toSeconds() + " detik (berhenti di halaman " + n + ")", null);
                }
                read[n - 1] = readPage(PageReader.read(from, n));
            }
        }

        /** Waits for the helper; its failure is the document's (memory, loops and time limits included). */
        private void joinHelper(java.util.concurrent.CompletableFuture<Void> second) throws ExtractionFailure, IOException {
            try {
                second.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new ExtractionFailure("TIMEOUT", "Ekstraksi dihentikan", e);
            } catch (java.util.concurrent.ExecutionException e) {
                Throwable cause = e.getCause() instanceof java.util.concurrent.CompletionException c && c.getCause() != null
                        ? c.getCause() : e.getCause();
                if (cause instanceof ExtractionFailure f) {
                    throw f;
                }
                if (cause instanceof IOException io) {
                    throw io;
                }
                if (cause instanceof RuntimeException r) {
                    throw r;
                }
                if (cause instanceof Error err) {
                    throw err;
                }
                throw new IOException(cause);
            }
        }

        /** Draws evidence from this same document (its pages and fonts already read). */
        public EvidenceRenderer evidence() {
            return new EvidenceRenderer(document);
        }

        @Override
        public void close() {
            try {
                document.close();
            } catch (IOException e) {
                // nothing was written; a failed close loses nothing
            }
        }
    }

    private ExtractionFailure failure(Throwable e) {
        if (e instanceof OutOfMemoryError) {
            return new ExtractionFailure("TOO_LARGE", "Dokumen melebihi batas memori saat dibaca", e);
        }
        if (e instanceof StackOverflowError) {
            return new ExtractionFailure("UNREADABLE", "Struktur dokumen berputar (rujukan melingkar); tidak dapat dibaca", e);
        }
        if (String.valueOf(e.getMessage()).contains("Maximum allowed")) {
            // PDFBox's own memory cap (--lk.max-main-memory-mb) tripped while decoding
            return new ExtractionFailure("TOO_LARGE", "Isi dokumen melebihi batas memori "
                    + limits.maxMainMemory() / (1024 * 1024) + " MB setelah dekompresi", e);
        }
        return new ExtractionFailure("UNREADABLE", "Dokumen tidak dapat dibaca: " + describe(e), e);
    }

    /**
     * Decodes every page's content streams once, counting bytes, before anything is parsed: a
     * stream that inflates to hundreds of megabytes stops here, not in the middle of a page.
     */
    private void checkContentSize(PDDocument document) throws IOException, ExtractionFailure {
        long total = 0;
        byte[] buffer = new byte[64 * 1024];
        int n = 0;
        for (org.apache.pdfbox.pdmodel.PDPage page : document.getPages()) {
            n++;
            try (java.io.InputStream in = page.getContents()) {
                if (in == null) {
                    continue;
                }
                for (int r; (r = in.read(buffer)) > 0; ) {
                    total += r;
                    if (total > limits.maxContentBytes()) {
                        throw new ExtractionFailure("TOO_LARGE", "Isi halaman (hingga halaman " + n + ") mengembang melebihi "
                                + limits.maxContentBytes() / (1024 * 1024) + " MB setelah dekompresi", null);
                    }
                }
            }
        }
    }

    private PDDocument load(Path pdf, List<String> passwords) throws IOException {
        // scratch-file buffering costs time on every read: only files that could exceed the memory cap use it
        MemoryUsageSetting memory = java.nio.file.Files.size(pdf) * 4 < limits.maxMainMemory()
                ? MemoryUsageSetting.setupMainMemoryOnly(limits.maxMainMemory())
                : MemoryUsageSetting.setupMixed(limits.maxMainMemory());
        InvalidPasswordException last = null;
        List<String> tries = new ArrayList<>();
        tries.add("");
        tries.addAll(passwords);
        for (String password : tries) {
            try {
                PDDocument doc = PDDocument.load(pdf.toFile(), password, memory);
                doc.setAllSecurityToBeRemoved(false);
                return doc;
            } catch (InvalidPasswordException e) {
                last = e;
            }
        }
        throw last;
    }

    /** The reason in Indonesian, with PDFBox's own words kept in brackets for the specialist. */
    private static String describe(Throwable e) {
        String m = e.getMessage() == null || e.getMessage().isBlank() ? e.getClass().getSimpleName() : e.getMessage();
        String l = m.toLowerCase(Locale.ROOT);
        String reason;
        if (l.contains("recursion") || l.contains("loop")) {
            reason = "struktur halaman berputar (rujukan melingkar)";
        } else if (l.contains("end-of-file") || l.contains("eof") || l.contains("xref") || l.contains("trailer")) {
            reason = "berkas terpotong atau tabel rujukannya rusak";
        } else if (l.contains("header")) {
            reason = "kepala berkas PDF rusak";
        } else {
            reason = "struktur PDF rusak";
        }
        return reason + " (" + m + ")";
    }

    /** One page's tables (in reading order) and the lines of text outside them. */
    record PageTables(int page, boolean hasText, List<PageTable> tables, List<TextLine> lines) {
    }

    record PageTable(Box box, List<Float> columnLefts, List<TableRow> rows, String method) {
    }

    private PageTables readPage(Page page) {
        int number = page.getPageNumber();
        List<TextElement> text = page.getText();
        boolean hasText = text.stream().anyMatch(t -> !t.getText().isBlank());
        List<PageTable> tables = new ArrayList<>();
        List<TextLine> outsideLines;
        if (hasText) {
            java.util.Set<TextElement> used = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
            for (Table table : latticeTables(page)) {
                java.util.Set<TextElement> taken = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
                List<PageTable> kept = toPageTables(number, table, within(text, table), taken);
                if (!kept.isEmpty()) {
                    tables.addAll(kept);
                    used.addAll(taken); // a frame that is no table leaves its glyphs to the running text
                }
            }
            // glyphs inside a table's frame that no cell took (a frame drawn round a page of text) are
            // running text, not lost
            List<TextElement> free = new ArrayList<>(text.size());
            for (TextElement e : text) {
                if (!used.contains(e)) {
                    free.add(e);
                }
            }
            List<TextLine> beside = lines(free);
            List<PageTable> stream = streamTables(page, beside);
            tables.addAll(stream);
            outsideLines = stream.isEmpty() ? beside : lines(outside(free, stream));
        } else {
            outsideLines = List.of();
        }
        tables.sort(Comparator.comparingDouble(t -> t.box().top()));
        return new PageTables(number, hasText, tables, outsideLines);
    }

    private static final SpreadsheetExtractionAlgorithm LATTICE = new SpreadsheetExtractionAlgorithm();

    /**
     * Tabula's lattice tables ({@code SpreadsheetExtractionAlgorithm.extract}) without the text it
     * pours into every cell: cell text is rebuilt here from glyph centres, so Tabula's would be
     * computed and thrown away.
     */
    private static List<Table> latticeTables(Page page) {
        List<Ruling> horizontal = new ArrayList<>();
        List<Ruling> vertical = new ArrayList<>();
        for (Ruling r : page.getRulings()) {
            if (r.horizontal()) {
                horizontal.add(r);
            } else if (r.vertical()) {
                vertical.add(r);
            }
        }
        RulingSnap.Grid grid = RulingSnap.snap(Ruling.collapseOrientedRulings(horizontal), Ruling.collapseOrientedRulings(vertical));
        horizontal = grid.horizontal();
        vertical = grid.vertical();
        List<Cell> cells = SpreadsheetExtractionAlgorithm.findCells(horizontal, vertical);
        List<Table> tables = new ArrayList<>();
        for (technology.tabula.Rectangle area : SpreadsheetExtractionAlgorithm.findSpreadsheetsFromCells(cells)) {
            List<Cell> overlapping = cells.stream().filter(c -> c.intersects(area)).toList();
            List<Ruling> h = horizontal.stream().filter(area::intersectsLine).toList();
            List<Ruling> v = vertical.stream().filter(area::intersectsLine).toList();
            tables.add(new TableWithRulingLines(area, new ArrayList<>(overlapping), new ArrayList<>(h), new ArrayList<>(v), LATTICE));
        }
        technology.tabula.Utils.sort(tables, technology.tabula.Rectangle.ILL_DEFINED_ORDER);
        return tables;
    }

    private static final java.util.regex.Pattern FIGURE = java.util.regex.Pattern.compile("[-(]?\\d[\\d.,]*%?\\)?");

    /**
     * Tables without ruling lines, read from text alignment (Tabula's stream mode) where no ruled
     * table is: a run of at least three lines made mostly of figures, with the line above it as its
     * header. Finding the runs from the text is cheap; Tabula's own detector renders every page.
     * Kept only when they look like figures in columns: prose that happens to align must not become
     * a table whose "totals" are then checked.
     */
    private List<PageTable> streamTables(Page page, List<TextLine> lines) {
        List<PageTable> found = new ArrayList<>();
        int i = 0;
        while (i < lines.size()) {
            int j = i;
            while (j < lines.size() && figureDense(lines.get(j))) {
                j++;
            }
            if (j - i >= 3) {
                float top = lines.get(Math.max(0, i - 1)).top() - 1;
                float bottom = (j < lines.size() ? lines.get(j).top() : (float) page.getBottom()) - 1;
                technology.tabula.Rectangle area = new technology.tabula.Rectangle(top, (float) page.getLeft(),
                        (float) page.getWidth(), bottom - top);
                for (Table table : new technology.tabula.extractors.BasicExtractionAlgorithm().extract(page.getArea(area))) {
                    PageTable t = streamTable(page.getPageNumber(), table);
                    if (t != null) {
                        found.add(t);
                    }
                }
            }
            i = Math.max(j, i + 1);
        }
        return found;
    }

    private static boolean figureDense(TextLine line) {
        String[] tokens = line.text().split(" ");
        long figures = java.util.Arrays.stream(tokens).filter(t -> FIGURE.matcher(t).matches()).count();
        return figures >= 2 && figures * 5 >= tokens.length * 2;
    }

    /** The glyphs outside every table box. */
    private static List<TextElement> outside(List<TextElement> glyphs, List<PageTable> tables) {
        List<TextElement> out = new ArrayList<>(glyphs.size());
        for (TextElement e : glyphs) {
            float cx = (float) e.getCenterX();
            float cy = (float) e.getCenterY();
            boolean inside = false;
            for (PageTable t : tables) {
                if (t.box().contains(cx, cy)) {
                    inside = true;
                    break;
                }
            }
            if (!inside) {
                out.add(e);
            }
        }
        return out;
    }

    /** The glyphs in a table's area (and to its right, where overflowing text lands). */
    private static List<TextElement> within(List<TextElement> glyphs, Table table) {
        List<TextElement> in = new ArrayList<>();
        double top = table.getTop() - 1;
        double bottom = table.getBottom() + 1;
        double left = table.getLeft() - 1;
        for (TextElement e : glyphs) {
            double cy = e.getCenterY();
            if (cy >= top && cy <= bottom && e.getCenterX() >= left) {
                in.add(e);
            }
        }
        return in;
    }

    private static PageTable streamTable(int page, Table table) {
        List<List<RectangularTextContainer>> rows = table.getRows();
        int width = table.getColCount();
        if (rows.size() < 3 || width < 3) {
            return null;
        }
        List<TableRow> out = new ArrayList<>();
        float[] lefts = new float[width];
        java.util.Arrays.fill(lefts, Float.MAX_VALUE);
        int filled = 0;
        int figures = 0;
        int rowsWithFigures = 0;
        for (List<RectangularTextContainer> row : rows) {
            List<TableCell> cells = new ArrayList<>();
            int rowFigures = 0;
            for (int c = 0; c < width; c++) {
                RectangularTextContainer<?> cell = c < row.size() ? row.get(c) : null;
                String text = cell == null ? "" : WHITESPACE.matcher(cell.getText()).replaceAll(" ").trim();
                if (!text.isEmpty()) {
                    filled++;
                    lefts[c] = Math.min(lefts[c], cell.getLeft());
                    if (text.matches("[-(]?[Rp. ]*\\d[\\d.,]*\\s*%?\\)?")) {
                        figures++;
                        rowFigures++;
                    }
                }
                cells.add(text.isEmpty() ? TableCell.EMPTY : new TableCell(text, false, 1,
                        new Box(cell.getTop(), cell.getLeft(), cell.getBottom(), cell.getRight())));
            }
            rowsWithFigures += rowFigures >= 2 ? 1 : 0;
            out.add(new TableRow(page, row.isEmpty() ? 0 : row.get(0).getTop(), cells));
        }
        if (figures * 10 < filled * 3 || rowsWithFigures < 2) {
            return null;
        }
        List<Float> columnLefts = new ArrayList<>();
        for (float l : lefts) {
            columnLefts.add(l == Float.MAX_VALUE ? 0f : l);
        }
        return new PageTable(new Box(table.getTop(), table.getLeft(), table.getBottom(), table.getRight()), columnLefts, out, "stream");
    }

    /** @param used collects the glyphs the table's cells took */
    private List<PageTable> toPageTables(int page, Table table, List<TextElement> glyphs, java.util.Set<TextElement> used) {
        Map<RectangularTextContainer<?>, Boolean> seen = new IdentityHashMap<>();
        List<GridBuilder.RawCell> cells = new ArrayList<>();
        ByCentre byCentre = new ByCentre(glyphs);
        for (List<RectangularTextContainer> row : table.getRows()) {
            for (RectangularTextContainer<?> c : row) {
                if (c instanceof Cell cell && !cell.isPlaceholder() && seen.put(cell, Boolean.TRUE) == null) {
                    // text that runs past the table's right border (even off the page) is the last column's
                    boolean lastColumn = cell.getRight() >= table.getRight() - 2;
                    List<TextElement> inside = byCentre.inside(cell, lastColumn);
                    used.addAll(inside);
                    cells.add(new GridBuilder.RawCell(cell.getTop(), cell.getLeft(), cell.getBottom(), cell.getRight(),
                            cellText(inside), isBold(inside)));
                }
            }
        }
        List<PageTable> tables = new ArrayList<>();
        if (cells.size() < 2 || cells.size() > limits.maxCellsPerPage()) {
            return tables;
        }
        for (GridBuilder.Grid grid : GridBuilder.buildSegments(cells)) {
            if (grid.columnLefts().size() < 2) {
                continue; // a single ruled box (a frame around text) is not a table
            }
            List<TableRow> rows = new ArrayList<>();
            for (int i = 0; i < grid.rows().size(); i++) {
                rows.add(new TableRow(page, grid.rowTops().get(i), grid.rows().get(i)));
            }
            Box box = new Box(grid.top(), table.getLeft(), grid.bottom(), table.getRight());
            tables.add(new PageTable(box, grid.columnLefts(), rows, "lattice"));
        }
        return tables;
    }

    /**
     * The glyphs whose centre lies in the cell. Tabula keeps only glyphs wholly inside, which drops
     * the last letter of a word that touches the cell border ("TOTA" for "TOTAL").
     */
    /**
     * A table's glyphs by the height of their centres: each cell takes the glyphs whose centre lies
     * in it (left and top edges inside, right and bottom outside) by a binary search instead of a
     * look at every glyph of the table, in the order the glyphs came.
     */
    private static final class ByCentre {
        private final List<TextElement> glyphs;
        private final double[] centreY;
        private final int[] order;

        ByCentre(List<TextElement> glyphs) {
            this.glyphs = glyphs;
            int n = glyphs.size();
            Integer[] boxed = new Integer[n];
            double[] cy = new double[n];
            for (int i = 0; i < n; i++) {
                boxed[i] = i;
                cy[i] = glyphs.get(i).getCenterY();
            }
            java.util.Arrays.sort(boxed, Comparator.comparingDouble(i -> cy[i]));
            order = new int[n];
            centreY = new double[n];
            for (int k = 0; k < n; k++) {
                order[k] = boxed[k];
                centreY[k] = cy[boxed[k]];
            }
        }

        List<TextElement> inside(Cell cell, boolean openRight) {
            double top = cell.getTop();
            double bottom = cell.getBottom();
            double left = cell.getLeft();
            double right = openRight ? Double.MAX_VALUE : cell.getRight();
            int lo = 0;
            int hi = centreY.length;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (centreY[mid] < top) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            java.util.BitSet hits = new java.util.BitSet(glyphs.size());
            for (int k = lo; k < centreY.length && centreY[k] < bottom; k++) {
                double cx = glyphs.get(order[k]).getCenterX();
                if (cx >= left && cx < right) {
                    hits.set(order[k]);
                }
            }
            List<TextElement> inside = new ArrayList<>(hits.cardinality());
            for (int i = hits.nextSetBit(0); i >= 0; i = hits.nextSetBit(i + 1)) {
                inside.add(glyphs.get(i));
            }
            return inside;
        }
    }

    /** Tabula joins the words of a cell without spaces; rebuild them from the glyph gaps. */
    private static String cellText(List<TextElement> glyphs) {
        StringBuilder sb = new StringBuilder();
        for (TextLine line : lines(glyphs)) {
            sb.append(line.text()).append(' ');
        }
        return sb.toString().trim();
    }

    private static boolean isBold(List<TextElement> glyphs) {
        int bold = 0;
        int all = 0;
        PDFont last = null;
        boolean lastBold = false;
        for (TextElement e : glyphs) {
            if (e.getText().isBlank()) {
                continue;
            }
            all++;
            if (e.getFont() != last || last == null) { // glyphs come in runs of one font
                last = e.getFont();
                lastBold = isBold(last);
            }
            if (lastBold) {
                bold++;
            }
        }
        return all > 0 && bold * 2 > all;
    }

    private static boolean isBold(PDFont font) {
        if (font == null) {
            return false;
        }
        String name = font.getName() == null ? "" : font.getName().toLowerCase(Locale.ROOT);
        if (name.contains("bold") || name.contains("black") || name.contains("heavy")) {
            return true;
        }
        PDFontDescriptor d = font.getFontDescriptor();
        return d != null && (d.isForceBold() || d.getFontWeight() >= 600);
    }

    /**
     * The gap between two glyphs that starts a new word, as PDFBox's {@code PDFTextStripper} decides
     * it: half the width of a space, or 0,3 of the two glyphs' average width, whichever is less (a
     * PDF without space glyphs, as PDFium writes them, has only the gaps). At least half a point.
     */
    static double wordGap(TextElement previous, TextElement next) {
        double averageWidth = (previous.getWidth() + next.getWidth()) / 2;
        double byChar = averageWidth * 0.3;
        float space = previous.getWidthOfSpace();
        double bySpace = Float.isNaN(space) || space <= 0 ? Double.MAX_VALUE : space * 0.5;
        return Math.max(0.5, Math.min(bySpace, byChar));
    }

    /** Groups glyphs into lines by their vertical centre, and words by the gaps between glyphs. */
    private static List<TextLine> lines(List<TextElement> elements) {
        List<TextElement> sorted = new ArrayList<>(elements);
        sorted.sort(Comparator.comparingDouble(TextElement::getCenterY));
        List<List<TextElement>> groups = new ArrayList<>();
        List<TextElement> current = new ArrayList<>();
        double lineCenter = Double.NaN;
        for (TextElement e : sorted) {
            if (!current.isEmpty() && Math.abs(e.getCenterY() - lineCenter) > Math.max(2.0, e.getHeight() * 0.5)) {
                groups.add(current);
                current = new ArrayList<>();
            }
            if (current.isEmpty()) {
                lineCenter = e.getCenterY();
            }
            current.add(e);
        }
        if (!current.isEmpty()) {
            groups.add(current);
        }
        List<TextLine> lines = new ArrayList<>();
        for (List<TextElement> g : groups) {
            g.sort(Comparator.comparingDouble(TextElement::getLeft));
            StringBuilder sb = new StringBuilder();
            TextElement previous = null;
            int bold = 0;
            PDFont lastFont = null;
            boolean lastBold = false;
            for (TextElement e : g) {
                if (previous != null && !previous.getText().equals(" ") && !e.getText().equals(" ")
                        && e.getLeft() - previous.getRight() > wordGap(previous, e)) {
                    sb.append(' ');
                }
                sb.append(e.getText());
                if (e.getFont() != lastFont || lastFont == null) {
                    lastFont = e.getFont();
                    lastBold = isBold(lastFont);
                }
                if (lastBold) {
                    bold++;
                }
                previous = e;
            }
            String line = WHITESPACE.matcher(sb).replaceAll(" ").trim();
            if (!line.isEmpty()) {
                float top = (float) g.stream().mapToDouble(TextElement::getTop).min().orElse(0);
                float bottom = (float) g.stream().mapToDouble(TextElement::getBottom).max().orElse(0);
                Box box = new Box(top, (float) g.get(0).getLeft(), bottom, (float) g.get(g.size() - 1).getRight());
                lines.add(new TextLine(line, (float) g.get(0).getTop(), bold * 2 > g.size(), box));
            }
        }
        return lines;
    }
}
