package id.inspektorat.lkauditor.extraction;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import technology.tabula.Ruling;

/**
 * One grid from rulings drawn as many pieces. Some producers draw every cell as its own rectangle
 * inset a few points inside the grid (cell shading, text boxes), or a grid line as a dashed run of
 * short segments; cut as they are, such rulings give a table per cell (3 742 "tables" on the 90 pages
 * of one real Renstra). Parallel rulings closer than {@link #TOLERANCE} that run side by side along
 * more than the tolerance are one line (at the position of the longest piece), pieces of one line
 * with gaps up to the tolerance are one piece, and a ruling that stops short of a perpendicular one
 * within the tolerance is drawn on to it. No text fits in a column or row of less than six points,
 * so lines side by side are never that close; lines that only meet end to end (stacked tables with
 * other column widths) are left apart.
 */
final class RulingSnap {

    static final float TOLERANCE = 6f;

    private RulingSnap() {
    }

    /** Snapped horizontal and vertical rulings, each list in Tabula's form. */
    record Grid(List<Ruling> horizontal, List<Ruling> vertical) {
    }

    static Grid snap(List<Ruling> horizontal, List<Ruling> vertical) {
        List<Ruling> h = merge(horizontal, true);
        List<Ruling> v = merge(vertical, false);
        // draw each line on to a perpendicular one it stops just short of, then join what now touches
        List<Ruling> h2 = merge(extend(h, v, true), true);
        List<Ruling> v2 = merge(extend(v, h2, false), false);
        return new Grid(h2, v2);
    }

    /** A ruling with what Tabula's getters would work out for it (its direction, two square roots, on every call) read once. */
    private record Piece(float position, float start, float end, double length) {

        Piece(Ruling r) {
            this(r.getPosition(), r.getStart(), r.getEnd(), r.length());
        }
    }

    private static List<Ruling> merge(List<Ruling> rulings, boolean horizontal) {
        List<Piece> sorted = new ArrayList<>();
        for (Ruling r : rulings) {
            if (horizontal ? r.horizontal() : r.vertical()) {
                sorted.add(new Piece(r));
            }
        }
        sorted.sort(Comparator.comparingDouble(Piece::position));
        // groups of parallel lines that are within the tolerance of each other across, and that overlap
        // or nearly meet along: two tables' borders a few points apart but one above the other stay two
        List<List<Piece>> groups = new ArrayList<>();
        for (Piece r : sorted) {
            List<Piece> home = null;
            for (int g = groups.size() - 1; g >= 0 && home == null; g--) {
                List<Piece> group = groups.get(g);
                if (r.position() - group.get(0).position() > 2 * TOLERANCE) {
                    break;
                }
                for (Piece x : group) {
                    float across = r.position() - x.position();
                    float overlap = Math.min(r.end(), x.end()) - Math.max(r.start(), x.start());
                    // one line in pieces (a gap along it), or two lines side by side along a stretch (a
                    // box inset in its cell); lines that only meet end to end a little apart are the
                    // borders of two tables, or of rows with other column widths, and stay apart
                    if (across <= 1 && overlap >= -TOLERANCE || across <= TOLERANCE && overlap > TOLERANCE) {
                        home = group;
                        break;
                    }
                }
            }
            if (home == null) {
                home = new ArrayList<>();
                groups.add(home);
            }
            home.add(r);
        }
        List<Ruling> out = new ArrayList<>();
        for (List<Piece> cluster : groups) {
            float position = cluster.stream().max(Comparator.comparingDouble(Piece::length)).orElseThrow().position();
            cluster.sort(Comparator.comparingDouble(Piece::start));
            float start = cluster.get(0).start();
            float end = cluster.get(0).end();
            for (int k = 1; k < cluster.size(); k++) {
                Piece r = cluster.get(k);
                if (r.start() <= end + TOLERANCE) {
                    end = Math.max(end, r.end());
                } else {
                    add(out, horizontal, position, start, end);
                    start = r.start();
                    end = r.end();
                }
            }
            add(out, horizontal, position, start, end);
        }
        return out;
    }

    /** Each ruling's ends moved on to a perpendicular line that lies within the tolerance beyond them. */
    private static List<Ruling> extend(List<Ruling> rulings, List<Ruling> across, boolean horizontal) {
        if (rulings.isEmpty()) {
            return new ArrayList<>();
        }
        // Tabula's getters work out the ruling's direction (two square roots) on every call: read once
        float[] acrossStart = new float[across.size()];
        float[] acrossEnd = new float[across.size()];
        float[] acrossAt = new float[across.size()];
        for (int i = 0; i < across.size(); i++) {
            Ruling p = across.get(i);
            acrossStart[i] = p.getStart();
            acrossEnd[i] = p.getEnd();
            acrossAt[i] = p.getPosition();
        }
        List<Ruling> out = new ArrayList<>(rulings.size());
        for (Ruling r : rulings) {
            float start = r.getStart();
            float end = r.getEnd();
            float position = r.getPosition();
            for (int i = 0; i < acrossAt.length; i++) {
                // p crosses r's line (within the tolerance)?
                if (acrossStart[i] - TOLERANCE > position || acrossEnd[i] + TOLERANCE < position) {
                    continue;
                }
                float at = acrossAt[i];
                if (at < start && start - at <= TOLERANCE) {
                    start = at;
                }
                if (at > end && at - end <= TOLERANCE) {
                    end = at;
                }
            }
            add(out, horizontal, position, start, end);
        }
        return out;
    }

    /** A ruling of no length has no direction (Tabula calls it oblique): it is a dot, not a line. */
    private static void add(List<Ruling> out, boolean horizontal, float position, float start, float end) {
        if (end - start >= 0.5f) {
            out.add(horizontal ? new Ruling(position, start, end - start, 0) : new Ruling(start, position, 0, end - start));
        }
    }
}
