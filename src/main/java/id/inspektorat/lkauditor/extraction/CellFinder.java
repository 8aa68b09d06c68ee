package id.inspektorat.lkauditor.extraction;

import java.awt.geom.Point2D;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import technology.tabula.Cell;
import technology.tabula.Ruling;

/**
 * Tabula's {@code SpreadsheetExtractionAlgorithm.findCells}, the same cells in the same order, with
 * its quadratic scan made linear: Tabula looks, for every crossing of rulings, through every later
 * crossing for the ones straight below it and straight to its right; here the crossings are indexed
 * by their exact x and exact y once, so each looks only at its own column and row of crossings
 * (on a ruled page of 2 000 crossings, 2 000 × 2 000 comparisons become a few dozen each).
 * {@code CellFinderTest} holds it to Tabula's own on every page of the real and training PDFs.
 */
final class CellFinder {

    /**
     * Tabula's order of crossings: by y, then x, each rounded to two decimals (Tabula's
     * {@code Utils.round}, here {@link PageReader#roundExactly}), rounded once per crossing rather
     * than twice per comparison; the sort is stable on the same keys, so the order is Tabula's.
     */
    private record Rounded(float y, float x, Point2D point) {

        Rounded(Point2D point) {
            this(PageReader.roundExactly(point.getY()), PageReader.roundExactly(point.getX()), point);
        }
    }

    private static final Comparator<Rounded> Y_FIRST = (a, b) -> {
        // Tabula's chain of comparisons, kept as it is (a NaN falls through to x)
        if (a.y > b.y) {
            return 1;
        }
        if (a.y < b.y) {
            return -1;
        }
        if (a.x > b.x) {
            return 1;
        }
        return a.x < b.x ? -1 : 0;
    };

    private static List<Point2D> inTabulasOrder(Collection<Point2D> crossings) {
        if (crossings.size() < 2) {
            return new ArrayList<>(crossings); // Tabula's sort compares (and rounds) nothing
        }
        List<Rounded> rounded = new ArrayList<>(crossings.size());
        for (Point2D p : crossings) {
            rounded.add(new Rounded(p));
        }
        rounded.sort(Y_FIRST);
        List<Point2D> points = new ArrayList<>(rounded.size());
        for (Rounded r : rounded) {
            points.add(r.point());
        }
        return points;
    }

    private CellFinder() {
    }

    static List<Cell> findCells(List<Ruling> horizontal, List<Ruling> vertical) {
        Map<Point2D, Ruling[]> crossings = Ruling.findIntersections(horizontal, vertical);
        List<Point2D> points = inTabulasOrder(crossings.keySet());
        int n = points.size();
        double[] xs = new double[n];
        double[] ys = new double[n];
        for (int i = 0; i < n; i++) {
            xs[i] = points.get(i).getX();
            ys[i] = points.get(i).getY();
        }
        // the crossings of each exact x and each exact y, by their place in that order, and where each
        // crossing stands in its own column and row of crossings
        int[] inColumn = new int[n];
        int[] inRow = new int[n];
        Group[] column = groups(xs, inColumn);
        Group[] row = groups(ys, inRow);
        // each crossing's rulings, and each crossing by its exact place: one tree lookup per crossing, not per pair
        Ruling[][] rulingsAt = new Ruling[n][];
        Map<At, Integer> byPlace = new HashMap<>();
        for (int i = 0; i < n; i++) {
            rulingsAt[i] = crossings.get(points.get(i));
            byPlace.putIfAbsent(new At(xs[i], ys[i]), i);
        }
        List<Cell> cells = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Cell cell = firstCell(points, xs, ys, rulingsAt, byPlace, i, column[i], inColumn[i], row[i], inRow[i]);
            if (cell != null) {
                cells.add(cell);
            }
        }
        return cells;
    }

    /** The crossings (indices, ascending) of one exact coordinate. */
    private static final class Group {
        int[] members = new int[4];
        int size;

        void add(int i) {
            if (size == members.length) {
                members = Arrays.copyOf(members, size * 2);
            }
            members[size++] = i;
        }
    }

    /**
     * Each crossing's group of equal coordinates ({@code ==}: 0.0 and -0.0 are one; null for NaN),
     * and where it stands in that group into {@code place}.
     */
    private static Group[] groups(double[] values, int[] place) {
        Map<Double, Group> byValue = new HashMap<>();
        Group[] of = new Group[values.length];
        for (int i = 0; i < values.length; i++) {
            if (!Double.isNaN(values[i])) {
                of[i] = byValue.computeIfAbsent(key(values[i]), k -> new Group());
                place[i] = of[i].size;
                of[i].add(i);
            }
        }
        return of;
    }

    /**
     * A crossing's exact place, as Tabula's tree of crossings tells places apart: {@code ==} on both
     * coordinates (0.0 and -0.0 are one; no NaN or infinity gets past the rounding sort).
     */
    private record At(double x, double y) {

        At {
            x += 0.0;
            y += 0.0;
        }
    }

    /**
     * Tabula's inner loops: of the later crossings straight below the top-left one (in order) and
     * straight to its right, the first pair whose vertical and horizontal meet at a bottom-right crossing.
     */
    private static Cell firstCell(List<Point2D> points, double[] xs, double[] ys, Ruling[][] rulingsAt, Map<At, Integer> byPlace,
                                  int topLeft, Group column, int inColumn, Group row, int inRow) {
        if (column == null || row == null) {
            return null;
        }
        Ruling[] hv = rulingsAt[topLeft];
        for (int c = inColumn + 1; c < column.size; c++) {
            int down = column.members[c];
            if (!(ys[down] > ys[topLeft]) || !hv[1].equals(rulingsAt[down][1])) {
                continue; // not below, or no vertical edge between them
            }
            for (int r = inRow + 1; r < row.size; r++) {
                int across = row.members[r];
                if (!(xs[across] > xs[topLeft]) || !hv[0].equals(rulingsAt[across][0])) {
                    continue; // not to the right, or no horizontal edge between them
                }
                // the crossings are Tabula's Point2D.Float: the float casts are exact
                Point2D.Float bottomRight = new Point2D.Float((float) xs[across], (float) ys[down]);
                Integer corner = byPlace.get(new At(bottomRight.getX(), bottomRight.getY()));
                if (corner != null && rulingsAt[corner][0].equals(rulingsAt[down][0])
                        && rulingsAt[corner][1].equals(rulingsAt[across][1])) {
                    return new Cell(points.get(topLeft), bottomRight);
                }
            }
        }
        return null;
    }

    /** {@code ==} on doubles as a map key: 0.0 and -0.0 are one (NaN never reaches here). */
    private static Double key(double v) {
        return v + 0.0;
    }
}
