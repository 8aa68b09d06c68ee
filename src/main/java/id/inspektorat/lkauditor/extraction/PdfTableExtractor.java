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
import technology.tabula.ObjectExtractor;
import technology.tabula.Page;
import technology.tabula.RectangularTextContainer;
import technology.tabula.Table;
import technology.tabula.TextElement;
import technology.tabula.extractors.SpreadsheetExtractionAlgorithm;

/**
 * Reads one PDF: per page the ruled tables (Tabula's lattice algorithm, laid onto a geometric grid),
 * the running text outside them, and each table's caption; then stitches tables that continue on
 * the next page. The only class that touches PDFBox and Tabula types: everything it returns is a
 * plain record. One instance per document; not shared between threads.
 */
public final class PdfTableExtractor {

    static final Pattern CAPTION = Pattern.compile("^(?i)tabel\\s*\\.?\\s*[0-9IVX]+(\\s*\\.\\s*\\d+)*\\b.*");

    private final ExtractionLimits limits;

    public PdfTableExtractor(ExtractionLimits limits) {
        this.limits = limits;
    }

    public ExtractedDocument extract(Path pdf, List<String> passwords) throws ExtractionFailure {
        long deadline = System.nanoTime() + limits.timeout().toNanos();
        try (PDDocument document = open(pdf, passwords)) {
            int pageCount = document.getNumberOfPages();
            if (pageCount > limits.maxPages()) {
                throw new ExtractionFailure("TOO_LARGE",
                        "Dokumen memiliki " + pageCount + " halaman, melebihi batas " + limits.maxPages() + " halaman", null);
            }
            List<PageTables> pages = new ArrayList<>(pageCount);
            try (ObjectExtractor extractor = new ObjectExtractor(document)) {
                SpreadsheetExtractionAlgorithm lattice = new SpreadsheetExtractionAlgorithm();
                for (int n = 1; n <= pageCount; n++) {
                    if (System.nanoTime() > deadline) {
                        throw new ExtractionFailure("TIMEOUT", "Ekstraksi melebihi batas waktu "
                                + limits.timeout().toSeconds() + " detik (berhenti di halaman " + n + ")", null);
                    }
                    pages.add(readPage(extractor.extract(n), lattice));
                }
            }
            return TableStitcher.stitch(pages);
        } catch (InvalidPasswordException e) {
            throw new ExtractionFailure("ENCRYPTED", "Dokumen dilindungi kata sandi pembuka", e);
        } catch (IOException | RuntimeException e) {
            throw new ExtractionFailure("UNREADABLE", "Dokumen tidak dapat dibaca: " + describe(e), e);
        } catch (OutOfMemoryError e) {
            throw new ExtractionFailure("TOO_LARGE", "Dokumen melebihi batas memori saat dibaca", e);
        }
    }

    private PDDocument open(Path pdf, List<String> passwords) throws IOException {
        MemoryUsageSetting memory = MemoryUsageSetting.setupMixed(limits.maxMainMemory());
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

    private static String describe(Throwable e) {
        String m = e.getMessage();
        return (m == null || m.isBlank()) ? e.getClass().getSimpleName() : m;
    }

    /** One page's tables (in reading order) and the lines of text outside them. */
    record PageTables(int page, boolean hasText, List<PageTable> tables, List<TextLine> lines) {
    }

    record PageTable(Box box, List<Float> columnLefts, List<TableRow> rows) {
    }

    private PageTables readPage(Page page, SpreadsheetExtractionAlgorithm lattice) {
        int number = page.getPageNumber();
        List<TextElement> text = page.getText();
        boolean hasText = text.stream().anyMatch(t -> !t.getText().isBlank());
        List<PageTable> tables = new ArrayList<>();
        if (hasText) {
            for (Table table : lattice.extract(page)) {
                tables.addAll(toPageTables(number, table, text));
            }
        }
        tables.sort(Comparator.comparingDouble(t -> t.box().top()));
        List<TextElement> outside = new ArrayList<>();
        for (TextElement e : text) {
            float cx = (float) e.getCenterX();
            float cy = (float) e.getCenterY();
            if (tables.stream().noneMatch(t -> t.box().contains(cx, cy))) {
                outside.add(e);
            }
        }
        return new PageTables(number, hasText, tables, lines(outside));
    }

    private List<PageTable> toPageTables(int page, Table table, List<TextElement> glyphs) {
        Map<RectangularTextContainer<?>, Boolean> seen = new IdentityHashMap<>();
        List<GridBuilder.RawCell> cells = new ArrayList<>();
        for (List<RectangularTextContainer> row : table.getRows()) {
            for (RectangularTextContainer<?> c : row) {
                if (c instanceof Cell cell && !cell.isPlaceholder() && seen.put(cell, Boolean.TRUE) == null) {
                    // text that runs past the table's right border (even off the page) is the last column's
                    boolean lastColumn = cell.getRight() >= table.getRight() - 2;
                    List<TextElement> inside = glyphsInside(glyphs, cell, lastColumn);
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
            tables.add(new PageTable(box, grid.columnLefts(), rows));
        }
        return tables;
    }

    /**
     * The glyphs whose centre lies in the cell. Tabula keeps only glyphs wholly inside, which drops
     * the last letter of a word that touches the cell border ("TOTA" for "TOTAL").
     */
    private static List<TextElement> glyphsInside(List<TextElement> glyphs, Cell cell, boolean openRight) {
        List<TextElement> inside = new ArrayList<>();
        double right = openRight ? Double.MAX_VALUE : cell.getRight();
        for (TextElement e : glyphs) {
            double cx = e.getCenterX();
            double cy = e.getCenterY();
            if (cx >= cell.getLeft() && cx < right && cy >= cell.getTop() && cy < cell.getBottom()) {
                inside.add(e);
            }
        }
        return inside;
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
        for (TextElement e : glyphs) {
            if (e.getText().isBlank()) {
                continue;
            }
            all++;
            if (isBold(e.getFont())) {
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
            for (TextElement e : g) {
                if (previous != null && !previous.getText().equals(" ") && !e.getText().equals(" ")
                        && e.getLeft() - previous.getRight() > Math.max(1.0, e.getFontSize() * 0.2)) {
                    sb.append(' ');
                }
                sb.append(e.getText());
                if (isBold(e.getFont())) {
                    bold++;
                }
                previous = e;
            }
            String line = sb.toString().replaceAll("\\s+", " ").trim();
            if (!line.isEmpty()) {
                lines.add(new TextLine(line, (float) g.get(0).getTop(), bold * 2 > g.size()));
            }
        }
        return lines;
    }
}
