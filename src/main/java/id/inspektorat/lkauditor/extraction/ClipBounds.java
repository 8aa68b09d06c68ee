package id.inspektorat.lkauditor.extraction;

import java.awt.geom.AffineTransform;
import java.awt.geom.Path2D;
import java.awt.geom.PathIterator;
import java.awt.geom.Rectangle2D;
import java.util.List;

/**
 * The bounds, in page space, of a clip made of axis-aligned rectangles, without the {@code Area}
 * PDFBox builds to intersect them ({@code PDGraphicsState.getCurrentClippingPath}): a page that
 * clips every table cell (`re W n`) made one Area per cell, a fiftieth of an audit. Where every
 * clipping path is one rectangle, the intersection is the rectangle of the innermost edges, whose
 * corners are the Area's own points, transformed here by the same {@code AffineTransform} call
 * {@code createTransformedShape} makes, so the bounds are the ones the Area gives, to the bit.
 * Anything else (a curve, two subpaths, a tilted or empty rectangle) is left to the Area.
 */
final class ClipBounds {

    private ClipBounds() {
    }

    /** The clip's bounds through {@code toPage}, or null when the clip is not a non-empty intersection of rectangles. */
    static Rectangle2D ofRectangles(List<Path2D> paths, AffineTransform toPage) {
        if (paths.isEmpty()) {
            return null;
        }
        double left = Double.NEGATIVE_INFINITY;
        double bottom = Double.NEGATIVE_INFINITY;
        double right = Double.POSITIVE_INFINITY;
        double top = Double.POSITIVE_INFINITY;
        double[] box = new double[4];
        for (Path2D path : paths) {
            if (!rectangle(path, box)) {
                return null;
            }
            left = Math.max(left, box[0]);
            bottom = Math.max(bottom, box[1]);
            right = Math.min(right, box[2]);
            top = Math.min(top, box[3]);
        }
        if (!(left < right && bottom < top)) {
            return null; // an empty clip: the Area's own (empty) bounds
        }
        double[] corners = {left, bottom, right, bottom, right, top, left, top};
        toPage.transform(corners, 0, corners, 0, 4);
        double minX = corners[0];
        double minY = corners[1];
        double maxX = minX;
        double maxY = minY;
        for (int i = 2; i < corners.length; i += 2) {
            minX = Math.min(minX, corners[i]);
            maxX = Math.max(maxX, corners[i]);
            minY = Math.min(minY, corners[i + 1]);
            maxY = Math.max(maxY, corners[i + 1]);
        }
        return new Rectangle2D.Double(minX, minY, maxX - minX, maxY - minY);
    }

    /**
     * Whether the path is one axis-aligned rectangle of finite, non-zero size (four corners, each
     * edge along x or y, closed or with its first corner repeated); its left, bottom, right, top into {@code box}.
     */
    static boolean rectangle(Path2D path, double[] box) {
        PathIterator it = path.getPathIterator(null);
        double[] c = new double[6];
        double[] xs = new double[5];
        double[] ys = new double[5];
        int n = 0;
        if (it.isDone() || it.currentSegment(c) != PathIterator.SEG_MOVETO) {
            return false;
        }
        xs[n] = c[0];
        ys[n++] = c[1];
        it.next();
        for (; !it.isDone(); it.next()) {
            int type = it.currentSegment(c);
            if (type == PathIterator.SEG_CLOSE) {
                it.next();
                if (!it.isDone()) {
                    return false; // a second subpath
                }
                break;
            }
            if (type != PathIterator.SEG_LINETO || n == 5) {
                return false;
            }
            xs[n] = c[0];
            ys[n++] = c[1];
        }
        if (n == 5 && (xs[4] != xs[0] || ys[4] != ys[0])) {
            return false;
        }
        if (n < 4) {
            return false;
        }
        boolean firstAlongX = ys[0] == ys[1];
        for (int i = 0; i < 4; i++) {
            int j = (i + 1) % 4;
            boolean alongX = ys[i] == ys[j] && xs[i] != xs[j];
            boolean alongY = xs[i] == xs[j] && ys[i] != ys[j];
            // each edge runs along x or along y, not empty, the two in turn
            if (alongX == alongY || alongX != (firstAlongX == (i % 2 == 0))
                    || !Double.isFinite(xs[i]) || !Double.isFinite(ys[i])) {
                return false;
            }
        }
        // so corners 0 and 2 are opposite, and the four span two x and two y values
        box[0] = Math.min(xs[0], xs[2]);
        box[1] = Math.min(ys[0], ys[2]);
        box[2] = Math.max(xs[0], xs[2]);
        box[3] = Math.max(ys[0], ys[2]);
        return true;
    }
}
