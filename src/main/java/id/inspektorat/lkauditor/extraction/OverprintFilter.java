package id.inspektorat.lkauditor.extraction;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * PDFTextStripper's suppression of text drawn again over itself (fake bold), exactly: a text is
 * dropped when the same text was already shown within a third of its width in x and in y (ranges
 * closed below, open above, compared as boxed floats compare: -0 before 0, NaN last). PDFBox keeps
 * a tree map of boxed floats per text; this keeps the positions by 8-point column of x and looks
 * only at the columns the range touches. One page, one thread.
 */
final class OverprintFilter {

    private static final float COLUMN = 8f;

    /** Positions (x, y pairs), in the order shown. */
    private static final class Positions {
        float[] xy = new float[16];
        int size;

        void add(float x, float y) {
            if (size + 2 > xy.length) {
                xy = Arrays.copyOf(xy, xy.length * 2);
            }
            xy[size++] = x;
            xy[size++] = y;
        }

        boolean any(float fromX, float toX, float fromY, float toY) {
            for (int i = 0; i < size; i += 2) {
                float x = xy[i];
                float y = xy[i + 1];
                if (Float.compare(fromX, x) <= 0 && Float.compare(x, toX) < 0
                        && Float.compare(fromY, y) <= 0 && Float.compare(y, toY) < 0) {
                    return true;
                }
            }
            return false;
        }
    }

    /** Every position of one text, and the finite ones by column. */
    private static final class Shown {
        final Positions all = new Positions();
        final Columns columns = new Columns();
    }

    /** Positions by column: an open-addressed table on int keys (no boxing; a page has some dozens). */
    private static final class Columns {
        private int[] keys = new int[16];
        private Positions[] values = new Positions[16];
        private int size;

        Positions get(int column) {
            int mask = keys.length - 1;
            for (int i = mix(column) & mask; values[i] != null; i = (i + 1) & mask) {
                if (keys[i] == column) {
                    return values[i];
                }
            }
            return null;
        }

        Positions getOrAdd(int column) {
            Positions p = get(column);
            if (p == null) {
                if (2 * (size + 1) > keys.length) {
                    grow();
                }
                p = new Positions();
                put(column, p);
            }
            return p;
        }

        private void put(int column, Positions p) {
            int mask = keys.length - 1;
            int i = mix(column) & mask;
            while (values[i] != null) {
                i = (i + 1) & mask;
            }
            keys[i] = column;
            values[i] = p;
            size++;
        }

        private void grow() {
            int[] oldKeys = keys;
            Positions[] oldValues = values;
            keys = new int[oldKeys.length * 2];
            values = new Positions[oldValues.length * 2];
            size = 0;
            for (int i = 0; i < oldKeys.length; i++) {
                if (oldValues[i] != null) {
                    put(oldKeys[i], oldValues[i]);
                }
            }
        }

        private static int mix(int k) {
            int h = k * 0x9E3779B9;
            return h ^ (h >>> 16);
        }
    }

    private final Map<String, Shown> shown = new HashMap<>();

    /**
     * Whether this text at this place repeats one shown before; if not, it is remembered.
     *
     * @throws IllegalArgumentException for a negative width, as PDFBox's tree map does
     */
    boolean repeated(String text, float x, float y, float width) {
        float tolerance = width / text.length() / 3.0f;
        float fromX = x - tolerance;
        float toX = x + tolerance;
        if (Float.compare(fromX, toX) > 0) {
            throw new IllegalArgumentException("fromKey > toKey");
        }
        float fromY = y - tolerance;
        float toY = y + tolerance;
        Shown s = shown.get(text);
        if (s != null) {
            if (Float.isFinite(fromX) && Float.isFinite(toX) && toX - fromX < 16 * COLUMN) {
                // a position whose x is not finite never lies in a finite range
                // long: at x near Float.MAX_VALUE both columns are Integer.MAX_VALUE, and an int c++ would wrap
                for (long c = column(fromX), last = column(toX); c <= last; c++) {
                    Positions p = s.columns.get((int) c);
                    if (p != null && p.any(fromX, toX, fromY, toY)) {
                        return true;
                    }
                }
            } else if (s.all.any(fromX, toX, fromY, toY)) {
                return true;
            }
        } else {
            s = new Shown();
            shown.put(text, s);
        }
        s.all.add(x, y);
        if (Float.isFinite(x)) {
            s.columns.getOrAdd(column(x)).add(x, y);
        }
        return false;
    }

    private static int column(float x) {
        return (int) Math.floor(x / COLUMN);
    }
}
