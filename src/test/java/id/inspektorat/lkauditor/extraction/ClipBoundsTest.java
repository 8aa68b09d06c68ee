package id.inspektorat.lkauditor.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.geom.AffineTransform;
import java.awt.geom.GeneralPath;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.util.List;
import java.util.Random;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.state.PDGraphicsState;
import org.junit.jupiter.api.Test;

/**
 * {@link ClipBounds} gives, for clips of rectangles, the bounds PDFBox's clipping Area gives through
 * the page transform (as PDFBox's own graphics state builds it), and declines every other clip.
 * On real PDFs, {@code PageReader} checks each shortcut against the Area while the tests run.
 */
class ClipBoundsTest {

    @Test
    void theIntersectionOfRectanglesHasTheAreasBounds() {
        Random random = new Random(5);
        for (int t = 0; t < 5_000; t++) {
            PDRectangle crop = new PDRectangle(random.nextInt(40) - 20, random.nextInt(40) - 20, 595.3f, 841.9f);
            PDGraphicsState state = new PDGraphicsState(crop);
            for (int k = random.nextInt(4); k >= 0; k--) {
                float x = random.nextFloat() * 600 - 50;
                float y = random.nextFloat() * 900 - 50;
                state.intersectClippingPath(rectangle(x, y, x + random.nextFloat() * 400 + 0.01f, y + random.nextFloat() * 400 + 0.01f,
                        random.nextBoolean()));
            }
            PDPage pdPage = new PDPage(crop);
            pdPage.setRotation(90 * random.nextInt(4));
            AffineTransform page = PageReader.pageTransform(pdPage);
            Rectangle2D fast = ClipBounds.ofRectangles(state.getCurrentClippingPaths(), page);
            Rectangle2D area = page.createTransformedShape(state.clone().getCurrentClippingPath()).getBounds2D();
            if (area.isEmpty()) {
                assertThat(fast).as("an empty clip is left to the Area").isNull();
            } else {
                assertThat(fast).as("try %d", t).isEqualTo(area);
            }
        }
    }

    @Test
    void declinesWhatIsNotARectangle() {
        GeneralPath triangle = new GeneralPath();
        triangle.moveTo(0, 0);
        triangle.lineTo(10, 0);
        triangle.lineTo(10, 10);
        triangle.closePath();
        GeneralPath two = rectangle(0, 0, 10, 10, false);
        two.append(rectangle(20, 0, 30, 10, false), false);
        GeneralPath tilted = new GeneralPath();
        tilted.moveTo(5, 0);
        tilted.lineTo(10, 5);
        tilted.lineTo(5, 10);
        tilted.lineTo(0, 5);
        tilted.closePath();
        GeneralPath spike = new GeneralPath(); // four corners, edges along x and y, but not in turn
        spike.moveTo(0, 0);
        spike.lineTo(10, 0);
        spike.lineTo(0, 0);
        spike.lineTo(0, 10);
        spike.closePath();
        GeneralPath curve = new GeneralPath();
        curve.moveTo(0, 0);
        curve.curveTo(5, 5, 10, 5, 10, 0);
        curve.closePath();
        AffineTransform identity = new AffineTransform();
        for (GeneralPath p : List.of(triangle, two, tilted, spike, curve, rectangle(3, 3, 3, 9, false))) {
            assertThat(ClipBounds.ofRectangles(List.of(new Path2D.Double(p)), identity)).isNull();
        }
        // rectangles that do not meet: an empty clip
        assertThat(ClipBounds.ofRectangles(List.of(new Path2D.Double(rectangle(0, 0, 10, 10, false)),
                new Path2D.Double(rectangle(20, 20, 30, 30, false))), identity)).isNull();
        assertThat(ClipBounds.ofRectangles(List.of(), identity)).isNull();
    }

    @Test
    void readsARectangleDrawnEitherWay() {
        double[] box = new double[4];
        assertThat(ClipBounds.rectangle(new Path2D.Double(rectangle(2, 3, 7, 9, false)), box)).isTrue();
        assertThat(box).containsExactly(2, 3, 7, 9);
        assertThat(ClipBounds.rectangle(new Path2D.Double(rectangle(2, 3, 7, 9, true)), box)).isTrue();
        assertThat(box).containsExactly(2, 3, 7, 9);
    }

    /** A rectangle as PDFBox's {@code re} and crop boxes draw it, or counter-clockwise with its first corner repeated. */
    private static GeneralPath rectangle(float x0, float y0, float x1, float y1, boolean otherWay) {
        GeneralPath p = new GeneralPath();
        p.moveTo(x0, y0);
        if (otherWay) {
            p.lineTo(x0, y1);
            p.lineTo(x1, y1);
            p.lineTo(x1, y0);
            p.lineTo(x0, y0);
        } else {
            p.lineTo(x1, y0);
            p.lineTo(x1, y1);
            p.lineTo(x0, y1);
        }
        p.closePath();
        return p;
    }
}
