package id.inspektorat.lkauditor.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import id.inspektorat.lkauditor.fixtures.PdfFiles;
import id.inspektorat.lkauditor.fixtures.SampleReports;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDPropertyList;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.util.Matrix;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import technology.tabula.ObjectExtractor;
import technology.tabula.Page;
import technology.tabula.Ruling;
import technology.tabula.TextElement;
import technology.tabula.Utils;

/**
 * The one-pass page reader against Tabula's own two-pass {@code ObjectExtractor}: on every page of
 * the bundled samples and (when ../shared is beside) of the training reports, the same glyphs at
 * the same places and the same ruling lines, so the lattice detection sees the same page.
 */
class PageReaderTest {

    private static final Path TRAIN = PdfFiles.SHARED_CORPUS.resolve("train");
    private static final double TOLERANCE = 0.011; // one unit of Tabula's 2-decimal rounding

    @TempDir
    Path dir;

    @Test
    void readsWhatTabulaReadsOnGeneratedReports() throws Exception {
        SampleReports.writeAll(dir);
        List<Path> pdfs = PdfFiles.under(dir);
        assertThat(pdfs).hasSize(3);
        assertThat(compare(pdfs)).isEmpty();
    }

    @Test
    void readsWhatTabulaReadsOnTheTrainingReports() throws Exception {
        Assumptions.assumeTrue(Files.isDirectory(TRAIN), "../shared/corpus/train is not beside");
        List<Path> pdfs = PdfFiles.in(TRAIN);
        assertThat(pdfs).hasSize(2);
        assertThat(compare(pdfs)).isEmpty();
    }

    /**
     * Text drawn again over itself (fake bold, off by less than a third of a glyph), drawn again
     * further away, and overprinted inside marked content with ActualText (where the stripper keeps
     * every glyph): the same glyphs as Tabula's extractor keeps.
     */
    @Test
    void dropsOverprintedTextAsTabulaDoes() throws Exception {
        Path pdf = dir.resolve("tebal.pdf");
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            var font = PDType1Font.HELVETICA;
            try (var cs = new PDPageContentStream(doc, page)) {
                float[][] at = {{100, 700}, {100.4f, 700.2f}, {100, 700}, {106, 700}, {100, 650}, {100.3f, 650}};
                for (int i = 0; i < at.length; i++) {
                    if (i >= 4) {
                        var props = new COSDictionary();
                        props.setString(COSName.ACTUAL_TEXT, "Tebal");
                        cs.beginMarkedContent(COSName.getPDFName("Span"),
                                PDPropertyList.create(props));
                    }
                    cs.beginText();
                    cs.setFont(font, 11);
                    cs.newLineAtOffset(at[i][0], at[i][1]);
                    cs.showText("Tebal 12,5");
                    cs.endText();
                    if (i >= 4) {
                        cs.endMarkedContent();
                    }
                }
            }
            doc.save(pdf.toFile());
        }
        assertThat(compare(List.of(pdf), false)).isEmpty();
        try (PDDocument doc = PDDocument.load(pdf.toFile())) {
            int glyphs = PageReader.read(doc, 1).getText().size();
            // 10 glyphs a line: the two overprints at 700 are dropped, the line 6 points over is kept;
            // inside ActualText nothing is dropped, but the first glyph carries the ActualText and the
            // rest none (not printable): one glyph for each of those two lines
            assertThat(glyphs).isEqualTo(10 + 10 + 1 + 1);
        }
    }

    @Test
    void roundsToHundredthsExactlyAsTabulaDoes() {
        Random random = new Random(11);
        for (int i = 0; i < 200_000; i++) {
            double d = switch (i % 6) {
                case 0 -> random.nextDouble() * 1200 - 100;
                case 1 -> Math.round(random.nextDouble() * 120_000) / 100.0 + 0.005; // ties in decimal
                case 4 -> { // a few doubles either side of a decimal tie, negative ones too
                    double tie = (2 * (random.nextInt(240_000) - 120_000) + 1) / 200.0;
                    for (int k = random.nextInt(5) - 2; k != 0; k -= Integer.signum(k)) {
                        tie = Math.nextAfter(tie, k > 0 ? Double.POSITIVE_INFINITY : Double.NEGATIVE_INFINITY);
                    }
                    yield tie;
                }
                case 5 -> (random.nextInt(240_000) - 120_000) / 1000.0;             // three decimals, negative too
                case 2 -> (float) (random.nextDouble() * 900);                       // float page coordinates
                default -> random.nextInt(100_000) / 1000.0;                          // three decimals
            };
            assertThat(PageReader.roundExactly(d)).as("%s", d).isEqualTo(Utils.round(d, 2));
        }
    }

    /** The glyph advance's matrix products, on arrays, are PDFBox's Matrix.multiply to the bit, refusals included. */
    @Test
    void multipliesMatricesAsPdfBoxDoes() {
        Random random = new Random(17);
        float[] scales = {0, 1, -1, 0.001f, 12, 1e20f, 3e38f, -0f};
        int refused = 0;
        for (int t = 0; t < 20_000; t++) {
            float[] a = new float[9];
            float[] b = new float[9];
            for (int i = 0; i < 9; i++) {
                a[i] = (random.nextFloat() - 0.5f) * scales[random.nextInt(scales.length)];
                b[i] = (random.nextFloat() - 0.5f) * scales[random.nextInt(scales.length)];
            }
            // PDFBox's matrices are affine: the third column is (0, 0, 1)
            a[2] = 0;
            a[5] = 0;
            a[8] = 1;
            b[2] = 0;
            b[5] = 0;
            b[8] = 1;
            Matrix pa = new Matrix(a[0], a[1], a[3], a[4], a[6], a[7]);
            Matrix pb = new Matrix(b[0], b[1], b[3], b[4], b[6], b[7]);
            float[] ours = new float[9];
            String theirs;
            String mine;
            try {
                float[] v = new float[9];
                Matrix p = pa.multiply(pb);
                for (int i = 0; i < 9; i++) {
                    v[i] = p.getValue(i / 3, i % 3);
                }
                theirs = Arrays.toString(v);
            } catch (IllegalArgumentException e) {
                theirs = "refused";
                refused++;
            }
            try {
                PageReader.multiply(a, b, ours);
                mine = Arrays.toString(ours);
            } catch (IllegalArgumentException e) {
                mine = "refused";
            }
            assertThat(mine).isEqualTo(theirs);
        }
        assertThat(refused).isPositive();
    }

    /** Every difference found, as "file p<page>: what"; empty when the two agree everywhere. */
    private static List<String> compare(List<Path> pdfs) throws Exception {
        return compare(pdfs, true);
    }

    private static List<String> compare(List<Path> pdfs, boolean fullPages) throws Exception {
        List<String> differences = new ArrayList<>();
        int pages = 0;
        int glyphs = 0;
        int rulings = 0;
        for (Path pdf : pdfs) {
            try (PDDocument ours = PDDocument.load(pdf.toFile()); PDDocument theirs = PDDocument.load(pdf.toFile());
                 ObjectExtractor tabula = new ObjectExtractor(theirs)) {
                for (int n = 1; n <= ours.getNumberOfPages(); n++) {
                    Page a = PageReader.read(ours, n);
                    Page b = tabula.extract(n);
                    String where = pdf.getFileName() + " p" + n + ": ";
                    compareGlyphs(a.getText(), b.getText(), where, differences);
                    compareRulings(a.getRulings(), b.getRulings(), where, differences);
                    pages++;
                    glyphs += b.getText().size();
                    rulings += b.getRulings().size();
                }
            }
        }
        // the comparison is only worth something when there was something to compare
        assertThat(pages).isPositive();
        if (fullPages) {
            assertThat(glyphs).isGreaterThan(pages * 50);
            assertThat(rulings).isGreaterThan(pages);
        }
        return differences;
    }

    private static void compareGlyphs(List<TextElement> a, List<TextElement> b, String where, List<String> out) {
        if (a.size() != b.size()) {
            out.add(where + a.size() + " glyphs, Tabula " + b.size());
            return;
        }
        for (int i = 0; i < a.size(); i++) {
            TextElement x = a.get(i);
            TextElement y = b.get(i);
            if (!x.getText().equals(y.getText()) || Math.abs(x.getTop() - y.getTop()) > TOLERANCE
                    || Math.abs(x.getLeft() - y.getLeft()) > TOLERANCE || Math.abs(x.getWidth() - y.getWidth()) > TOLERANCE
                    || Math.abs(x.getHeight() - y.getHeight()) > TOLERANCE) {
                out.add(where + "glyph " + i + " '" + x.getText() + "' " + x + " vs '" + y.getText() + "' " + y);
                return;
            }
        }
    }

    private static void compareRulings(List<Ruling> a, List<Ruling> b, String where, List<String> out) {
        if (a.size() != b.size()) {
            out.add(where + a.size() + " rulings, Tabula " + b.size());
            return;
        }
        for (int i = 0; i < a.size(); i++) {
            Ruling x = a.get(i);
            Ruling y = b.get(i);
            if (Math.abs(x.getX1() - y.getX1()) > TOLERANCE || Math.abs(x.getY1() - y.getY1()) > TOLERANCE
                    || Math.abs(x.getX2() - y.getX2()) > TOLERANCE || Math.abs(x.getY2() - y.getY2()) > TOLERANCE) {
                out.add(where + "ruling " + i + " " + x + " vs " + y);
                return;
            }
        }
    }
}
