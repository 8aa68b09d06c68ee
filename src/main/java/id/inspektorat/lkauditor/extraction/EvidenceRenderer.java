package id.inspektorat.lkauditor.extraction;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * Draws the evidence for findings as a PNG an auditor can paste into a working paper: the table's
 * region of the page (widened to every outlined cell), the figure printed wrong in red and the
 * figures it was recomputed from in blue; the row in grey when no source cells are known. A finding
 * about text gets a band of its page around the line, outlined. One document open at a time; each page
 * rendered once.
 */
public final class EvidenceRenderer implements AutoCloseable {

    /** One image to draw. Boxes are in PDF points from the page's top left; any may be null. */
    public record Request(int page, Box table, Box row, Box cell, List<Box> sources, Path target) {

        public Request {
            sources = sources == null ? List.of() : List.copyOf(sources);
        }
    }

    /** Changes when the drawing changes, so images drawn by an older version are drawn again. */
    public static final int STYLE = 2;

    private static final float SCALE = 1.5f; // 108 dpi: figures readable, files small
    private static final float MARGIN = 14f;
    private static final float TEXT_CONTEXT = 150f;
    private static final Color ROW = new Color(120, 120, 120);
    private static final Color SOURCE = new Color(30, 100, 220);
    private static final Color CELL = new Color(220, 20, 20);

    private final PDDocument document;
    private final PDFRenderer renderer;
    private final Map<Integer, BufferedImage> pages = new HashMap<>();

    public EvidenceRenderer(Path pdf, List<String> passwords, long maxMainMemory) throws IOException {
        PDDocument opened = null;
        IOException last = null;
        for (String password : passwordsWithBlank(passwords)) {
            try {
                opened = PDDocument.load(pdf.toFile(), password, MemoryUsageSetting.setupMixed(maxMainMemory));
                break;
            } catch (IOException e) {
                last = e;
            }
        }
        if (opened == null) {
            throw last;
        }
        this.document = opened;
        this.renderer = new PDFRenderer(document);
    }

    private static List<String> passwordsWithBlank(List<String> passwords) {
        java.util.ArrayList<String> all = new java.util.ArrayList<>();
        all.add("");
        all.addAll(passwords);
        return all;
    }

    public void render(Request r) throws IOException {
        if (r.page() < 1 || r.page() > document.getNumberOfPages()) {
            return;
        }
        BufferedImage page = pages.computeIfAbsent(r.page(), n -> {
            try {
                return renderer.renderImage(n - 1, SCALE, ImageType.RGB);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        int x0 = 0;
        int y0 = 0;
        int x1 = page.getWidth();
        int y1 = page.getHeight();
        if (r.table() != null) {
            Box region = r.table().union(r.cell());
            for (Box b : r.sources()) {
                region = region.union(b);
            }
            x0 = clamp((region.left() - MARGIN) * SCALE, page.getWidth());
            y0 = clamp((region.top() - MARGIN) * SCALE, page.getHeight());
            x1 = clamp((region.right() + MARGIN) * SCALE, page.getWidth());
            y1 = clamp((region.bottom() + MARGIN) * SCALE, page.getHeight());
        } else if (r.cell() != null) {
            // a line of text: the page's full width, with the paragraphs around it for context
            y0 = clamp((r.cell().top() - TEXT_CONTEXT) * SCALE, page.getHeight());
            y1 = clamp((r.cell().bottom() + TEXT_CONTEXT) * SCALE, page.getHeight());
        }
        if (x1 - x0 < 10 || y1 - y0 < 10) {
            x0 = 0;
            y0 = 0;
            x1 = page.getWidth();
            y1 = page.getHeight();
        }
        BufferedImage crop = new BufferedImage(x1 - x0, y1 - y0, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = crop.createGraphics();
        g.drawImage(page, -x0, -y0, null);
        if (r.sources().isEmpty()) {
            outline(g, r.row(), ROW, 1.5f, x0, y0);
        }
        for (Box b : r.sources()) {
            outline(g, b, SOURCE, 2f, x0, y0);
        }
        outline(g, r.cell(), CELL, 3f, x0, y0);
        g.dispose();
        Files.createDirectories(r.target().getParent());
        Path tmp = r.target().resolveSibling(r.target().getFileName() + ".tmp");
        ImageIO.write(crop, "png", tmp.toFile());
        Files.move(tmp, r.target(), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    private static void outline(Graphics2D g, Box b, Color color, float width, int x0, int y0) {
        if (b == null) {
            return;
        }
        g.setColor(color);
        g.setStroke(new BasicStroke(width));
        g.drawRect(Math.round(b.left() * SCALE) - x0 - 2, Math.round(b.top() * SCALE) - y0 - 2,
                Math.round((b.right() - b.left()) * SCALE) + 4, Math.round((b.bottom() - b.top()) * SCALE) + 4);
    }

    private static int clamp(float v, int max) {
        return Math.max(0, Math.min(max, Math.round(v)));
    }

    @Override
    public void close() throws IOException {
        document.close();
    }
}
