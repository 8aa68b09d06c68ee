package id.inspektorat.lkauditor.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import id.inspektorat.lkauditor.fixtures.LkPdfBuilder;
import java.awt.GraphicsEnvironment;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The evidence image: cropped to the table, the wrong figure in red, its sources in blue. */
class EvidenceRendererTest {

    private static final float SCALE = EvidenceRenderer.SCALE; // 150 dpi

    @TempDir
    Path dir;

    @Test
    void outlinesTheWrongCellInRedAndItsSourcesInBlue() throws Exception {
        Path pdf = dir.resolve("lk.pdf");
        new LkPdfBuilder().titlePage("Kecamatan Uji", "Kabupaten Contoh", 2023).paragraph("Halaman uji.").save(pdf);
        Box table = new Box(100, 50, 300, 450);
        Box wrong = new Box(260, 300, 280, 400);
        Box source = new Box(120, 300, 140, 400);
        Path png = dir.resolve("bukti.png");
        try (PdfTableExtractor.OpenedPdf opened = new PdfTableExtractor(ExtractionLimits.defaults()).open(pdf, List.of())) {
            opened.evidence().render(new EvidenceRenderer.Request(1, table, new Box(260, 50, 280, 450), wrong, List.of(source), png));
        }
        BufferedImage img = ImageIO.read(png.toFile());
        // cropped to the table with its 14-point margin on each side
        assertThat(img.getWidth()).isCloseTo(Math.round((400 + 28) * SCALE), Offset.offset(2));
        int x0 = Math.round((50 - 14) * SCALE);
        int y0 = Math.round((100 - 14) * SCALE);
        // left edges of the outlines, 2 px outside the box
        assertThat(colourAt(img, Math.round(wrong.left() * SCALE) - x0 - 2, mid(wrong) - y0)).isEqualTo("red");
        assertThat(colourAt(img, Math.round(source.left() * SCALE) - x0 - 2, mid(source) - y0)).isEqualTo("blue");
        // the row is not outlined when sources are known: its left end stays white
        assertThat(colourAt(img, Math.round(50 * SCALE) - x0 - 2, mid(wrong) - y0)).isEqualTo("white");
        assertThat(Files.size(png)).isPositive();
    }

    @Test
    void theReferenceIsBurnedInAboveTheCrop() throws Exception {
        Path pdf = dir.resolve("lk.pdf");
        new LkPdfBuilder().titlePage("Kecamatan Uji", "Kabupaten Contoh", 2023).paragraph("Halaman uji.").save(pdf);
        Box table = new Box(100, 50, 300, 450);
        Box wrong = new Box(260, 300, 280, 400);
        Path plain = dir.resolve("tanpa.png");
        Path captioned = dir.resolve("dengan.png");
        try (PdfTableExtractor.OpenedPdf opened = new PdfTableExtractor(ExtractionLimits.defaults()).open(pdf, List.of())) {
            opened.evidence().render(new EvidenceRenderer.Request(1, table, null, wrong, List.of(), null, plain));
            opened.evidence().render(new EvidenceRenderer.Request(1, table, null, wrong, List.of(), null, captioned,
                    "lk.pdf · hlm 1 · Tabel 3.18 · baris 4 · LK-TOT-01"));
        }
        BufferedImage a = ImageIO.read(plain.toFile());
        BufferedImage b = ImageIO.read(captioned.toFile());
        int band = b.getHeight() - a.getHeight();
        assertThat(band).isEqualTo(22);
        assertThat(b.getWidth()).isEqualTo(a.getWidth());
        // below the band the same picture, the red outline where it was
        int x0 = Math.round((50 - 14) * SCALE);
        int y0 = Math.round((100 - 14) * SCALE);
        assertThat(colourAt(b, Math.round(wrong.left() * SCALE) - x0 - 2, mid(wrong) - y0 + band)).isEqualTo("red");
        if (GraphicsEnvironment.getLocalGraphicsEnvironment().getAvailableFontFamilyNames().length > 0) {
            boolean ink = false;
            for (int x = 0; x < b.getWidth() && !ink; x++) {
                for (int y = 0; y < band - 2 && !ink; y++) {
                    ink = (b.getRGB(x, y) & 0xFFFFFF) < 0x404040; // the caption's black text
                }
            }
            assertThat(ink).isTrue();
        }
    }

    @Test
    void aTallTableKeepsItsHeaderAndTheRowsAroundTheFindingOnly() throws Exception {
        Path pdf = dir.resolve("lk.pdf");
        new LkPdfBuilder().titlePage("Kecamatan Uji", "Kabupaten Contoh", 2023).paragraph("Halaman uji.").save(pdf);
        Box table = new Box(60, 50, 760, 450);   // 700 points tall
        Box header = new Box(60, 50, 90, 450);   // its header rows
        Box wrong = new Box(600, 300, 620, 400); // far below the header
        Path png = dir.resolve("potong.png");
        try (PdfTableExtractor.OpenedPdf opened = new PdfTableExtractor(ExtractionLimits.defaults()).open(pdf, List.of())) {
            opened.evidence().render(new EvidenceRenderer.Request(1, table, new Box(600, 50, 620, 450), wrong, List.of(), header, png));
        }
        BufferedImage img = ImageIO.read(png.toFile());
        // header band: table top - 14 (margin) .. header bottom + 2; gap 10 px; rows band: 24 points around the row
        int headerBand = Math.round((90 + 2) * SCALE) - Math.round((60 - 14) * SCALE);
        int rowsBand = Math.round((620 + 24) * SCALE) - Math.round((600 - 24) * SCALE);
        assertThat(img.getHeight()).isCloseTo(headerBand + 10 + rowsBand, Offset.offset(2));
        assertThat(img.getHeight()).isLessThan(Math.round((700 + 28) * SCALE) / 2);
        assertThat(colourAt(img, 10, headerBand + 2)).isEqualTo("other(222,226,234)"); // the strip where rows were left out
        int wrongTop = headerBand + 10 + Math.round(24 * SCALE);
        int x0 = Math.round((50 - 14) * SCALE);
        assertThat(colourAt(img, Math.round(wrong.left() * SCALE) - x0 - 2, wrongTop + Math.round(10 * SCALE))).isEqualTo("red");
    }

    @Test
    void aTextLineGetsABandOfItsPageWithTheLineInRed() throws Exception {
        Path pdf = dir.resolve("lk.pdf");
        new LkPdfBuilder().titlePage("Kecamatan Uji", "Kabupaten Contoh", 2023).paragraph("Halaman uji.").save(pdf);
        Box line = new Box(400, 70, 412, 520);
        Path png = dir.resolve("teks.png");
        try (PdfTableExtractor.OpenedPdf opened = new PdfTableExtractor(ExtractionLimits.defaults()).open(pdf, List.of())) {
            opened.evidence().render(new EvidenceRenderer.Request(1, null, null, line, List.of(), png));
        }
        BufferedImage img = ImageIO.read(png.toFile());
        // A4 is 595 × 842 points: full width, 150 points above and below the line
        assertThat(img.getWidth()).isCloseTo(Math.round(595 * SCALE), Offset.offset(2));
        assertThat(img.getHeight()).isCloseTo(Math.round((12 + 300) * SCALE), Offset.offset(2));
        int y0 = Math.round((400 - 150) * SCALE);
        assertThat(colourAt(img, Math.round(70 * SCALE) - 2, mid(line) - y0)).isEqualTo("red");
    }

    private static int mid(Box b) {
        return Math.round((b.top() + b.bottom()) / 2 * SCALE);
    }

    private static String colourAt(BufferedImage img, int x, int y) {
        int rgb = img.getRGB(x, y);
        int r = rgb >> 16 & 0xff;
        int g = rgb >> 8 & 0xff;
        int b = rgb & 0xff;
        if (r > 180 && g < 80 && b < 80) {
            return "red";
        }
        if (b > 180 && r < 80) {
            return "blue";
        }
        return r > 240 && g > 240 && b > 240 ? "white" : "other(" + r + "," + g + "," + b + ")";
    }
}
