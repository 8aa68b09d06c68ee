package id.inspektorat.lkauditor.extraction;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Dimension;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.IntStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * Draws the evidence for findings as a PNG an auditor can paste into a working paper: the table's
 * region of the page (widened to every outlined cell), the figure printed wrong in red and the
 * figures it was recomputed from in blue; the row in grey when no source cells are known. A finding
 * about text gets a band of its page around the line, outlined. Draws from a document opened by
 * {@link PdfTableExtractor#open}: the one the audit has just read, or, for findings reused from an
 * earlier run, one opened for the images.
 */
public final class EvidenceRenderer {

    /** One image to draw. Boxes are in PDF points from the page's top left; any may be null. */
    public record Request(int page, Box table, Box row, Box cell, List<Box> sources, Box header, Path target, String caption) {

        public Request {
            sources = sources == null ? List.of() : List.copyOf(sources);
            caption = caption == null ? "" : caption;
        }

        public Request(int page, Box table, Box row, Box cell, List<Box> sources, Box header, Path target) {
            this(page, table, row, cell, sources, header, target, "");
        }

        public Request(int page, Box table, Box row, Box cell, List<Box> sources, Path target) {
            this(page, table, row, cell, sources, null, target, "");
        }
    }

    /** Changes when the drawing changes, so images drawn by an older version are drawn again. */
    public static final int STYLE = 5; // 5: 150 dpi and the reference band

    /** 150 dpi: figures readable in a printed working paper. */
    static final float SCALE = 150f / 72f;
    /** The reference band burned in above the page: document, page, table, rule. */
    private static final int CAPTION_PX = 22;

    /** A table image taller than this keeps its header and the rows around the finding only. */
    private static final int TALL_PX = Math.round(280 * SCALE);
    /** Rows are left out only when at least this much would go. */
    private static final int MIN_CUT_PX = Math.round(40 * SCALE);
    private static final float FOCUS_CONTEXT = 24f;
    private static final int GAP_PX = 10;
    // not pure greys: the PNG writer keeps outline colours exact and may round greys to 12 levels
    private static final Color GAP = new Color(222, 226, 234);

    private static final float MARGIN = 14f;
    private static final float TEXT_CONTEXT = 150f;
    private static final Color ROW = new Color(110, 110, 130);
    private static final Color SOURCE = new Color(30, 100, 220);
    private static final Color CELL = new Color(220, 20, 20);
    /** The colours drawn over a render (outlines and the strip between bands, drawn without anti-aliasing). */
    private static final int[] DRAWN = {GAP.getRGB() & 0xFFFFFF, ROW.getRGB() & 0xFFFFFF, SOURCE.getRGB() & 0xFFFFFF,
        CELL.getRGB() & 0xFFFFFF};

    private final PDDocument document;
    private final GlyphCachingRenderer renderer;

    /** Draws from a document its caller opened and closes ({@link PdfTableExtractor.OpenedPdf#evidence}). */
    EvidenceRenderer(PDDocument document) {
        this.document = document;
        this.renderer = new GlyphCachingRenderer(document);
    }

    /**
     * Draws them page by page: of each page only the part the images show is rendered, once, and
     * one page's part is held at a time.
     */
    public void render(List<Request> requests) throws IOException {
        Map<Integer, List<Request>> byPage = new TreeMap<>();
        for (Request r : requests) {
            if (r.page() >= 1 && r.page() <= document.getNumberOfPages()) {
                byPage.computeIfAbsent(r.page(), k -> new ArrayList<>()).add(r);
            }
        }
        for (Path folder : requests.stream().map(r -> r.target().getParent()).distinct().toList()) {
            Files.createDirectories(folder);
        }
        for (Map.Entry<Integer, List<Request>> e : byPage.entrySet()) {
            PDPage page = document.getPage(e.getKey() - 1);
            int rotation = page.getRotation();
            // a quarter-turned page read upright (its boxes are in the page's own space) is drawn so too
            boolean upright = PageReader.readsUpright(document, e.getKey());
            if (upright) {
                page.setRotation(0);
            }
            try {
                renderPage(e.getKey() - 1, e.getValue());
            } finally {
                if (upright) {
                    page.setRotation(rotation);
                }
            }
        }
    }

    private void renderPage(int pageIndex, List<Request> requests) throws IOException {
        Dimension size = pixelSize(pageIndex);
        {
            Map<Request, List<Rectangle>> shown = new LinkedHashMap<>();
            Rectangle region = null;
            for (Request r : requests) {
                List<Rectangle> bands = bands(r, crop(r, size));
                shown.put(r, bands);
                for (Rectangle band : bands) {
                    region = region == null ? band : region.union(band);
                }
            }
            BufferedImage part = renderRegion(pageIndex, region);
            // the page's own colours, found once: each image adds only the outline colours
            int[] pageColours = !renderer.drewColour() ? new int[0]
                    : PngEncoder.colours(((DataBufferInt) part.getRaster().getDataBuffer()).getData());
            int[] colours = pageColours == null ? null : IntStream.concat(
                    Arrays.stream(pageColours), Arrays.stream(DRAWN)).distinct().toArray();
            for (Map.Entry<Request, List<Rectangle>> s : shown.entrySet()) {
                write(s.getKey(), part, region, s.getValue(), colours);
            }
        }
    }

    public void render(Request r) throws IOException {
        render(List.of(r));
    }

    /** The page's size in pixels, as PDFRenderer lays it out (width and height swap on a quarter turn). */
    private Dimension pixelSize(int pageIndex) {
        PDPage page = document.getPage(pageIndex);
        PDRectangle box = page.getCropBox();
        float w = box.getWidth();
        float h = box.getHeight();
        if (page.getRotation() % 180 != 0) {
            float t = w;
            w = h;
            h = t;
        }
        return new Dimension((int) Math.max(Math.floor(w * SCALE), 1), (int) Math.max(Math.floor(h * SCALE), 1));
    }

    /** The pixels one image shows: its table (widened to its outlined cells), a band around a text line, or the page. */
    private static Rectangle crop(Request r, Dimension page) {
        int x0 = 0;
        int y0 = 0;
        int x1 = page.width;
        int y1 = page.height;
        if (r.table() != null) {
            // the column headers stay on the crop, on a continuation page too (where they are printed again)
            Box region = r.table().union(r.cell()).union(r.header());
            for (Box b : r.sources()) {
                region = region.union(b);
            }
            x0 = clamp((region.left() - MARGIN) * SCALE, page.width);
            y0 = clamp((region.top() - MARGIN) * SCALE, page.height);
            x1 = clamp((region.right() + MARGIN) * SCALE, page.width);
            y1 = clamp((region.bottom() + MARGIN) * SCALE, page.height);
        } else if (r.cell() != null) {
            // a line of text: the page's full width, with the paragraphs around it for context
            y0 = clamp((r.cell().top() - TEXT_CONTEXT) * SCALE, page.height);
            y1 = clamp((r.cell().bottom() + TEXT_CONTEXT) * SCALE, page.height);
        }
        if (x1 - x0 < 10 || y1 - y0 < 10) {
            return new Rectangle(0, 0, page.width, page.height);
        }
        return new Rectangle(x0, y0, x1 - x0, y1 - y0);
    }

    /**
     * The parts of the page an image shows, top to bottom: the whole crop, or for a tall table its
     * header and the rows around what is outlined, the rows between them left out.
     */
    private static List<Rectangle> bands(Request r, Rectangle crop) {
        if (r.table() == null || r.header() == null || crop.height <= TALL_PX) {
            return List.of(crop);
        }
        Box focus = r.row() != null ? r.row().union(r.cell()) : r.cell();
        if (focus == null) {
            return List.of(crop);
        }
        for (Box b : r.sources()) {
            focus = focus.union(b);
        }
        int headerBottom = Math.round((r.header().bottom() + 2) * SCALE);
        int top = Math.max(crop.y, Math.round((focus.top() - FOCUS_CONTEXT) * SCALE));
        int bottom = Math.min(crop.y + crop.height, Math.round((focus.bottom() + FOCUS_CONTEXT) * SCALE));
        if (headerBottom <= crop.y || bottom <= top) {
            return List.of(crop);
        }
        List<Rectangle> bands = new ArrayList<>();
        if (top - headerBottom < MIN_CUT_PX) {
            bands.add(new Rectangle(crop.x, crop.y, crop.width, bottom - crop.y));
        } else {
            bands.add(new Rectangle(crop.x, crop.y, crop.width, headerBottom - crop.y));
            bands.add(new Rectangle(crop.x, top, crop.width, bottom - top));
        }
        return bands;
    }

    /** Renders only {@code region} of the page (the rasterizer skips what lies outside the image). */
    private BufferedImage renderRegion(int pageIndex, Rectangle region) throws IOException {
        BufferedImage image = new BufferedImage(region.width, region.height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setBackground(Color.WHITE);
            g.clearRect(0, 0, region.width, region.height);
            g.translate(-region.x, -region.y);
            renderer.renderPageToImage(pageIndex, g, SCALE, new Rectangle(0, 0, region.width, region.height));
        } finally {
            g.dispose();
        }
        return image;
    }

    private static void write(Request r, BufferedImage part, Rectangle region, List<Rectangle> bands,
                              int[] colours) throws IOException {
        int width = bands.get(0).width;
        int top = r.caption().isEmpty() ? 0 : CAPTION_PX;
        int height = top + bands.stream().mapToInt(b -> b.height).sum() + GAP_PX * (bands.size() - 1);
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        if (top > 0) {
            caption(g, r.caption(), width);
        }
        int y = top;
        int[] offsets = new int[bands.size()];
        for (int i = 0; i < bands.size(); i++) {
            Rectangle band = bands.get(i);
            if (i > 0) {
                // rows left out: a grey strip with a dashed line, so nobody reads the two parts as one
                g.setColor(GAP);
                g.fillRect(0, y, width, GAP_PX);
                g.setColor(ROW);
                g.setStroke(new BasicStroke(1f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {6f, 4f}, 0f));
                g.drawLine(0, y + GAP_PX / 2, width, y + GAP_PX / 2);
                y += GAP_PX;
            }
            offsets[i] = y;
            Graphics2D clip = (Graphics2D) g.create(0, y, width, band.height);
            clip.drawImage(part, region.x - band.x, region.y - band.y, null);
            clip.dispose();
            y += band.height;
        }
        if (r.sources().isEmpty()) {
            outline(g, r.row(), ROW, 1.5f, bands, offsets);
        }
        for (Box b : r.sources()) {
            outline(g, b, SOURCE, 2f, bands, offsets);
        }
        outline(g, r.cell(), CELL, 3f, bands, offsets);
        g.dispose();
        // another thread may draw the same image (the same PDF handed in twice): each writes its own file
        Path tmp = r.target().resolveSibling(r.target().getFileName() + "." + Thread.currentThread().getId() + ".tmp");
        try {
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(tmp), 1 << 16)) {
                PngEncoder.write(image, colours, out);
            }
            Files.move(tmp, r.target(), StandardCopyOption.REPLACE_EXISTING,
                    StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(tmp);
            throw e;
        }
    }

    /**
     * The image's reference, burned in so that it stays with the picture pasted into a working paper:
     * black on white over a grey rule. A machine without fonts gets the band without its text.
     */
    private static void caption(Graphics2D g, String text, int width) {
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, width, CAPTION_PX);
        g.setColor(GAP);
        g.fillRect(0, CAPTION_PX - 2, width, 2);
        try {
            g.setColor(Color.BLACK);
            g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 13));
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_OFF);
            String shown = text;
            FontMetrics m = g.getFontMetrics();
            while (shown.length() > 4 && m.stringWidth(shown) > width - 8) {
                shown = shown.substring(0, shown.length() - 2);
            }
            g.drawString(shown.equals(text) ? text : shown + "…", 4, CAPTION_PX - 7);
        } catch (RuntimeException | Error e) {
            // no font to draw with: the band stays empty, the image is still evidence
        }
    }

    /** Outlines a box in whichever band shows its top. */
    private static void outline(Graphics2D g, Box b, Color color, float width, List<Rectangle> bands,
                                int[] offsets) {
        if (b == null) {
            return;
        }
        int top = Math.round(b.top() * SCALE);
        for (int i = 0; i < bands.size(); i++) {
            Rectangle band = bands.get(i);
            if (top >= band.y - 4 && top < band.y + band.height) {
                g.setColor(color);
                g.setStroke(new BasicStroke(width));
                g.drawRect(Math.round(b.left() * SCALE) - band.x - 2, top - band.y + offsets[i] - 2,
                        Math.round((b.right() - b.left()) * SCALE) + 4, Math.round((b.bottom() - b.top()) * SCALE) + 4);
                return;
            }
        }
    }

    private static int clamp(float v, int max) {
        return Math.max(0, Math.min(max, Math.round(v)));
    }
}
