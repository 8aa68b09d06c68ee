package id.inspektorat.lkauditor.normalization;

import id.inspektorat.lkauditor.extraction.TableCell;
import id.inspektorat.lkauditor.extraction.TableRow;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Levels marked by indentation alone: the rows of a table's label column start at two or three
 * distinct offsets from their cell's left edge (program at 3 pt, kegiatan at 15 pt, sub kegiatan at
 * 27 pt), and a row set further right is a child of the row above it set less far. Offsets are
 * clustered within {@value #TOLERANCE} pt; neighbouring levels lie at least {@value #STEP} pt apart.
 * Where the offsets do not show such steps the table has no indentation levels, and every row's
 * level is 0:
 * <ul>
 * <li>a data row whose label is not in the label column, is missing, or has no measured offset (a
 *     cell merged down from the row above, a label spanning the number column);</li>
 * <li>more than {@value #MAX_LEVELS} clusters, or a cluster spread wider than the tolerance: the
 *     offsets are noise, not levels;</li>
 * <li>centred labels (the room right of each label's text about the room left of it) or right-aligned
 *     ones (the room right of every label alike): their offsets follow the width of the text, not a
 *     level.</li>
 * </ul>
 * Whether a table's levels are its indentation is the rules' to decide: codes, markers and bold type
 * come first.
 */
final class IndentLevels {

    /** Offsets this close are one level. */
    static final float TOLERANCE = 2f;
    /** Neighbouring levels are at least this far apart. */
    static final float STEP = 4f;
    static final int MAX_LEVELS = 3;

    private static final Pattern LETTER = Pattern.compile(".*\\p{L}.*");
    private static final Pattern NUMBERING = Pattern.compile("[\\d.()\\s]+");

    private IndentLevels() {
    }

    /**
     * The indentation level of each row (1 the shallowest), or null when the label column shows no
     * indentation levels. Total rows take no part and get level 0.
     *
     * @param rows  the extracted rows of the data rows, in order
     * @param total which of them are total rows
     */
    static int[] of(List<TableRow> rows, boolean[] total) {
        int column = -1;
        List<Integer> members = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            if (total[i]) {
                continue;
            }
            int c = labelColumn(rows.get(i));
            if (c < 0 || column >= 0 && c != column) {
                return null; // a row without a label, or with its label in another column
            }
            column = c;
            members.add(i);
        }
        if (members.size() < 3) {
            return null;
        }
        float[] indent = new float[rows.size()];
        float[] trailing = new float[rows.size()];
        List<Float> offsets = new ArrayList<>();
        for (int i : members) {
            TableCell cell = rows.get(i).cells().get(column);
            if (!cell.hasIndent()) {
                return null;
            }
            indent[i] = cell.indent();
            trailing[i] = cell.trailing();
            offsets.add(cell.indent());
        }
        List<float[]> clusters = clusters(offsets);
        if (clusters == null || clusters.size() < 2 || clusters.size() > MAX_LEVELS) {
            return null;
        }
        for (int k = 1; k < clusters.size(); k++) {
            if (centre(clusters.get(k)) - centre(clusters.get(k - 1)) < STEP) {
                return null;
            }
        }
        if (aligned(members, indent, trailing, clusters.get(0))) {
            return null;
        }
        int[] levels = new int[rows.size()];
        for (int i : members) {
            for (int k = 0; k < clusters.size(); k++) {
                if (indent[i] >= clusters.get(k)[0] && indent[i] <= clusters.get(k)[1]) {
                    levels[i] = k + 1;
                }
            }
        }
        return levels;
    }

    /** The column of a row's label: its first cell with a letter in it ("1." and "7.01" are no label), or -1. */
    private static int labelColumn(TableRow row) {
        for (int c = 0; c < row.cells().size(); c++) {
            String t = row.cells().get(c).text();
            if (LETTER.matcher(t).matches()) {
                return c;
            }
            if (!t.isBlank() && !NUMBERING.matcher(t.trim()).matches()) {
                return -1; // a figure before any label
            }
        }
        return -1;
    }

    /**
     * Offsets grouped where they lie within {@link #TOLERANCE} of their neighbour, as [lowest, highest]
     * from left to right; null when a group spreads wider than the tolerance (offsets drifting, not
     * steps).
     */
    private static List<float[]> clusters(List<Float> offsets) {
        List<Float> sorted = new ArrayList<>(offsets);
        sorted.sort(Float::compare);
        List<float[]> clusters = new ArrayList<>();
        for (float v : sorted) {
            float[] last = clusters.isEmpty() ? null : clusters.get(clusters.size() - 1);
            if (last != null && v - last[1] <= TOLERANCE) {
                last[1] = v;
            } else {
                clusters.add(new float[] {v, v});
            }
        }
        for (float[] c : clusters) {
            if (c[1] - c[0] > TOLERANCE) {
                return null;
            }
        }
        return clusters;
    }

    private static float centre(float[] cluster) {
        return (cluster[0] + cluster[1]) / 2;
    }

    /**
     * The labels are centred or right-aligned, not indented: every row set right of the shallowest
     * level leaves about as much room right of its text (of its last line) as left of it, or every
     * label ends the same distance from the right edge. (One indented label may leave as much room on
     * both sides by chance; labels of different widths at one indent cannot all be centred.)
     */
    private static boolean aligned(List<Integer> members, float[] indent, float[] trailing, float[] shallowest) {
        int deeper = 0;
        int centred = 0;
        float minTrailing = Float.MAX_VALUE;
        float maxTrailing = -Float.MAX_VALUE;
        for (int i : members) {
            minTrailing = Math.min(minTrailing, trailing[i]);
            maxTrailing = Math.max(maxTrailing, trailing[i]);
            if (indent[i] > shallowest[1]) {
                deeper++;
                if (Math.abs(indent[i] - trailing[i]) <= TOLERANCE) {
                    centred++;
                }
            }
        }
        return centred == deeper || maxTrailing - minTrailing <= TOLERANCE;
    }
}
