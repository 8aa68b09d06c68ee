package id.inspektorat.lkauditor.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import id.inspektorat.lkauditor.fixtures.SampleReports;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The glyph cache draws what PDFBox draws. A glyph copied from the cache lands at most 1/8 px from
 * PDFBox's position in x and in y (the centre of its quarter-pixel cell). Moving an outline by
 * (dx, dy) changes a pixel's coverage by at most |dx| + |dy|, and Marlin samples a pixel in 8 rows,
 * so a shift in y counts as whole rows: at most 1/8 + 1/8 of full coverage, 255 / 4 ≈ 64 levels per
 * channel, on glyph edges only.
 */
class GlyphCachingRendererTest {

    private static final float SCALE = 1.25f;

    @TempDir
    static Path dir;

    static List<Path> documents() throws Exception {
        List<Path> pdfs = new ArrayList<>();
        Path samples = Files.createDirectories(dir.resolve("samples"));
        SampleReports.writeAll(samples);
        try (var s = Files.walk(samples)) {
            s.filter(p -> p.toString().endsWith(".pdf")).sorted().limit(1).forEach(pdfs::add);
        }
        Path train = Path.of("../shared/corpus/train");
        if (Files.isDirectory(train)) {
            try (var s = Files.list(train)) {
                s.filter(p -> p.toString().endsWith(".pdf")).sorted().forEach(pdfs::add);
            }
        }
        return pdfs;
    }

    @ParameterizedTest
    @MethodSource("documents")
    void drawsEveryPageAsPdfBoxDoesWithinAnEighthOfAPixel(Path pdf) throws Exception {
        try (PDDocument doc = PDDocument.load(pdf.toFile())) {
            PDFRenderer plain = new PDFRenderer(doc);
            GlyphCachingRenderer cached = new GlyphCachingRenderer(doc);
            int pages = Math.min(doc.getNumberOfPages(), 30);
            long pixels = 0;
            long beyondEighth = 0;
            int worst = 0;
            for (int i = 0; i < pages; i++) {
                BufferedImage a = render(doc, plain, i);
                BufferedImage b = render(doc, cached, i);
                assertThat(b.getWidth()).isEqualTo(a.getWidth());
                for (int y = 0; y < a.getHeight(); y++) {
                    for (int x = 0; x < a.getWidth(); x++) {
                        int d = maxChannelDifference(a.getRGB(x, y), b.getRGB(x, y));
                        worst = Math.max(worst, d);
                        beyondEighth += d > 32 ? 1 : 0;
                        pixels++;
                    }
                }
            }
            assertThat(cached.copiedGlyphs()).as("glyphs drawn from the cache").isGreaterThan(1000L * pages / 10);
            assertThat(worst).as("largest channel difference on %s", pdf.getFileName()).isLessThanOrEqualTo(64);
            // more than 1/8 of coverage needs an edge moved both ways or across a sample row: rare
            assertThat(beyondEighth).as("pixels off by more than 1/8 coverage").isLessThan(pixels / 100);
        }
    }

    /** A region drawn alone (glyphs outside it skipped) is exactly that part of the whole page. */
    @ParameterizedTest
    @MethodSource("documents")
    void aRegionIsThatPartOfTheWholePage(Path pdf) throws Exception {
        try (PDDocument doc = PDDocument.load(pdf.toFile())) {
            GlyphCachingRenderer cached = new GlyphCachingRenderer(doc);
            for (int i = 0; i < Math.min(doc.getNumberOfPages(), 12); i++) {
                BufferedImage whole = render(doc, cached, i);
                java.awt.Rectangle region = new java.awt.Rectangle(whole.getWidth() / 5, whole.getHeight() / 3,
                        whole.getWidth() / 2, whole.getHeight() / 4);
                BufferedImage part = new BufferedImage(region.width, region.height, BufferedImage.TYPE_INT_RGB);
                Graphics2D g = part.createGraphics();
                try {
                    g.setBackground(java.awt.Color.WHITE);
                    g.clearRect(0, 0, region.width, region.height);
                    g.translate(-region.x, -region.y);
                    cached.renderPageToImage(i, g, SCALE, new java.awt.Rectangle(0, 0, region.width, region.height));
                } finally {
                    g.dispose();
                }
                for (int y = 0; y < region.height; y++) {
                    for (int x = 0; x < region.width; x++) {
                        if (part.getRGB(x, y) != whole.getRGB(region.x + x, region.y + y)) {
                            throw new AssertionError("page " + (i + 1) + " differs at " + x + "," + y + " of the region");
                        }
                    }
                }
            }
        }
    }

    private static BufferedImage render(PDDocument doc, PDFRenderer renderer, int page) throws Exception {
        org.apache.pdfbox.pdmodel.common.PDRectangle crop = doc.getPage(page).getCropBox();
        BufferedImage image = new BufferedImage(Math.round(crop.getWidth() * SCALE), Math.round(crop.getHeight() * SCALE),
                BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setBackground(java.awt.Color.WHITE);
            g.clearRect(0, 0, image.getWidth(), image.getHeight());
            renderer.renderPageToGraphics(page, g, SCALE);
        } finally {
            g.dispose();
        }
        return image;
    }

    private static int maxChannelDifference(int p, int q) {
        int d = 0;
        for (int shift = 0; shift <= 16; shift += 8) {
            d = Math.max(d, Math.abs(((p >> shift) & 0xff) - ((q >> shift) & 0xff)));
        }
        return d;
    }
}
