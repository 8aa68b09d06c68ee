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

    /** Every position of a text, and the finite ones by text and column. */
    private final Map<String, Positions> shown = new HashMap<>();
    private final Map<String, Map<Integer, Positions>> byColumn = new HashMap<>();

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
        Positions all = shown.get(text);
        Map<Integer, Positions> columns = byColumn.get(text);
        if (all != null) {
            if (Float.isFinite(fromX) && Float.isFinite(toX) && toX - fromX < 16 * COLUMN) {
                // a position whose x is not finite never lies in a finite range
                for (int c = column(fromX), last = column(toX); c <= last; c++) {
                    Positions p = columns.get(c);
                    if (p != null && p.any(fromX, toX, fromY, toY)) {
                        return true;
                    }
                }
            } else if (all.any(fromX, toX, fromY, toY)) {
                return true;
            }
        } else {
            all = new Positions();
            columns = new HashMap<>();
            shown.put(text, all);
            byColumn.put(text, columns);
        }
        all.add(x, y);
        if (Float.isFinite(x)) {
            columns.computeIfAbsent(column(x), k -> new Positions()).add(x, y);
        }
        return false;
    }

    private static int column(float x) {
        return (int) Math.floor(x / COLUMN);
    }
}
