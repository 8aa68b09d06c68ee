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

    private static List<Ruling> merge(List<Ruling> rulings, boolean horizontal) {
        List<Ruling> sorted = new ArrayList<>(rulings.stream().filter(r -> horizontal ? r.horizontal() : r.vertical()).toList());
        sorted.sort(Comparator.comparingDouble(Ruling::getPosition));
        // groups of parallel lines that are within the tolerance of each other across, and that overlap
        // or nearly meet along: two tables' borders a few points apart but one above the other stay two
        List<List<Ruling>> groups = new ArrayList<>();
        for (Ruling r : sorted) {
            List<Ruling> home = null;
            for (int g = groups.size() - 1; g >= 0 && home == null; g--) {
                List<Ruling> group = groups.get(g);
                if (r.getPosition() - group.get(0).getPosition() > 2 * TOLERANCE) {
                    break;
                }
                for (Ruling x : group) {
                    float across = r.getPosition() - x.getPosition();
                    float overlap = Math.min(r.getEnd(), x.getEnd()) - Math.max(r.getStart(), x.getStart());
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
        for (List<Ruling> cluster : groups) {
            float position = cluster.stream().max(Comparator.comparingDouble(Ruling::length)).orElseThrow().getPosition();
            cluster.sort(Comparator.comparingDouble(Ruling::getStart));
            float start = cluster.get(0).getStart();
            float end = cluster.get(0).getEnd();
            for (int k = 1; k < cluster.size(); k++) {
                Ruling r = cluster.get(k);
                if (r.getStart() <= end + TOLERANCE) {
                    end = Math.max(end, r.getEnd());
                } else {
                    add(out, horizontal, position, start, end);
                    start = r.getStart();
                    end = r.getEnd();
                }
            }
            add(out, horizontal, position, start, end);
        }
        return out;
    }

    /** Each ruling's ends moved on to a perpendicular line that lies within the tolerance beyond them. */
    private static List<Ruling> extend(List<Ruling> rulings, List<Ruling> across, boolean horizontal) {
        List<Ruling> out = new ArrayList<>(rulings.size());
        for (Ruling r : rulings) {
            float start = r.getStart();
            float end = r.getEnd();
            for (Ruling p : across) {
                // p crosses r's line (within the tolerance)?
                if (p.getStart() - TOLERANCE > r.getPosition() || p.getEnd() + TOLERANCE < r.getPosition()) {
                    continue;
                }
                float at = p.getPosition();
                if (at < start && start - at <= TOLERANCE) {
                    start = at;
                }
                if (at > end && at - end <= TOLERANCE) {
                    end = at;
                }
            }
            add(out, horizontal, r.getPosition(), start, end);
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
