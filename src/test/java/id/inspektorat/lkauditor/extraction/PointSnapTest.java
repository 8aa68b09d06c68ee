package id.inspektorat.lkauditor.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import id.inspektorat.lkauditor.fixtures.PdfFiles;
import id.inspektorat.lkauditor.fixtures.SampleReports;
import java.awt.geom.Point2D;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import technology.tabula.Page;
import technology.tabula.Ruling;
import technology.tabula.Utils;

/**
 * {@link PointSnap} and {@link LatticeTableFinder#cleanRulings} against Tabula's own
 * {@code Utils.snapPoints} and {@code Page.getRulings}: the same rulings, to the bit, in the same
 * order, and the page's own rulings left as Tabula leaves them.
 */
class PointSnapTest {

    private static final Path SHARED = PdfFiles.SHARED_CORPUS;

    @TempDir
    Path dir;

    @Test
    void cleansThePageRulingsAsTabulaDoesOnTheSamples() throws Exception {
        SampleReports.writeAll(dir);
        Comparison c = compare(PdfFiles.under(dir));
        assertThat(c.rulings()).isGreaterThan(100);
        assertThat(c.differences()).isEmpty();
    }

    @Test
    void cleansThePageRulingsAsTabulaDoesOnTheTrainingAndRealReports() throws Exception {
        Assumptions.assumeTrue(Files.isDirectory(SHARED), "../shared/corpus is not beside");
        List<Path> pdfs = new ArrayList<>(PdfFiles.under(SHARED.resolve("train")));
        pdfs.addAll(PdfFiles.under(SHARED.resolve("real")));
        Comparison c = compare(pdfs);
        assertThat(c.pages()).isGreaterThan(1000);
        assertThat(c.rulings()).isGreaterThan(10_000);
        assertThat(c.differences()).isEmpty();
    }

    /**
     * Random rulings on a coarse lattice of coordinates, so ties, chains of near points and
     * thresholds met exactly are common; Tabula's quirks included (the last point in each order is
     * in no group; one ruling listed twice).
     */
    @Test
    void snapsAsTabulaOnRandomRulings() {
        Random random = new Random(19);
        for (int round = 0; round < 20_000; round++) {
            int n = 1 + random.nextInt(round % 10 == 0 ? 200 : 12);
            float step = random.nextBoolean() ? 0.25f : 0.7f;
            List<Ruling> ours = new ArrayList<>();
            List<Ruling> theirs = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                float a = random.nextInt(40) * step;
                float b = random.nextInt(40) * step;
                float c = random.nextInt(40) * step;
                float skew = random.nextInt(3) * step; // some rulings oblique
                Ruling r = random.nextBoolean() ? ruling(a, b, a + skew, c) : ruling(b, a, c, a + skew);
                Ruling copy = ruling(0, 0, 0, 0);
                copy.setLine(r);
                ours.add(r);
                theirs.add(copy);
            }
            if (n > 2 && random.nextInt(8) == 0) {
                int k = random.nextInt(n);
                ours.add(ours.get(k));
                theirs.add(theirs.get(k));
            }
            float xThreshold = random.nextInt(6) * step / 2;
            float yThreshold = random.nextInt(6) * step / 2;
            PointSnap.snap(ours, xThreshold, yThreshold);
            Utils.snapPoints(theirs, xThreshold, yThreshold);
            assertThat(bits(ours)).as("round %d", round).isEqualTo(bits(theirs));
        }
    }

    @Test
    void ordersFloatsAsDoubleCompareDoes() {
        float[] values = {0f, -0f, 1.5f, -1.5f, Float.NaN, Float.POSITIVE_INFINITY, Float.NEGATIVE_INFINITY,
            Float.MIN_VALUE, -Float.MIN_VALUE, 1e30f, -1e30f};
        for (float a : values) {
            for (float b : values) {
                assertThat(Integer.signum(Integer.compare(PointSnap.sortable(a), PointSnap.sortable(b))))
                        .as("%s vs %s", a, b).isEqualTo(Integer.signum(Double.compare(a, b)));
            }
        }
    }

    /** The radix order against Java's own stable sort (List.sort) by Double.compare, ties and signs included. */
    @Test
    void ordersAsAStableSortDoes() {
        Random random = new Random(7);
        float[] special = {0f, -0f, Float.NaN, Float.POSITIVE_INFINITY, Float.NEGATIVE_INFINITY, -1.5f, 1.5f, 1e-40f};
        for (int round = 0; round < 5_000; round++) {
            int n = 1 + random.nextInt(round % 50 == 0 ? 5_000 : 40);
            float[] values = new float[n];
            for (int i = 0; i < n; i++) {
                values[i] = random.nextInt(10) == 0 ? special[random.nextInt(special.length)]
                        : (random.nextInt(2000) - 1000) * (random.nextBoolean() ? 0.5f : 1.1f);
            }
            List<Integer> current = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                current.add(i);
            }
            Collections.shuffle(current, random);
            List<Integer> expected = new ArrayList<>(current);
            expected.sort((a, b) -> Double.compare(values[a], values[b]));
            int[] actual = PointSnap.stableOrder(values, current.stream().mapToInt(Integer::intValue).toArray());
            assertThat(actual).as("round %d", round).containsExactly(expected.stream().mapToInt(Integer::intValue).toArray());
        }
    }

    @Test
    void aSingleRulingKeepsItsEnds() {
        Ruling r = ruling(10, 20, 10, 80);
        PointSnap.snap(new ArrayList<>(List.of(r)), 5, 5);
        assertThat(List.of(r.x1, r.y1, r.x2, r.y2)).containsExactly(10f, 20f, 10f, 80f);
    }

    @Test
    void endsWithinTheThresholdMeetAtTheirMean() {
        // two horizontal rulings whose left ends are 1 apart (threshold 2) and a vertical one far away;
        // sorted by x the points are 10, 11, 50, 50, 90, 91: the groups {10, 11}, {50, 50}, {90}, and 91 is last
        Ruling a = ruling(10, 100, 90, 100);
        Ruling b = ruling(11, 200, 91, 200);
        Ruling v = ruling(50, 100, 50, 200);
        PointSnap.snap(new ArrayList<>(List.of(a, b, v)), 2, 2);
        assertThat(a.x1).isEqualTo(10.5f);
        assertThat(b.x1).isEqualTo(10.5f);
        assertThat(a.x2).isEqualTo(90f);
        assertThat(b.x2).isEqualTo(91f);
    }

    record Comparison(int pages, int rulings, List<String> differences) {
    }

    private static Comparison compare(List<Path> pdfs) throws Exception {
        int pages = 0;
        int rulings = 0;
        List<String> differences = new ArrayList<>();
        for (Path pdf : pdfs) {
            try (PDDocument doc = PDDocument.load(pdf.toFile())) {
                for (int n = 1; n <= doc.getNumberOfPages(); n++) {
                    Page tabulas = PageReader.read(doc, n);
                    Page ours = PageReader.read(doc, n);
                    List<String> expected = bits(tabulas.getRulings());
                    List<String> actual = bits(LatticeTableFinder.cleanRulings(ours));
                    pages++;
                    rulings += expected.size();
                    if (!actual.equals(expected)
                            || !bits(ours.getUnprocessedRulings()).equals(bits(tabulas.getUnprocessedRulings()))) {
                        differences.add(pdf.getFileName() + " p" + n + ": " + actual.size() + " rulings, Tabula " + expected.size());
                    }
                }
            }
        }
        return new Comparison(pages, rulings, differences);
    }

    private static Ruling ruling(float x1, float y1, float x2, float y2) {
        return new Ruling(new Point2D.Float(x1, y1), new Point2D.Float(x2, y2));
    }

    /** Each ruling by the exact bits of its ends. */
    private static List<String> bits(List<Ruling> rulings) {
        return rulings.stream().map(r -> Float.floatToIntBits(r.x1) + "," + Float.floatToIntBits(r.y1) + ","
                + Float.floatToIntBits(r.x2) + "," + Float.floatToIntBits(r.y2)).toList();
    }
}
