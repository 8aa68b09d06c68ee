package id.inspektorat.lkauditor.extraction;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import technology.tabula.TextElement;

/**
 * Tabula's reading order of a page's glyphs ({@code Utils.sort(text, Rectangle.ILL_DEFINED_ORDER)}),
 * computed on arrays. The order is not transitive, so the result depends on the algorithm: this is
 * Tabula's own quicksort step for step, on indices, with the comparator's inputs read once per
 * glyph instead of through getters (and an equality test) on every comparison. It was a sixth of
 * reading a page.
 */
final class TextOrder {

    /** Tabula's {@code Rectangle.VERTICAL_COMPARISON_THRESHOLD}. */
    private static final float VERTICAL_COMPARISON_THRESHOLD = 0.4f;

    /**
     * Per glyph, side by side: top, bottom, left. The left edge is a float widened to a double by
     * {@code getX()}, and doubles widened from floats compare as the floats do.
     */
    private final float[] box;

    private TextOrder(List<TextElement> text) {
        int n = text.size();
        box = new float[3 * n];
        for (int i = 0; i < n; i++) {
            TextElement t = text.get(i);
            box[3 * i] = t.getTop();
            box[3 * i + 1] = t.getBottom();
            box[3 * i + 2] = t.x;
        }
    }

    /** Sorts {@code text} in place, exactly as Tabula 1.0.5 does on Java 7 and later. */
    static void sort(List<TextElement> text) {
        int n = text.size();
        if (n < 2) {
            return;
        }
        TextOrder order = new TextOrder(text);
        int[] index = new int[n];
        for (int i = 0; i < n; i++) {
            index[i] = i;
        }
        order.quicksort(index);
        List<TextElement> sorted = new ArrayList<>(n);
        for (int i : index) {
            sorted.add(text.get(i));
        }
        for (int i = 0; i < n; i++) {
            text.set(i, sorted.get(i));
        }
    }

    /**
     * {@code ILL_DEFINED_ORDER} for two glyphs. Its leading {@code equals} test is left out: equal
     * glyphs have equal boxes, for which the rest also gives 0; a glyph's {@code isLtrDominant()} is 0.
     */
    private int compare(int a, int b) {
        int i = 3 * a;
        int j = 3 * b;
        float overlap = Math.max(0, Math.min(box[i + 1], box[j + 1]) - Math.max(box[i], box[j]));
        if (overlap > VERTICAL_COMPARISON_THRESHOLD) {
            return Float.compare(box[i + 2], box[j + 2]);
        }
        return Float.compare(box[i + 1], box[j + 1]);
    }

    /** {@code technology.tabula.QuickSort.quicksort}: the same pivots, partitions and stack order. */
    private void quicksort(int[] list) {
        int[] stack = new int[64];
        int size = 0;
        stack[size++] = 0;
        stack[size++] = list.length;
        while (size > 0) {
            int right = stack[--size];
            int left = stack[--size];
            if (right - left < 2) {
                continue;
            }
            int p = left + ((right - left) / 2);
            p = partition(list, p, left, right);
            if (size + 4 > stack.length) {
                stack = Arrays.copyOf(stack, stack.length * 2);
            }
            stack[size++] = p + 1;
            stack[size++] = right;
            stack[size++] = left;
            stack[size++] = p;
        }
    }

    private int partition(int[] list, int p, int start, int end) {
        int l = start;
        int h = end - 2;
        int piv = list[p];
        swap(list, p, end - 1);
        while (l < h) {
            if (compare(list[l], piv) <= 0) {
                l++;
            } else if (compare(piv, list[h]) <= 0) {
                h--;
            } else {
                swap(list, l, h);
            }
        }
        int idx = h;
        if (compare(list[h], piv) < 0) {
            idx++;
        }
        swap(list, end - 1, idx);
        return idx;
    }

    private static void swap(int[] list, int i, int j) {
        int tmp = list[i];
        list[i] = list[j];
        list[j] = tmp;
    }
}
