package id.inspektorat.lkauditor.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import id.inspektorat.lkauditor.fixtures.PdfFiles;
import id.inspektorat.lkauditor.fixtures.LkPdfBuilder;
import id.inspektorat.lkauditor.fixtures.SampleReports;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.Test;
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
        pdfs.add(PdfFiles.under(samples).get(0));
        pdfs.addAll(PdfFiles.in(PdfFiles.SHARED_CORPUS.resolve("train")));
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
                Rectangle region = new Rectangle(whole.getWidth() / 5, whole.getHeight() / 3,
                        whole.getWidth() / 2, whole.getHeight() / 4);
                BufferedImage part = new BufferedImage(region.width, region.height, BufferedImage.TYPE_INT_RGB);
                Graphics2D g = part.createGraphics();
                try {
                    g.setBackground(Color.WHITE);
                    g.clearRect(0, 0, region.width, region.height);
                    g.translate(-region.x, -region.y);
                    cached.renderPageToImage(i, g, SCALE, new Rectangle(0, 0, region.width, region.height));
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

    /**
     * Another report with the same typeface (its own PDFBox font objects) takes the glyphs' pixels
     * drawn for the first: nothing new is rasterised, and the page comes out the same.
     */
    @Test
    void aSecondReportReusesTheGlyphsOfTheFirst() throws Exception {
        Path a = dir.resolve("a.pdf");
        Path b = dir.resolve("b.pdf");
        new LkPdfBuilder().titlePage("Kecamatan Glyph", "Kabupaten Contoh", 2023)
                .paragraph("Capaian indikator kinerja tahun 2023 sebesar 98,75 persen dari target 100,00.").save(a);
        Files.copy(a, b);
        try (PDDocument first = PDDocument.load(a.toFile()); PDDocument second = PDDocument.load(b.toFile())) {
            GlyphCachingRenderer one = new GlyphCachingRenderer(first);
            GlyphCachingRenderer two = new GlyphCachingRenderer(second);
            BufferedImage x = render(first, one, 1);
            BufferedImage y = render(second, two, 1);
            assertThat(two.copiedGlyphs()).isGreaterThan(40);
            assertThat(two.misses()).as("glyphs rasterised again").isZero();
            for (int j = 0; j < x.getHeight(); j++) {
                for (int i = 0; i < x.getWidth(); i++) {
                    assertThat(y.getRGB(i, j)).isEqualTo(x.getRGB(i, j));
                }
            }
        }
    }

    /** Black text and grey rules need no look at the pixels for colours; a red box does. */
    @Test
    void tellsWhetherAPageDrewAnythingButGreys() throws Exception {
        Path pdf = dir.resolve("warna.pdf");
        try (PDDocument doc = new PDDocument()) {
            for (int i = 0; i < 2; i++) {
                PDPage page = new PDPage();
                doc.addPage(page);
                try (var cs = new PDPageContentStream(doc, page)) {
                    cs.setStrokingColor(0.5f, 0.5f, 0.5f);
                    cs.addRect(50, 600, 300, 100);
                    cs.stroke();
                    cs.beginText();
                    cs.setFont(PDType1Font.HELVETICA, 12);
                    cs.newLineAtOffset(60, 650);
                    cs.showText("Capaian 98,75");
                    cs.endText();
                    if (i == 1) {
                        cs.setNonStrokingColor(0.86f, 0.08f, 0.08f);
                        cs.addRect(400, 600, 50, 50);
                        cs.fill();
                    }
                }
            }
            doc.save(pdf.toFile());
        }
        try (PDDocument doc = PDDocument.load(pdf.toFile())) {
            GlyphCachingRenderer renderer = new GlyphCachingRenderer(doc);
            BufferedImage image = new BufferedImage(765, 990, BufferedImage.TYPE_INT_RGB);
            Rectangle all = new Rectangle(0, 0, 765, 990);
            Graphics2D g = image.createGraphics();
            renderer.renderPageToImage(0, g, SCALE, all);
            g.dispose();
            assertThat(renderer.drewColour()).isFalse();
            int[] pixels = ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
            assertThat(PngEncoder.colours(pixels)).as("and indeed only greys").isEmpty();
            g = image.createGraphics();
            renderer.renderPageToImage(1, g, SCALE, all);
            g.dispose();
            assertThat(renderer.drewColour()).isTrue();
        }
    }

    private static BufferedImage render(PDDocument doc, PDFRenderer renderer, int page) throws Exception {
        PDRectangle crop = doc.getPage(page).getCropBox();
        BufferedImage image = new BufferedImage(Math.round(crop.getWidth() * SCALE), Math.round(crop.getHeight() * SCALE),
                BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setBackground(Color.WHITE);
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
