package id.inspektorat.lkauditor.normalization;

import id.inspektorat.lkauditor.extraction.Box;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A data row of a normalized table.
 *
 * @param number 1-based data row number (header rows not counted), as an auditor counts them
 * @param page   the page it is printed on
 * @param values one typed value per column
 * @param bold   most of its cells are bold (program and kegiatan rows of budget tables)
 * @param total  a {@code JUMLAH}/{@code TOTAL} row
 * @param boxes  where each cell is printed (null entries when unknown)
 * @param indentLevel its level by how far its label is indented (1 the shallowest, 2 set further right …),
 *               or 0 when the table marks no levels so (see {@code IndentLevels})
 */
public record Row(int number, int page, List<CellValue> values, boolean bold, boolean total,
                  List<Box> boxes, int indentLevel) {

    public Row {
        values = List.copyOf(values);
        boxes = boxes == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(boxes));
    }

    public Row(int number, int page, List<CellValue> values, boolean bold, boolean total, List<Box> boxes) {
        this(number, page, values, bold, total, boxes, 0);
    }

    public Row(int number, int page, List<CellValue> values, boolean bold, boolean total) {
        this(number, page, values, bold, total, null);
    }

    /** This row at an indentation level. */
    public Row withIndentLevel(int level) {
        return new Row(number, page, values, bold, total, boxes, level);
    }

    /** Where a cell is printed, or null. */
    public Box box(int column) {
        return column < boxes.size() ? boxes.get(column) : null;
    }

    /** The row's extent on its page, or null. */
    public Box extent() {
        Box b = null;
        for (Box x : boxes) {
            if (x != null) {
                b = b == null ? x : b.union(x);
            }
        }
        return b;
    }

    public CellValue get(int column) {
        return column < values.size() ? values.get(column) : CellValue.empty();
    }

    /** The row's name: its first text cells ("Hindu", "Pangkalan Dodek"). */
    public String label() {
        StringBuilder sb = new StringBuilder();
        for (CellValue v : values) {
            if (v.kind() == ValueKind.TEXT && !v.printed().isBlank()) {
                sb.append(sb.length() > 0 ? " / " : "").append(v.printed());
                if (sb.length() > 40) {
                    break;
                }
            } else if (sb.length() > 0 && v.kind() != ValueKind.EMPTY) {
                break;
            }
        }
        String s = sb.toString();
        return s.length() > 80 ? s.substring(0, 77) + "..." : s;
    }
}
