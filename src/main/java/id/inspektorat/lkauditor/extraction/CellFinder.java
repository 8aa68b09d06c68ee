package id.inspektorat.lkauditor.extraction;

import java.awt.geom.Point2D;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
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
        // the crossings of each exact x and each exact y, by their place in that order
        Map<Double, List<Integer>> byX = new HashMap<>();
        Map<Double, List<Integer>> byY = new HashMap<>();
        for (int i = 0; i < points.size(); i++) {
            Point2D p = points.get(i);
            if (!Double.isNaN(p.getX())) {
                byX.computeIfAbsent(key(p.getX()), k -> new ArrayList<>()).add(i);
            }
            if (!Double.isNaN(p.getY())) {
                byY.computeIfAbsent(key(p.getY()), k -> new ArrayList<>()).add(i);
            }
        }
        // each crossing's rulings, and each crossing by its exact place: one tree lookup per crossing, not per pair
        Ruling[][] rulingsAt = new Ruling[points.size()][];
        Map<At, Integer> byPlace = new HashMap<>();
        for (int i = 0; i < points.size(); i++) {
            rulingsAt[i] = crossings.get(points.get(i));
            byPlace.putIfAbsent(new At(points.get(i).getX(), points.get(i).getY()), i);
        }
        List<Cell> cells = new ArrayList<>();
        for (int i = 0; i < points.size(); i++) {
            Point2D topLeft = points.get(i);
            Ruling[] hv = rulingsAt[i];
            List<Integer> below = new ArrayList<>();
            for (int j : after(byX.get(key(topLeft.getX())), i)) {
                if (points.get(j).getY() > topLeft.getY()) {
                    below.add(j);
                }
            }
            List<Integer> right = new ArrayList<>();
            for (int j : after(byY.get(key(topLeft.getY())), i)) {
                if (points.get(j).getX() > topLeft.getX()) {
                    right.add(j);
                }
            }
            Cell cell = firstCell(points, rulingsAt, byPlace, topLeft, hv, below, right);
            if (cell != null) {
                cells.add(cell);
            }
        }
        return cells;
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

    /** Tabula's inner loops: the first crossing below whose vertical and right whose horizontal meet at a bottom-right crossing. */
    private static Cell firstCell(List<Point2D> points, Ruling[][] rulingsAt, Map<At, Integer> byPlace, Point2D topLeft,
                                  Ruling[] hv, List<Integer> below, List<Integer> right) {
        for (int down : below) {
            if (!hv[1].equals(rulingsAt[down][1])) {
                continue; // no vertical edge between them
            }
            for (int across : right) {
                if (!hv[0].equals(rulingsAt[across][0])) {
                    continue; // no horizontal edge between them
                }
                // the crossings are Tabula's Point2D.Float: the float casts are exact
                Point2D.Float bottomRight = new Point2D.Float((float) points.get(across).getX(), (float) points.get(down).getY());
                Integer corner = byPlace.get(new At(bottomRight.getX(), bottomRight.getY()));
                if (corner != null && rulingsAt[corner][0].equals(rulingsAt[down][0])
                        && rulingsAt[corner][1].equals(rulingsAt[across][1])) {
                    return new Cell(topLeft, bottomRight);
                }
            }
        }
        return null;
    }

    /** {@code ==} on doubles as a map key: 0.0 and -0.0 are one (NaN never reaches here). */
    private static Double key(double v) {
        return v + 0.0;
    }

    /** The indices of a group that come after {@code i} (a group is in ascending order). */
    private static List<Integer> after(List<Integer> group, int i) {
        if (group == null) {
            return List.of();
        }
        int at = Collections.binarySearch(group, i);
        int from = at >= 0 ? at + 1 : -at - 1;
        return group.subList(from, group.size());
    }
}
