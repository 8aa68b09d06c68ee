package id.inspektorat.lkauditor.extraction;

import java.awt.geom.Point2D;
import java.util.Arrays;
import java.util.List;
import technology.tabula.Ruling;

/**
 * Tabula 1.0.5's {@code Utils.snapPoints} on primitive arrays: the same points, the same stable
 * orders, the same groups, the same float averages, so every ruling ends where Tabula's would
 * ({@code LatticeTableFinderTest} holds the two equal on real PDFs). Tabula boxes every end point,
 * keeps a hash map from ruling to points and sorts lists of boxes twice, which was a twentieth of an
 * audit on pages drawn from thousands of segments.
 *
 * <p>Kept as Tabula has them: the last point in each order is never grouped (its loop runs over
 * {@code subList(1, size - 1)}), and a group is measured from its first point. Tabula's map keys
 * rulings by identity hash, so each ruling takes its own points; the same object listed twice takes
 * its last listing's, as the map's last put does.
 */
final class PointSnap {

    private PointSnap() {
    }

    static void snap(List<Ruling> rulings, float xThreshold, float yThreshold) {
        int n = rulings.size();
        if (n == 0) {
            return;
        }
        float[] x = new float[2 * n];
        float[] y = new float[2 * n];
        for (int i = 0; i < n; i++) {
            Ruling r = rulings.get(i);
            x[2 * i] = r.x1;
            y[2 * i] = r.y1;
            x[2 * i + 1] = r.x2;
            y[2 * i + 1] = r.y2;
        }
        int[] byX = stableOrder(x, identity(2 * n));
        snapAxis(x, byX, xThreshold);
        int[] byY = stableOrder(y, byX);
        snapAxis(y, byY, yThreshold);
        for (int i = 0; i < n; i++) {
            rulings.get(i).setLine(new Point2D.Float(x[2 * i], y[2 * i]), new Point2D.Float(x[2 * i + 1], y[2 * i + 1]));
        }
    }

    private static int[] identity(int size) {
        int[] order = new int[size];
        for (int i = 0; i < size; i++) {
            order[i] = i;
        }
        return order;
    }

    /**
     * The points of {@code current} (an order of point indices) sorted by value as a stable sort
     * would ({@code Double.compare} on the widened floats), ties kept in their order in
     * {@code current}. A least-significant-digit radix sort, stable by construction: real pages
     * carry up to ~9 000 rulings (18 000 ends), where comparison sorts were most of the snap.
     */
    static int[] stableOrder(float[] values, int[] current) {
        int n = current.length;
        int[] keys = new int[n];
        for (int pos = 0; pos < n; pos++) {
            keys[pos] = sortable(values[current[pos]]) ^ Integer.MIN_VALUE; // signed order as unsigned
        }
        int[] from = new int[n];
        for (int pos = 0; pos < n; pos++) {
            from[pos] = pos;
        }
        int[] to = new int[n];
        int[] count = new int[257];
        for (int shift = 0; shift < 32; shift += 8) {
            Arrays.fill(count, 0);
            for (int pos : from) {
                count[((keys[pos] >>> shift) & 0xff) + 1]++;
            }
            if (count[((keys[from[0]] >>> shift) & 0xff) + 1] == n) {
                continue; // every key has this byte: the pass would change nothing
            }
            for (int b = 0; b < 256; b++) {
                count[b + 1] += count[b];
            }
            for (int pos : from) {
                to[count[(keys[pos] >>> shift) & 0xff]++] = pos;
            }
            int[] swap = from;
            from = to;
            to = swap;
        }
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = current[from[i]];
        }
        return order;
    }

    /** An int whose signed order is {@code Float.compare}'s (and so Double.compare's on the widened value). */
    static int sortable(float f) {
        int bits = Float.floatToIntBits(f);
        return bits ^ ((bits >> 31) & 0x7fffffff);
    }

    /** Groups, in {@code order}, the points within the threshold of their group's first, and sets each group to its mean. */
    private static void snapAxis(float[] values, int[] order, float threshold) {
        int start = 0;
        for (int pos = 1; pos < order.length - 1; pos++) {
            if (!(Math.abs((double) values[order[pos]] - (double) values[order[start]]) < threshold)) {
                average(values, order, start, pos);
                start = pos;
            }
        }
        average(values, order, start, order.length - 1); // the last point is in no group
    }

    private static void average(float[] values, int[] order, int from, int to) {
        float sum = 0;
        for (int pos = from; pos < to; pos++) {
            sum = (float) (sum + (double) values[order[pos]]); // Tabula adds the widened double into a float
        }
        sum /= to - from; // a float divided by the group's size, as Tabula's avgLoc /= group.size()
        for (int pos = from; pos < to; pos++) {
            values[order[pos]] = sum;
        }
    }
}
